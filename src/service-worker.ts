/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support for classrooms: after the first visit, the whole site (every page of
 * both languages, the app's code, the tfjs wasm files, fonts) is served from a cache, so it
 * keeps working with the network cut. Cache-first for this version's files; a new
 * deployment gets a new cache.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `explorables-${version}`;
const scope = new URL(sw.registration.scope);
const rel = (p: string) => new URL(p.replace(/^\//, ''), scope).href;
const ASSETS = [...build, ...files, ...prerendered].map(rel);

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Add in small groups so one slow file does not stall the rest.
      for (let i = 0; i < ASSETS.length; i += 24) await cache.addAll(ASSETS.slice(i, i + 24));
      await cacheWorkerChunks(cache);
      await sw.skipWaiting();
    })()
  );
});

/**
 * The training worker's own chunks (trainers, tfjs) are not in SvelteKit's `build` list:
 * follow the relative imports from each cached worker file and cache what they name.
 */
async function cacheWorkerChunks(cache: Cache): Promise<void> {
  const queue = ASSETS.filter((u) => /\/workers\/[^/]+\.js$/.test(u));
  const seen = new Set(queue);
  while (queue.length) {
    const url = queue.shift()!;
    const res = (await cache.match(url)) ?? (await fetch(url));
    if (!res.ok) continue;
    if (!(await cache.match(url))) await cache.put(url, res.clone());
    const text = await res.text();
    for (const m of text.matchAll(/["'`](\.{1,2}\/[^"'`\s]+\.js)["'`]/g)) {
      const next = new URL(m[1], url).href;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
}

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await sw.clients.claim();
    })()
  );
});

sw.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== scope.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const key = url.origin + url.pathname; // query strings (demo settings) share the page
      const hit = (await cache.match(key)) ?? (await cache.match(req));
      if (hit) return hit;
      try {
        const res = await fetch(req);
        if (res.ok && res.type === 'basic') void cache.put(key, res.clone());
        return res;
      } catch (e) {
        const fallback = await cache.match(new URL('./', scope).href);
        if (fallback && req.mode === 'navigate') return fallback;
        throw e;
      }
    })()
  );
});
