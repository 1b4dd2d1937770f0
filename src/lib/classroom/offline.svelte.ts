/**
 * "Save for offline", page side: read the build's file list, say how big the download is,
 * then download what the cache lacks, with progress, into the service worker's cache. One
 * state for the whole app (the download goes on across client-side navigations).
 */
import { base } from '$app/paths';
import { version } from '$app/environment';
import { cacheName, downloadAll, isComplete, missing, MANIFEST, type OfflineManifest } from './offline-cache';

type Phase = 'idle' | 'checking' | 'ask' | 'saving' | 'done' | 'failed' | 'unsupported';

export const offline = $state({ phase: 'idle' as Phase, total: 0, remaining: 0, done: 0, files: 0, count: 0, reason: '' });
let manifest: OfflineManifest | null = null;
let abort: AbortController | null = null;

const root = () => new URL(`${base}/`, location.href).href;
const supported = () => typeof caches !== 'undefined' && 'serviceWorker' in navigator;

/** Step 1: find the size (whole site, and what is still missing). */
export async function checkOffline(): Promise<void> {
  if (!supported()) {
    offline.phase = 'unsupported';
    return;
  }
  offline.phase = 'checking';
  try {
    const cache = await caches.open(cacheName(version));
    const res = await fetch(new URL(MANIFEST, root()), { cache: 'no-cache' });
    if (!res.ok) throw new Error(String(res.status));
    manifest = (await res.json()) as OfflineManifest;
    offline.total = manifest.total;
    offline.count = manifest.files.length;
    if (await isComplete(cache, root())) {
      offline.phase = 'done';
      return;
    }
    const todo = await missing(cache, root(), manifest);
    offline.remaining = todo.reduce((s, f) => s + f.size, 0);
    offline.phase = 'ask';
  } catch (e) {
    offline.reason = (e as Error).message;
    offline.phase = 'failed';
  }
}

/** Step 2: download, with progress. */
export async function startOffline(): Promise<void> {
  if (!manifest) await checkOffline();
  if (!manifest || offline.phase === 'done' || offline.phase === 'unsupported') return;
  offline.phase = 'saving';
  abort = new AbortController();
  try {
    // Make sure the service worker is there to serve the cache later.
    await navigator.serviceWorker.ready;
    const cache = await caches.open(cacheName(version));
    await downloadAll(cache, root(), manifest, (p) => {
      offline.done = p.done;
      offline.files = p.files;
    }, { signal: abort.signal });
    offline.phase = 'done';
  } catch (e) {
    offline.reason = (e as Error).name === 'AbortError' ? 'cancelled' : (e as Error).message;
    offline.phase = 'failed';
  } finally {
    abort = null;
  }
}

export function cancelOffline(): void {
  if (abort) abort.abort();
  else offline.phase = 'idle';
}

/**
 * Ask the service worker to keep what this page loaded before it took control (its own
 * HTML, scripts and styles), so a page seen once also opens offline.
 */
export function reportUsed(): void {
  if (!('serviceWorker' in navigator)) return;
  const send = () =>
    navigator.serviceWorker.ready
      .then((reg) => reg.active?.postMessage({ type: 'cache-used', urls: [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)] }))
      .catch(() => {});
  void send();
  addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void send());
}
