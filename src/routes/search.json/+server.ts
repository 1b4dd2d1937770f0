import { json } from '@sveltejs/kit';
import { buildSearchIndex } from '../../content/search-index';

export const prerender = true;

export function GET() {
  return json(buildSearchIndex());
}
