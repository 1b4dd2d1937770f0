/**
 * The offline manifest, computed at build time (prerendering): every file the site serves
 * with its exact size. Files of the client build (app chunks, the training worker's chunks,
 * static files: fonts, wasm, thumbnails) are read from the build output on disk; pages and
 * their data are rendered through the app (the same render as their prerendered files) by
 * crawling links from the known entry pages.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { OfflineManifest } from './offline-cache';

const CLIENT = join(process.cwd(), '.svelte-kit', 'output', 'client');
/** Never in the manifest: the worker script (the browser fetches it itself) and the build's own notes. */
const SKIP = [/^\.vite\//, /^service-worker\.js$/, /^offline\.json$/];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

export function clientFiles(): OfflineManifest['files'] {
  return walk(CLIENT)
    .map((f) => ({ path: relative(CLIENT, f).split(sep).join('/'), size: statSync(f).size }))
    .filter((f) => !SKIP.some((r) => r.test(f.path)));
}

const hrefs = (html: string) => [...html.matchAll(/\shref="([^"#?]*)/g)].map((m) => m[1].replace(/&amp;/g, '&'));

/**
 * Render every page reachable from `entries` (site-root-relative paths ending in '/'), with
 * its `__data.json` where the page has server data, and sizes.
 */
export async function pageFiles(fetch: typeof globalThis.fetch, origin: string, entries: string[], extra: string[]): Promise<OfflineManifest['files']> {
  const out: OfflineManifest['files'] = [];
  const seen = new Set<string>();
  const queue = [...entries];
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      queue.push(p);
    }
  };
  for (const e of entries) seen.add(e);
  while (queue.length) {
    const path = queue.shift()!;
    const res = await fetch(new URL(path, origin));
    if (!res.ok) throw new Error(`offline manifest: ${path} answered ${res.status}`);
    const body = new Uint8Array(await res.arrayBuffer());
    out.push({ path: path.replace(/^\//, ''), size: body.byteLength });
    const html = new TextDecoder().decode(body);
    for (const h of hrefs(html)) {
      const u = new URL(h, new URL(path, origin));
      if (u.origin === origin && u.pathname.endsWith('/') && !u.pathname.startsWith('/_app/')) add(u.pathname);
    }
    const data = await fetch(new URL(`${path}__data.json`, origin));
    if (data.ok) {
      const text = await data.text();
      // Only pages with a server load have a data file (the others answer with skipped nodes).
      if (/"nodes":\[.*\{"type":"data"/.test(text)) out.push({ path: `${path.replace(/^\//, '')}__data.json`, size: new TextEncoder().encode(text).byteLength });
    }
  }
  for (const p of extra) {
    const res = await fetch(new URL(p, origin));
    if (res.ok) out.push({ path: p.replace(/^\//, ''), size: (await res.arrayBuffer()).byteLength });
  }
  return out;
}
