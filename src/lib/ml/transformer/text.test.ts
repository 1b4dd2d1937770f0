/** Tokenisers, the corpus and the generated tasks. */
import { describe, expect, it } from 'vitest';
import { Rng } from '$lib/ml/core/random';
import { corpusSentences, corpusVocabulary, corpusWords, splitCorpus, EN_VERB, ZH_CLASSIFIER } from './corpus';
import { asPromptAndAnswer, makeTask, TASK_NAMES, TASK_SEP, TRANSLATE_LEXICON } from './tasks';
import { BOS, CharTokenizer, EOS, frame, MASK, PAD, UNK, WordTokenizer } from './tokenizer';

describe('tokenisers', () => {
  const en = new WordTokenizer(corpusVocabulary('en'));
  const zh = new WordTokenizer(corpusVocabulary('zh-Hant'));
  it('word tokenizer: lower-cases, keeps punctuation, unknown words become <unk>', () => {
    expect(en.tokenize('The cat sleeps, zebra!')).toEqual(['the', 'cat', 'sleeps', ',', 'zebra', '!']);
    const ids = en.encode('The cat sleeps zebra');
    expect(ids.slice(0, 3).every((i) => i > MASK)).toBe(true);
    expect(ids[3]).toBe(UNK);
    expect(en.decode(en.encode('an owl hoots at night'))).toBe('an owl hoots at night');
  });
  it('Chinese: forward maximum matching against the corpus words', () => {
    expect(zh.tokenize('一隻小貓在墊子上睡覺')).toEqual(['一', '隻', '小', '貓', '在', '墊子', '上', '睡覺']);
    expect(zh.tokenize('兩條魚在河裡游泳')).toEqual(['兩', '條', '魚', '在', '河', '裡', '游泳']);
    expect(zh.encode('熊貓')[0]).toBe(UNK);
    expect(zh.decode(zh.encode('一隻小貓在墊子上睡覺'))).toBe('一隻小貓在墊子上睡覺');
  });
  it('char tokenizer and framing', () => {
    const c = new CharTokenizer(corpusSentences('en'));
    expect(c.decode(c.encode('the cat'))).toBe('the cat');
    expect(c.encode('Q')).toEqual([UNK]);
    expect(frame([7, 8], 6)).toEqual([BOS, 7, 8, EOS, PAD, PAD]);
    expect(frame([7, 8, 9, 10, 11], 4)).toEqual([BOS, 7, 8, 9]);
  });
});

describe('corpus', () => {
  it('has regular English and Chinese sentences with their structure', () => {
    const en = corpusWords('en');
    const zh = corpusWords('zh-Hant');
    expect(en.length).toBe(140);
    expect(zh.length).toBe(112);
    expect(Math.max(...en.map((s) => s.length))).toBeLessThanOrEqual(7);
    // a / an by the next word; agreement; measure words by the noun after them.
    for (const s of en) {
      if (s[0] === 'a' || s[0] === 'an') expect(s[0] === 'an').toBe(/^[aeiou]/.test(s[1]));
      const noun = s.find((w) => w in EN_VERB)!;
      expect(s[s.indexOf(noun) + 1]).toBe(EN_VERB[noun]);
    }
    for (const s of zh) {
      const noun = s.find((w) => w in ZH_CLASSIFIER)!;
      expect(s[1]).toBe(ZH_CLASSIFIER[noun]);
    }
    expect(corpusSentences('zh-Hant')[0]).toBe('一隻貓在墊子上睡覺');
    const { train, heldOut } = splitCorpus(en);
    expect(train.length + heldOut.length).toBe(140);
    expect(heldOut.length).toBe(28);
  });
});

describe('tasks', () => {
  const rng = new Rng(3);
  it('copy, reverse, sort, previous', () => {
    for (const name of ['copy', 'reverse', 'sort', 'previous'] as const) {
      const t = makeTask(name, { symbols: 6, length: [5, 5] });
      const ex = t.sample(rng);
      expect(ex.src).toHaveLength(5);
      ex.tgt.forEach((tok, i) => expect(tok).toBe(ex.align![i] < 0 ? 1 : ex.src[ex.align![i]]));
      if (name === 'sort') expect([...ex.tgt]).toEqual([...ex.src].sort((a, b) => a - b));
      if (name === 'reverse') expect(ex.tgt).toEqual([...ex.src].reverse());
    }
  });
  it('brackets: labels agree with a stack check, both classes occur', () => {
    const t = makeTask('brackets');
    const labels = Array.from({ length: 200 }, () => t.sample(rng).label!);
    const share = labels.reduce((a, b) => a + b, 0) / 200;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.8);
  });
  it('translate: verb last, adjective after its noun, word by word through the lexicon', () => {
    const t = makeTask('translate');
    for (let i = 0; i < 20; i++) {
      const ex = t.sample(rng);
      const src = ex.src.map((id) => t.vocab[id]);
      const tgt = ex.tgt.map((id) => t.vocab[id]);
      tgt.forEach((w, j) => expect(w).toBe(TRANSLATE_LEXICON[src[ex.align![j]]]));
      expect(['mita', 'oru', 'suki', 'tasu']).toContain(tgt[tgt.length - 1]);
    }
    expect(TASK_NAMES).toHaveLength(6);
  });
  it('prompt-and-answer layout scores only the answer', () => {
    const r = asPromptAndAnswer({ src: [4, 5], tgt: [6, 7] }, 8);
    expect(r.input).toEqual([1, 4, 5, TASK_SEP, 6, 7, 2, 0]);
    expect(r.target).toEqual([4, 5, TASK_SEP, 6, 7, 2, 0, 0]);
    expect(r.weight).toEqual([0, 0, 0, 1, 1, 1, 0, 0]);
  });
});
