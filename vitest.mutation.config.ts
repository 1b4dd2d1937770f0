// The Vitest config of `npm run test:mutation`: only the unit tests of the mutated modules
// (reference cases and properties), not the demos' claim tests that train for seconds.
import { defineConfig } from 'vitest/config';
import base from './vite.config';

// Not mergeConfig: it would concatenate the include lists.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
        'src/lib/ml/losses/*.test.ts',
        'src/lib/ml/metric-learning/*.test.ts',
        'src/lib/ml/optim/{clip,schedules}.test.ts',
        'src/lib/ml/transformer/{masks,kv-cache}.test.ts',
        'src/lib/ml/moe/routing.test.ts',
        'src/lib/ml/text/*.test.ts',
        'src/lib/ml/subwords/{bpe,apply}.test.ts',
        'src/lib/ml/quant/*.test.ts'
    ]
  }
});
