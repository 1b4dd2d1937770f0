import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { copyTfjsWasm } from './scripts/copy-wasm.js';

export default defineConfig({
  plugins: [copyTfjsWasm(), sveltekit()],
  worker: { format: 'es' },
  // No plugin-timings report after every build: nothing a newcomer must learn to ignore.
  build: { chunkSizeWarningLimit: 2000, rolldownOptions: { checks: { pluginTimings: false } } },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks'
  }
});
