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

export const demoLoaders: Record<string, Loader> = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: Component<DemoProps> }>('./*/Demo.svelte')).map(([p, load]) => [idOf(p), load])
);

export const demoMetas: Record<string, DemoMeta> = Object.fromEntries(
  Object.entries(import.meta.glob<DemoMeta>('./*/meta.json', { eager: true, import: 'default' })).map(([p, m]) => [idOf(p), checkMeta(idOf(p), m)])
);

for (const id of Object.keys(demoLoaders)) if (!demoMetas[id]) throw new Error(`demo ${id} has no meta.json`);
for (const id of Object.keys(demoMetas)) if (!demoLoaders[id]) throw new Error(`demo ${id} has no Demo.svelte`);

export function isDemoId(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(demoLoaders, id);
}
