/**
 * The app's catalogue: the 62 questions with the demos each page shows, joined from the
 * demo folders' meta.json through the registry. It drives routing, navigation,
 * prerendering and search. An unknown page id in a meta.json fails the build.
 */
import { demoMetas } from '$lib/demos/registry';
import { withDemos, type Question } from './questions';

export { languages, questionPath, sections, type Question, type Section, type SectionId } from './questions';

export const questions: Question[] = withDemos(demoMetas);

const byId = new Map(questions.map((q) => [q.id, q]));
export function questionById(id: string): Question | undefined {
  return byId.get(id);
}
export function questionBySlug(section: string, slug: string): Question | undefined {
  return questions.find((q) => q.section === section && q.slug === slug);
}
export function neighbours(q: Question): { prev?: Question; next?: Question } {
  const i = questions.indexOf(q);
  return { prev: questions[i - 1], next: questions[i + 1] };
}
