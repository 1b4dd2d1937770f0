/**
 * The offline cache, shared by the service worker and the page's "Save for offline":
 * one Cache per deployment (`explorables-<version>`), keyed by origin + path (query strings,
 * i.e. demo settings, share the page). The build writes `offline.json`: every file of the
 * site with its size, so the page can say how big the download is before it starts.
 */
export interface OfflineManifest {
  version: string;
  /** Paths relative to the site root ('' is the root page, 'en/' a page, '_app/...' a file). */
  files: { path: string; size: number }[];
  total: number;
}

export const cacheName = (version: string) => `explorables-${version}`;
export const MANIFEST = 'offline.json';
/** Stored in the cache once everything is in it. */
export const COMPLETE = '__offline-complete';

export function cacheKey(url: string | URL): string {
  const u = new URL(url);
  return u.origin + u.pathname;
}

export interface Progress {
  done: number;
  total: number;
  files: number;
}

/** What of the manifest is not in the cache yet. */
export async function missing(cache: Cache, root: string, m: OfflineManifest): Promise<OfflineManifest['files']> {
  const out: OfflineManifest['files'] = [];
  for (const f of m.files) if (!(await cache.match(cacheKey(new URL(f.path, root))))) out.push(f);
  return out;
}

/**
 * Download every file of the manifest that the cache lacks (four at a time), reporting bytes
 * done, then mark the cache complete. `copyFrom`: older caches whose content-hashed files
 * (`_app/immutable/`) can be reused instead of downloaded again.
 */
export async function downloadAll(
  cache: Cache,
  root: string,
  m: OfflineManifest,
  onProgress: (p: Progress) => void,
  opts: { signal?: AbortSignal; copyFrom?: Cache[] } = {}
): Promise<void> {
  const todo = await missing(cache, root, m);
  const total = m.total;
  let done = total - todo.reduce((s, f) => s + f.size, 0);
  let files = m.files.length - todo.length;
  onProgress({ done, total, files });
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      if (opts.signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
      const f = todo[next++];
      const url = new URL(f.path, root);
      let res: Response | undefined;
      if (f.path.startsWith('_app/immutable/')) for (const old of opts.copyFrom ?? []) if ((res = await old.match(cacheKey(url)))) break;
      res ??= await fetch(url, { cache: 'no-cache', signal: opts.signal });
      if (!res.ok) throw new Error(`${res.status} ${f.path}`);
      await cache.put(cacheKey(url), res);
      done += f.size;
      files++;
      onProgress({ done, total, files });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  await cache.put(cacheKey(new URL(COMPLETE, root)), new Response(JSON.stringify({ version: m.version, total }), { headers: { 'content-type': 'application/json' } }));
}

export async function isComplete(cache: Cache, root: string): Promise<boolean> {
  return !!(await cache.match(cacheKey(new URL(COMPLETE, root))));
}

export function formatBytes(n: number, _lang?: string): string {
  const mb = n / 1e6;
  const s = mb >= 10 ? mb.toFixed(0) : mb.toFixed(1);
  return `${s} MB`;
}
