import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // precompress: .br and .gz beside every file, served by scripts/serve.mjs when accepted.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true, precompress: true }),
    // Relative asset paths: the built folder works from any sub-path or straight from disk.
    paths: { relative: true },
    // A strict Content Security Policy: only our own origin; inline scripts only with hashes
    // (SvelteKit's bootstrap); wasm compilation allowed for the tfjs wasm backend. Inline
    // style attributes are allowed (KaTeX and Svelte's style: directives use them).
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', 'wasm-unsafe-eval'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self', 'data:'],
        'connect-src': ['self'],
        'worker-src': ['self', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    },
    // Small stylesheets (the app's own, the page's) are inlined: no render-blocking requests.
    inlineStyleThreshold: 12_000,
    prerender: {
      entries: ['*'],
      handleHttpError: 'fail',
      handleMissingId: 'fail',
      handleUnseenRoutes: 'fail'
    }
  }
};

export default config;
