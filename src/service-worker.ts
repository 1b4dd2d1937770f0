/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support, light by default and complete on purpose:
 * - A visitor caches what they use: every same-origin GET that goes through here (pages,
 *   their data, app chunks, the training worker's chunks, the tfjs wasm files, fonts) is
 *   kept in this deployment's cache, and what a page loaded before this worker controlled it
 *   is added when the page asks ('cache-used', from the HTTP cache where it can be).
 *   Nothing is downloaded in advance: thirty phones on a school network pay only for what
 *   they open.
 * - "Save for offline" (src/lib/ui/SaveOffline.svelte) downloads the whole site into the
 *   same cache from the build's file list (offline.json) and marks it complete.
 * - A new deployment gets a new cache. If the old one was complete, the new worker fills its
 *   own cache completely before taking over (reusing unchanged content-hashed files), so a
 *   class that saved the site keeps it after an update.
 */
import { version } from '$service-worker';
import { cacheKey, cacheName, downloadAll, isComplete, MANIFEST, type OfflineManifest } from '$lib/classroom/offline-cache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const root = new URL('./', sw.registration.scope).href;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const olds = (await caches.keys()).filter((k) => k.startsWith('explorables-') && k !== CACHE);
      const oldCaches = await Promise.all(olds.map((k) => caches.open(k)));
      const saved = (await Promise.all(oldCaches.map((c) => isComplete(c, root)))).some(Boolean);
      if (saved) {
        try {
          const res = await fetch(new URL(MANIFEST, root), { cache: 'no-cache' });
          const m = (await res.json()) as OfflineManifest;
          await downloadAll(await caches.open(CACHE), root, m, () => {}, { copyFrom: oldCaches });
        } catch {
          // Offline or interrupted: keep the old version until the next try.
          throw new Error('could not refresh the offline copy');
        }
      }
      await sw.skipWaiting();
    })()
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('explorables-') && key !== CACHE) await caches.delete(key);
      await sw.clients.claim();
    })()
  );
});

/** Cache what a page loaded before this worker controlled it: from the HTTP cache where possible. */
async function cacheUsed(urls: string[]): Promise<void> {
  const cache = await caches.open(CACHE);
  for (const u of urls) {
    let url: URL;
    try {
      url = new URL(u);
    } catch {
      continue;
    }
    if (url.origin !== new URL(root).origin || !url.href.startsWith(root)) continue;
    const key = cacheKey(url);
    if (await cache.match(key)) continue;
    try {
      const res = await fetch(url.origin + url.pathname, { cache: 'force-cache' });
      if (res.ok && res.type === 'basic') await cache.put(key, res);
    } catch {
      /* offline: nothing to add */
    }
  }
}

sw.addEventListener('message', (event) => {
  const data = event.data as { type?: string; urls?: unknown } | null;
  if (data?.type === 'cache-used' && Array.isArray(data.urls)) event.waitUntil(cacheUsed(data.urls.filter((u): u is string => typeof u === 'string')));
});

sw.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== new URL(root).origin || url.pathname.endsWith('/service-worker.js')) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const key = cacheKey(url); // query strings (demo settings) share the page
      const hit = await cache.match(key);
      if (hit) return hit;
      try {
        const res = await fetch(req);
        if (res.ok && res.type === 'basic' && res.status === 200) void cache.put(key, res.clone());
        return res;
      } catch (e) {
        if (req.mode === 'navigate') {
          const home = await cache.match(cacheKey(new URL('./', root)));
          if (home) return home;
        }
        throw e;
      }
    })()
  );
});
