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
    pool: 'forks',
    // The tfjs backend of the unit tests: wasm (the browser's usual backend without a GPU,
    // and 3x faster than cpu here); `npm run test:unit` runs the engines on cpu too.
    env: { TF_TEST_BACKEND: process.env.TF_TEST_BACKEND ?? 'wasm' }
  }
});
