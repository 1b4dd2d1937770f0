/**
 * The demos, by id (= folder name). The page loads a demo's component only when it
 * scrolls into view, so tfjs and the demo's code stay off the first load.
 */
import type { Component } from 'svelte';
import type { Lang } from '$lib/params/schema';
import type { PresetBus } from '$lib/runtime/preset-bus';

export interface DemoProps {
  lang: Lang;
  /** The preset the page opens in (the URL may override it). */
  preset?: string;
  bus: PresetBus;
}

type Loader = () => Promise<{ default: Component<DemoProps> }>;

export const demoLoaders: Record<string, Loader> = {
  'conditional-generation': () => import('./conditional-generation/Demo.svelte'),
  'curriculum': () => import('./curriculum/Demo.svelte'),
  'gen-vs-disc': () => import('./gen-vs-disc/Demo.svelte'),
  'gradient-clipping': () => import('./gradient-clipping/Demo.svelte'),
  'gradient-penalty': () => import('./gradient-penalty/Demo.svelte'),
  'l1-vs-l2': () => import('./l1-vs-l2/Demo.svelte'),
  'limited-data': () => import('./limited-data/Demo.svelte'),
  'lr-schedules': () => import('./lr-schedules/Demo.svelte'),
  'overfitting-generative': () => import('./overfitting-generative/Demo.svelte'),
  'self-attention': () => import('./self-attention/Demo.svelte'),
  'toy-gan': () => import('./toy-gan/Demo.svelte'),
  'triplet': () => import('./triplet/Demo.svelte'),
  'vae': () => import('./vae/Demo.svelte')
};

export function isDemoId(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(demoLoaders, id);
}
