/**
 * emb-05's claims on the demo's own trainer, three seeds (the seed orders the sentences, which
 * decides 'first' ties):
 * 1. its merges are exactly learnBpe's on the same vocabulary (learnBpe itself is checked
 *    against Sennrich et al. 2016 Algorithm 1 and subword-nmt in src/lib/ml/subwords), under
 *    both tie rules;
 * 2. at the preset's moment (100 merges) the unseen word "unkindness" splits into 2 to 4
 *    pieces, every one a symbol the learner built or saw, while at 0 merges it is 10 letters
 *    plus the end marker; the Chinese preset splits 機器翻譯模型 into 機器 / 翻譯 / 模型.
 */
import { describe, expect, it } from 'vitest';
import { logFigures } from '$lib/ml/core/figures';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { defaults, sanitize } from '$lib/params/schema';
import { learnBpe } from '$lib/ml/subwords/bpe';
import { applyBpe, chars, spell, textWords, vocabFromText } from '$lib/ml/subwords/apply';
import { learnedSymbols } from '$lib/ml/subwords/state';
import create, { corpusText } from './trainer';
import { RARE } from './corpus';
import { params } from './params';
import { presets } from './presets';

const english = { ...defaults(params), ...presets.english.values };
const chinese = { ...defaults(params), ...presets.chinese.values };
const MOMENT = presets.english.predict!.revealAt!;

describe('emb-05 claims', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: merges match learnBpe; "unkindness" splits into seen pieces`, async () => {
      const t = create(english, seed);
      await t.train(MOMENT);
      const s = await t.snapshot();
      t.dispose();
      const vocab = vocabFromText(corpusText('en', seed), 'auto');
      expect(s.merges).toEqual(learnBpe(Object.fromEntries(vocab), MOMENT, { minFrequency: 2, tieBreak: 'first' }).merges);
      expect(s.merges.length).toBe(MOMENT);

      const word = RARE.en;
      expect(textWords(corpusText('en', seed))).not.toContain(word);
      const pieces = applyBpe(spell(word), s.merges);
      const before = applyBpe(spell(word), []);
      const seen = learnedSymbols(new Map(s.vocab), s.merges);
      logFigures(`[emb-05] seed ${seed}: after ${s.merges.length} merges "${word}" -> ${pieces.join(' | ')} (0 merges: ${before.length} symbols)`);
      expect(before.length).toBe(chars(word).length + 1);
      expect(pieces.length).toBeGreaterThanOrEqual(2);
      expect(pieces.length).toBeLessThanOrEqual(4);
      for (const p of pieces) expect(seen.has(p), p).toBe(true);
      // The pieces are made of learned merges, not just letters.
      expect(pieces.some((p) => chars(p.replace('</w>', '')).length >= 4)).toBe(true);
    });
  }

  it("under subword-nmt's tie rule too, and for Chinese: 機器翻譯模型 -> 機器 / 翻譯 / 模型", async () => {
    for (const seed of [1, 2, 3]) {
      const t = create({ ...english, tieBreak: 'largest' }, seed);
      await t.train(60);
      const s = await t.snapshot();
      t.dispose();
      expect(s.merges).toEqual(learnBpe(Object.fromEntries(vocabFromText(corpusText('en', seed), 'auto')), 60, { tieBreak: 'largest' }).merges);
      const z = create(chinese, seed);
      await z.train(chinese.maxMerges);
      const zs = await z.snapshot();
      z.dispose();
      expect(textWords(corpusText('zh', seed)).join('')).not.toContain(RARE.zh);
      expect(applyBpe(spell(RARE.zh), zs.merges)).toEqual(['機器', '翻譯', '模型']);
    }
  });
});

describe('bpe-merges trainer', () => {
  it('is deterministic per seed, stops when no pair is frequent enough, returns plain data', async () => {
    const run = async () => {
      const t = create({ ...chinese, minFrequency: 3 }, 4);
      const m = await t.train(400);
      const s = await t.snapshot();
      t.dispose();
      return { m, s };
    };
    const [a, b] = [await run(), await run()];
    expect(a).toEqual(b);
    expect(a.s.done).toBe(true);
    expect(a.s.merges.every((m) => m[2] >= 3)).toBe(true);
    expect(a.m.merges).toBe(a.s.merges.length);
    expect(a.s.history.tokens.at(-1)!).toBeLessThan(a.s.history.tokens[0]);
    expect(structuredClone(a.s)).toEqual(a.s);
  });

  it('holds no tensors (leak check)', async () => {
    await expectNoLeak(() => create(english, 1) as never);
  });

  it('presets are valid and labelled in both languages; one asks a prediction', () => {
    const d = defaults(params);
    for (const p of Object.values(presets)) {
      expect(p.label.en && p.label['zh-Hant']).toBeTruthy();
      expect(sanitize(params, d, p.values)).toEqual({ ...d, ...p.values });
    }
    expect(presets.english.predict?.answer).toBe('known-pieces');
  });
});
