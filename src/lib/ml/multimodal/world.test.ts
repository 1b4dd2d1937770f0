/** The generated world, its captions and questions, and the tokenizer. */
import { describe, expect, it } from 'vitest';
import { Rng } from '$lib/ml/core/random';
import { caption, comboCaption, makeCaptions, question, QUESTION_KINDS, sceneKey } from './captions';
import { bagOfWords, padIds, tokenize } from './tokenizer';
import { comboDistribution, imageOf, makeWorld, objectPatches, skewWeights, type Scene } from './world';
import { ANSWERS, COMBOS, comboOf, PAD, UNK, VOCAB, VOCAB_SIZE } from './vocab';

const scene2 = (relation: number): Scene => ({
  objects: [
    { colour: 0, shape: 0, cx: 4, cy: 8, size: 3, rgb: [1, 0, 0] },
    { colour: 2, shape: 1, cx: 12, cy: 8, size: 3, rgb: [0, 0, 1] }
  ],
  relation
});

describe('world', () => {
  it('is deterministic per seed, with pixels in [0, 1] and the named colour painted', () => {
    const a = makeWorld(20, 7, { side: 16 });
    const b = makeWorld(20, 7, { side: 16 });
    expect(a.images).toEqual(b.images);
    expect(a.images.length).toBe(20 * 16 * 16 * 3);
    expect(Math.min(...a.images)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...a.images)).toBeLessThanOrEqual(1);
    // The brightest pixel of each image has the object's colour as its largest channel(s).
    for (let i = 0; i < a.n; i++) {
      const img = imageOf(a, i);
      const rgb = a.scenes[i].objects[0].rgb;
      let best = 0;
      for (let p = 0; p < 256; p++) if (img[3 * p] + img[3 * p + 1] + img[3 * p + 2] > img[3 * best] + img[3 * best + 1] + img[3 * best + 2]) best = p;
      for (let c = 0; c < 3; c++) expect(img[3 * best + c]).toBeCloseTo(rgb[c], 5);
    }
  });

  it('two-object scenes: different colours and shapes, separated along the relation, aligned across it', () => {
    const w = makeWorld(300, 3, { side: 16, objects: 2 });
    for (const s of w.scenes) {
      const [a, b] = s.objects;
      expect(a.colour).not.toBe(b.colour);
      expect(a.shape).not.toBe(b.shape);
      const gapX = s.relation === 0 ? b.cx - b.size - (a.cx + a.size) : s.relation === 1 ? a.cx - a.size - (b.cx + b.size) : NaN;
      const gapY = s.relation === 2 ? b.cy - b.size - (a.cy + a.size) : s.relation === 3 ? a.cy - a.size - (b.cy + b.size) : NaN;
      if (s.relation < 2) {
        expect(gapX).toBeGreaterThanOrEqual(1 - 1e-9);
        expect(Math.abs(a.cy - b.cy)).toBeLessThanOrEqual(0.2 * 16 + 1e-9);
      } else {
        expect(gapY).toBeGreaterThanOrEqual(1 - 1e-9);
        expect(Math.abs(a.cx - b.cx)).toBeLessThanOrEqual(0.2 * 16 + 1e-9);
      }
      for (const o of s.objects) {
        expect(o.cx - o.size).toBeGreaterThanOrEqual(0);
        expect(o.cx + o.size).toBeLessThanOrEqual(16);
      }
    }
  });

  it('held-out combinations never appear; skew draws the rare one at the stated ratio', () => {
    const held = [comboOf(1, 2), comboOf(3, 0)];
    const w = makeWorld(400, 1, { heldOut: held, objects: 'mixed' });
    for (const s of w.scenes) for (const o of s.objects) expect(held).not.toContain(comboOf(o.colour, o.shape));
    const p = comboDistribution({ weights: skewWeights(5, 0.1) });
    expect(p[5] / p[0]).toBeCloseTo(0.1, 12);
    const big = makeWorld(3000, 2, { weights: skewWeights(5, 0.1) });
    const rare = Array.from(big.combos).filter((c) => c === 5).length / big.n;
    expect(rare).toBeGreaterThan(0.5 * p[5]);
    expect(rare).toBeLessThan(1.6 * p[5]);
    const only = makeWorld(50, 4, { only: held });
    for (const c of only.combos) expect(held).toContain(c);
  });

  it('objectPatches lists the grid cells an object covers', () => {
    const s = scene2(0);
    expect(objectPatches(s.objects[0], 16, 4)).toEqual([4, 5, 8, 9]);
    // The square spans pixels 9..14 across (cells 2, 3) and 5..10 down (cells 1, 2).
    expect(objectPatches(s.objects[1], 16, 4)).toEqual([6, 7, 10, 11]);
  });
});

