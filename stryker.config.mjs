// npm run test:mutation (issue 11): Stryker mutates the pure, fast modules below and runs
// their Vitest tests against each mutant (TypeScript checker on: mutants that do not
// type-check are not counted). Prints the mutation score per file. Not part of .ci/run
// (it takes several minutes); the figures go in the issue notes.
// Stryker 9.6 is the last line that runs on Node 20 (10.x needs Node 22).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 60_000,
  mutate: [
    'src/lib/ml/losses/pointwise.ts',
    'src/lib/ml/metric-learning/triplet-loss.ts',
    'src/lib/ml/metric-learning/contrastive-loss.ts',
    'src/lib/ml/optim/schedules.ts',
    'src/lib/ml/optim/clip.ts',
    'src/lib/ml/transformer/masks.ts',
    'src/lib/ml/transformer/kv-cache.ts',
    'src/lib/ml/moe/routing.ts',
    'src/lib/ml/text/bleu.ts',
    'src/lib/ml/text/bleu-tokenize.ts',
    'src/lib/ml/text/rouge.ts',
    'src/lib/ml/subwords/bpe.ts',
    'src/lib/ml/quant/float16.ts',
    'src/lib/ml/quant/codecs.ts'
  ],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'bench-results/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 80, low: 60, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
};
