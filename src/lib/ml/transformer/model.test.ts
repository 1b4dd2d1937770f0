/** The tfjs model: shapes, masks, causal leakage, gradients, positional schemes' invariances. */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { Rng } from '$lib/ml/core/random';
import { POSITION_SCHEMES, type PositionScheme } from './config';
import { bidirectionalMask, causalMask } from './masks';
import { Transformer, type ForwardOptions } from './model';
import { causalLmBatch, causalLmLoss } from './objectives';

const tiny = (position: PositionScheme, extra: Partial<ConstructorParameters<typeof Transformer>[0]> = {}) =>
  new Transformer({ vocabSize: 11, dModel: 16, nHeads: 4, nLayers: 2, maxLen: 24, dFF: 32, position, ...extra }, 7);

async function run(m: Transformer, tokens: number[][], opts: ForwardOptions = {}) {
  const tf = await cpuTf();
  const r = tf.tidy(() => {
    const f = m.forward(tokens, { ...opts, collect: true });
    return [f.logits!, f.hidden, ...f.attention];
  });
  const [logits, hidden, ...att] = await Promise.all(r.map((t) => t.array()));
  r.forEach((t) => t.dispose());
  return { logits: logits as number[][][], hidden: hidden as number[][][], attention: att as number[][][][][] };
}

const maxDiff = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));

describe('Transformer forward', () => {
  beforeAll(cpuTf);
  it.each(POSITION_SCHEMES)('%s: shapes, rows sum to 1, masked keys get exactly 0', async (p) => {
    const m = tiny(p);
    const { logits, hidden, attention } = await run(m, [[1, 2, 3, 4, 5], [5, 4, 3, 2, 1]]);
    expect([logits.length, logits[0].length, logits[0][0].length]).toEqual([2, 5, 11]);
    expect(hidden[0][0]).toHaveLength(16);
    expect(attention).toHaveLength(2);
    expect([attention[0].length, attention[0][0].length, attention[0][0][0].length]).toEqual([2, 4, 5]);
    for (const row of attention[1][1][3]) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(attention[0][0][2][1].slice(2)).toEqual([0, 0, 0]);
    m.dispose();
  });

  it.each(POSITION_SCHEMES)('%s: changing a future token leaves earlier outputs unchanged (causal); a bidirectional mask leaks', async (p) => {
    const m = tiny(p);
    const a = await run(m, [[1, 2, 3, 4, 5, 6]]);
    const b = await run(m, [[1, 2, 3, 9, 5, 6]]);
    for (let i = 0; i < 3; i++) expect(maxDiff(a.logits[0][i], b.logits[0][i])).toBe(0);
    expect(maxDiff(a.logits[0][3], b.logits[0][3])).toBeGreaterThan(1e-3);
    const full = { mask: bidirectionalMask(6) };
    const c = await run(m, [[1, 2, 3, 4, 5, 6]], full);
    const d = await run(m, [[1, 2, 3, 9, 5, 6]], full);
    expect(maxDiff(c.logits[0][0], d.logits[0][0])).toBeGreaterThan(1e-3);
    m.dispose();
  });

  it('gradients reach every variable', async () => {
    const tf = await cpuTf();
    for (const p of ['learned', 'relative'] as const) {
      const m = tiny(p);
      const b = causalLmBatch([[2, 5, 6, 7, 8, 3, 0], [2, 8, 7, 6, 3, 0, 0]]);
      const norms = tf.tidy(() => {
        const { grads } = tf.variableGrads(() => causalLmLoss(m, b) as never, m.variables());
        return m.variables().map((v) => (grads[v.name] ? tf.norm(grads[v.name]).dataSync()[0] : 0));
      });
      expect(norms.every((n) => n > 0)).toBe(true);
      m.dispose();
    }
  });

  it('without positional encoding and without a mask, attention is permutation-equivariant', async () => {
    const m = tiny('none', { causal: false });
    const seq = [1, 2, 3, 4, 5, 6];
    const perm = [3, 0, 5, 1, 4, 2];
    const a = await run(m, [seq]);
    const b = await run(m, [perm.map((i) => seq[i])]);
    perm.forEach((src, i) => expect(maxDiff(b.hidden[0][i], a.hidden[0][src])).toBeLessThan(1e-5));
    m.dispose();
    const pe = tiny('sinusoidal', { causal: false });
    const c = await run(pe, [seq]);
    const d = await run(pe, [perm.map((i) => seq[i])]);
    expect(Math.max(...perm.map((src, i) => maxDiff(d.hidden[0][i], c.hidden[0][src])))).toBeGreaterThan(1e-2);
    pe.dispose();
  });

  it('shifting every position: RoPE, ALiBi and relative-bias attention are unchanged; absolute schemes change', async () => {
    const seq = [[4, 9, 2, 7, 7, 1]];
    const shifted = { positions: [10, 11, 12, 13, 14, 15] };
    for (const p of POSITION_SCHEMES) {
      const m = tiny(p, { causal: false });
      // Give the learned relative bias non-zero values (it starts at 0).
      for (const l of m.layers) if (l.rel) l.rel.assign((await cpuTf()).randomNormal(l.rel.shape, 0, 1, 'float32', 3));
      const a = await run(m, seq);
      const b = await run(m, seq, shifted);
      const d = maxDiff(a.attention[0][0].flat(2), b.attention[0][0].flat(2));
      if (p === 'rope' || p === 'alibi' || p === 'relative' || p === 'none') expect(d, p).toBeLessThan(1e-5);
      else expect(d, p).toBeGreaterThan(1e-2);
      m.dispose();
    }
  });

  it('a head mask of 0 removes that head; GQA and MQA run with fewer KV heads', async () => {
    const m = tiny('learned');
    const a = await run(m, [[1, 2, 3]]);
    const b = await run(m, [[1, 2, 3]], { headMask: [[1, 1, 1, 1], [1, 1, 1, 1]] });
    const c = await run(m, [[1, 2, 3]], { headMask: [[1, 0, 1, 1], [1, 1, 1, 1]] });
    expect(maxDiff(a.logits[0][2], b.logits[0][2])).toBe(0);
    expect(maxDiff(a.logits[0][2], c.logits[0][2])).toBeGreaterThan(1e-4);
    m.dispose();
    for (const kvHeads of [1, 2]) {
      const g = tiny('rope', { kvHeads });
      const r = await run(g, [[1, 2, 3, 4]]);
      expect(r.attention[0][0]).toHaveLength(4);
      expect(r.logits[0][3]).toHaveLength(11);
      g.dispose();
    }
  });

  it('causal mask in the engine equals the plain matrix', async () => {
    const m = tiny('alibi');
    const a = await run(m, [[1, 2, 3, 4]]);
    const b = await run(m, [[1, 2, 3, 4]], { mask: causalMask(4) });
    expect(maxDiff(a.logits.flat(2), b.logits.flat(2))).toBe(0);
    m.dispose();
  });

  it('is deterministic per seed', async () => {
    const [a, b] = [tiny('learned'), tiny('learned')];
    expect((await run(a, [[1, 2]])).logits).toEqual((await run(b, [[1, 2]])).logits);
    a.dispose();
    b.dispose();
    expect(new Rng(1).next()).toBe(new Rng(1).next());
  });
});