describe('captions and questions', () => {
  it('write both languages in their own word order', () => {
    expect(comboCaption(0, 0, 'en')).toBe('a red circle');
    expect(comboCaption(0, 0, 'zh-Hant')).toBe('一個紅色圓形');
    expect(caption(scene2(0), 'en')).toBe('a red circle left of a blue square');
    expect(caption(scene2(0), 'zh-Hant')).toBe('藍色方形左邊有一個紅色圓形');
    expect(caption(scene2(2), 'en')).toBe('a red circle above a blue square');
    expect(caption(scene2(3), 'zh-Hant')).toBe('藍色方形下面有一個紅色圓形');
  });

  it('caption noise swaps the stated share for captions of scenes with other content', () => {
    const w = makeWorld(1000, 5, {});
    const clean = makeCaptions(w.scenes, 1, { noise: 0 });
    expect(clean.mismatched.every((m) => m === 0)).toBe(true);
    const noisy = makeCaptions(w.scenes, 1, { noise: 0.4 });
    const share = noisy.mismatched.reduce((a, b) => a + b, 0) / 1000;
    expect(share).toBeGreaterThan(0.34);
    expect(share).toBeLessThan(0.46);
    noisy.text.forEach((t, i) => {
      if (noisy.mismatched[i]) expect(sceneKey(w.scenes[noisy.source[i]])).not.toBe(sceneKey(w.scenes[i]));
      else expect(t).toBe(caption(w.scenes[i], 'en'));
    });
    const both = makeCaptions(w.scenes, 2, { lang: 'both' });
    const zh = both.lang.filter((l) => l === 'zh-Hant').length;
    expect(zh).toBeGreaterThan(400);
    expect(zh).toBeLessThan(600);
  });

  it('questions carry the right answers', () => {
    const rng = new Rng(1);
    const s = scene2(0); // red circle left of blue square
    expect(question(s, 'colour', 'en', rng, 1)).toEqual({ kind: 'colour', text: 'what colour is the square ?', answer: ANSWERS.indexOf('blue') });
    expect(question(s, 'colour', 'zh-Hant', rng, 0).text).toBe('圓形是什麼顏色？');
    expect(question(s, 'shape', 'en', rng, 0)).toEqual({ kind: 'shape', text: 'what shape is the red object ?', answer: ANSWERS.indexOf('circle') });
    expect(question(s, 'count', 'zh-Hant', rng).answer).toBe(ANSWERS.indexOf('two'));
    // Asked about object 0: "what is left of the square?" -> circle; about object 1: "right of the circle" -> square.
    expect(question(s, 'spatial', 'en', rng, 0)).toEqual({ kind: 'spatial', text: 'what is left of the square ?', answer: ANSWERS.indexOf('circle') });
    expect(question(s, 'spatial', 'zh-Hant', rng, 1)).toEqual({ kind: 'spatial', text: '圓形右邊是什麼？', answer: ANSWERS.indexOf('square') });
    const one: Scene = { objects: [s.objects[0]], relation: -1 };
    expect(question(one, 'spatial', 'en', rng).kind).toBe('colour');
    expect(question(one, 'count', 'en', rng).answer).toBe(ANSWERS.indexOf('one'));
  });
});

describe('tokenizer', () => {
  it('knows every word the generator writes, in both languages', () => {
    const w = makeWorld(200, 2, { objects: 'mixed' });
    const rng = new Rng(3);
    for (const s of w.scenes)
      for (const lang of ['en', 'zh-Hant'] as const) {
        expect(tokenize(caption(s, lang)).unknown).toEqual([]);
        for (const k of QUESTION_KINDS) expect(tokenize(question(s, k, lang, rng).text).unknown).toEqual([]);
      }
  });

  it('cuts Chinese by longest match and maps synonyms; unknown words become [UNK]', () => {
    const t = tokenize('藍色方形左邊有一個紅色圓形');
    expect(t.pieces).toEqual(['藍色', '方形', '左邊', '有', '一個', '紅色', '圓形']);
    expect(tokenize('A Red CIRCLES, color?').ids).toEqual(tokenize('a red circle colour ?').ids);
    const u = tokenize('a purple 圓 ☃ 貓');
    expect(u.unknown).toEqual(['purple', '☃', '貓']);
    expect(u.ids[0]).toBe(VOCAB.indexOf('a'));
    expect(u.ids[1]).toBe(UNK);
    expect(u.ids[2]).toBe(VOCAB.indexOf('圓形'));
    expect(tokenize('').ids).toEqual([]);
  });

  it('bags of words hold shares of known words; padding pads with PAD', () => {
    const ids = [tokenize('a red circle').ids, tokenize('紅色 xyz').ids, tokenize('???').ids.map(() => UNK)];
    const bags = bagOfWords(ids);
    const row = (i: number) => Array.from(bags.subarray(i * VOCAB_SIZE, (i + 1) * VOCAB_SIZE));
    expect(row(0).reduce((a, b) => a + b)).toBeCloseTo(1, 6);
    expect(row(0)[VOCAB.indexOf('red')]).toBeCloseTo(1 / 3, 6);
    expect(row(1)[VOCAB.indexOf('紅色')]).toBeCloseTo(1, 6);
    expect(row(2).every((v) => v === 0)).toBe(true);
    expect(Array.from(padIds([[5, 6], [7, 8, 9, 10]], 3))).toEqual([5, 6, PAD, 7, 8, 9]);
    expect(COMBOS).toBe(12);
  });
});
