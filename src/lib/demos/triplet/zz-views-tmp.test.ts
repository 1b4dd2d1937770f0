import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { cpuTf } from '$lib/ml/tf-cpu';
import { defaults } from '$lib/params/schema';
import { Rng } from '$lib/ml/random';
import { pickTriplet, activeShareAll } from '$lib/ml/triplet/metrics';
import createTriplet from './trainer';
import { params as tp } from './params';
import { presets as tpre } from './presets';
import { text as ttext } from './text';
import EmbeddingPlot from './EmbeddingPlot.svelte';
import createL from '../l1-vs-l2/trainer';
import { params as lp } from '../l1-vs-l2/params';
import { text as ltext } from '../l1-vs-l2/text';
import FitView from '../l1-vs-l2/FitView.svelte';
import LossShapes from '../l1-vs-l2/LossShapes.svelte';
import BimodalView from '../l1-vs-l2/BimodalView.svelte';

const colors = { l1: 'var(--s1)', l2: 'var(--s2)', huber: 'var(--s3)' };
describe('views render with real snapshots', () => {
  it('l1-vs-l2', async () => {
    await cpuTf();
    const t = createL({ ...defaults(lp), outlier: 8 }, 1);
    await t.train(200);
    const s = await t.snapshot();
    t.dispose();
    for (const lang of ['en', 'zh-Hant'] as const) {
      const T = ltext[lang];
      const a = render(LossShapes, { props: { T, lang, delta: 1, colors, points: s.points, outlier: s.points.outlierIndex, lines: s.lines } });
      const b = render(FitView, { props: { T, lang, colors, points: s.points, outlier: 24, lines: s.lines, showHuber: true, step: s.step, outlierSize: 8, edited: false, history: { steps: s.history.step, series: { l1: s.history.l1, l2: s.history.l2, huber: s.history.huber } }, onedit: () => {}, onrestore: () => {} } });
      const c = render(BimodalView, { props: { T, lang, colors, b: s.bimodal, step: s.step } });
      const strip = (h: string) => h.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      if (lang === 'en') {
        console.log(strip(a.body).slice(0, 1500));
        console.log(strip(b.body).slice(0, 1500));
        console.log(strip(c.body).slice(0, 1500));
      }
      expect(a.body).toContain('<table');
      expect(b.body).toContain('role="application"');
    }
  });
  it('triplet: local pick matches trainer; plot renders', async () => {
    await cpuTf();
    for (const mining of ['random', 'semi-hard', 'hard'] as const) {
      const v = { ...defaults(tp), ...tpre['small-vs-large-margin'].values, mining, anchor: 57 };
      const seed = 3;
      const t = createTriplet(v, seed);
      await t.train(40);
      const s = await t.snapshot();
      t.dispose();
      const labels = s.main.labels;
      const n = labels.length, perClass = n / s.classes;
      const fixedFor = (a: number) => {
        const r = new Rng(seed + a); const c = labels[a];
        let positive = c * perClass + r.int(perClass - 1); if (positive >= a) positive++;
        let negative = r.int(n - perClass); if (negative >= c * perClass) negative += perClass;
        return { positive, negative };
      };
      const z = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) (z[2 * i] = s.main.x[i]), (z[2 * i + 1] = s.main.y[i]);
      const local = pickTriplet(z, labels, 57, mining, v.margin, s.distance, fixedFor(57));
      expect(local.positive).toBe(s.main.triplet.positive);
      expect(local.negative).toBe(s.main.triplet.negative);
      expect(local.loss).toBeCloseTo(s.main.triplet.loss, 4);
      expect(activeShareAll(z, labels, v.margin, s.distance)).toBeCloseTo(s.main.activeShareAll, 4);
      const r = render(EmbeddingPlot, { props: { T: ttext.en, lang: 'en', name: 'x', title: 'x', view: s.main, triplet: local, squared: false, classes: s.classes, colors: ['a', 'b', 'c', 'd', 'e'], step: s.step, activeAll: 0.3, onpick: () => {} } });
      if (mining === 'hard') console.log(r.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 1200));
      expect(r.body).toContain('role="slider"');
    }
  });
});
