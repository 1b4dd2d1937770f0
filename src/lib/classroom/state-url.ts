/**
 * Links to a demo's current state, for Share, the embed code and the printed handout:
 * its preset, every value that differs from that preset, the seed, the hidden controls and,
 * when asked, the step reached (the demo replays its seeded run to it on open).
 */
import { defaults, type Presets, type Schema, type Values } from '$lib/params/schema';
import { writeUrl } from '$lib/params/url';

export interface DemoLike {
  cfg: { id: string; schema: Schema; presets: Presets<Schema>; preset?: string };
  values: Values<Schema>;
  hidden: Set<string>;
  activePreset?: string;
}

/** Keys of the URL that describe one demo's state. */
export const stepKey = (id: string) => `${id}.step`;

/** Write the demo's state into `params` (in place), replacing what was there for it. */
export function writeDemoState(demo: DemoLike, params: URLSearchParams, step = 0): URLSearchParams {
  const id = demo.cfg.id;
  for (const k of [...params.keys()]) if (k.startsWith(`${id}.`)) params.delete(k);
  const preset = demo.activePreset ?? demo.cfg.preset;
  const base = { ...defaults(demo.cfg.schema), ...(preset ? (demo.cfg.presets[preset]?.values ?? {}) : {}) } as Values<Schema>;
  if (preset) params.set(`${id}.preset`, preset);
  writeUrl(demo.cfg.schema, demo.values, base, params, id);
  // writeUrl clears the preset key: put it first again.
  if (preset) params.set(`${id}.preset`, preset);
  params.delete('hide');
  if (demo.hidden.size) params.set('hide', [...demo.hidden].join(','));
  if (step > 0) params.set(stepKey(id), String(step));
  return params;
}

/** The current page's URL with this demo's state (projector and offline switches left out). */
export function shareUrl(demo: DemoLike, href: string, step = 0): string {
  const url = new URL(href);
  url.searchParams.delete('present');
  writeDemoState(demo, url.searchParams, step);
  return url.href;
}

/** The embed page of this demo, in this state. */
export function embedUrl(demo: DemoLike, href: string, embedPath: string): string {
  const url = new URL(embedPath, href);
  writeDemoState(demo, url.searchParams);
  const backend = new URL(href).searchParams.get('backend');
  if (backend) url.searchParams.set('backend', backend);
  return url.href;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An iframe snippet for slides or a course page. */
export function embedCode(src: string, title: string, height = 760): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>`;
}
