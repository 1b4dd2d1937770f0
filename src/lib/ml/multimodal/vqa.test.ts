import { describe, expect, it } from 'vitest';
import { Rng } from '../core/random';
import { encodePatches, makeVqaSet, patchCoords, sideQuestion } from './vqa';
import { makeWorld } from './world';
import { ANSWERS } from './vocab';

describe('toy VQA data', () => {
  it('"what colour is on the left ?" names the object with the smaller x (and so on for each side)', () => {
    const w = makeWorld(200, 3, { objects: 2 });
    const rng = new Rng(1);
    for (const s of w.scenes) {
      const q = sideQuestion(s, 'en', rng);
      const o = s.objects[q.about];
      const other = s.objects[1 - q.about];
      expect(ANSWERS[q.answer]).toBe(['red', 'green', 'blue', 'yellow'][o.colour]);
      if (q.text.includes('left')) expect(o.cx).toBeLessThan(other.cx);
      else if (q.text.includes('right')) expect(o.cx).toBeGreaterThan(other.cx);
      else if (q.text.includes('above')) expect(o.cy).toBeLessThan(other.cy);
      else expect(o.cy).toBeGreaterThan(other.cy);
    }
    const zh = sideQuestion(w.scenes[0], 'zh-Hant', new Rng(2));
    expect(zh.text).toMatch(/^(左邊|右邊|上面|下面)是什麼顏色？$/);
  });

  it('sets carry labels, bags and windows of the right sizes; caption labels are the combination', () => {
    const s = makeVqaSet(20, 1, { mix: 'basic' });
    expect(s.windows.length).toBe(20 * 16 * 48);
    expect(s.classes).toBe(ANSWERS.length);
    const c = makeVqaSet(10, 1, { mix: 'caption', lang: 'zh-Hant' });
    expect(c.classes).toBe(12);
    expect(Array.from(c.label)).toEqual(Array.from(c.world.combos));
  });

  it('patch coordinates span [-1, 1]; pooled features are the mean of the patch features', () => {
    expect(Array.from(patchCoords(2))).toEqual([-1, -1, 1, -1, -1, 1, 1, 1]);
    const s = makeVqaSet(3, 2, { mix: 'spatial' });
    const pf = encodePatches(s.windows, 3, 16, 48, 7, 8);
    for (let j = 0; j < 8; j++) {
      let m = 0;
      for (let p = 0; p < 16; p++) m += pf.feats[(16 + p) * 8 + j] / 16;
      expect(pf.pooled[8 + j]).toBeCloseTo(m, 5);
    }
    expect(Math.min(...pf.feats)).toBeGreaterThanOrEqual(0);
  });
});
