/**
 * The demos, derived from the folders: every `src/lib/demos/<id>/` with a `Demo.svelte`
 * and a `meta.json` is a demo (adding a demo is adding a folder). The page loads a demo's
 * component only when it scrolls into view, so tfjs and the demo's code stay off the
 * first load; the metas are small JSON and load with the catalogue.
 */
import type { Component } from 'svelte';
import type { Lang } from '$lib/params/schema';
import type { PresetBus } from '$lib/runtime/preset-bus';
import { checkMeta, type DemoMeta } from './meta';

export interface DemoProps {
  lang: Lang;
  /** The preset the page opens in (the URL may override it). */
  preset?: string;
  bus: PresetBus;
}

type Loader = () => Promise<{ default: Component<DemoProps> }>;

const idOf = (path: string) => path.split('/')[1];

// Demos never render on the server (they mount when scrolled into view), so the server
// build leaves them out: then SvelteKit does not link every demo's stylesheet into every
// page, and a page loads only the CSS of the demo it shows, when it shows it.
export const demoLoaders: Record<string, Loader> = import.meta.env.SSR
  ? {}
  : Object.fromEntries(
      Object.entries(import.meta.glob<{ default: Component<DemoProps> }>('./*/Demo.svelte')).map(([p, load]) => [idOf(p), load])
    );

export const demoMetas: Record<string, DemoMeta> = Object.fromEntries(
  Object.entries(import.meta.glob<DemoMeta>('./*/meta.json', { eager: true, import: 'default' })).map(([p, m]) => [idOf(p), checkMeta(idOf(p), m)])
);

/** The demo ids: every folder with a meta.json (catalogue.test.ts checks each has its Demo.svelte). */
export const demoIds: string[] = Object.keys(demoMetas);

export function isDemoId(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(demoMetas, id);
}
