import { glossary } from '../../../content/glossary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ terms: glossary.map(({ en, zh }) => ({ en, zh })) });
