/**
 * Builds the toy corpus (./corpus-data.ts) into tokenised sentences and a vocabulary.
 *
 * Every template is filled with every word it admits, in each language asked for, so the
 * corpus is the same for every training seed (its only randomness, code-switching and the
 * association pairings, comes from `corpusSeed`). Options:
 *   - `mix`: the share of sentences whose group word is swapped for its translation (a
 *     Chinese word in an English frame, or the other way round, as bilingual speakers in
 *     Taiwan often do). With mix > 0, a word and its translation share contexts;
 *   - `bias` (WEAT groups only): the share of association sentences that pair a flower with
 *     a pleasant word and an insect with an unpleasant one (0.5: no association planted).
 */
import { Rng } from '../core/random';
import { ALL_GROUPS, ASSOCIATION_TEMPLATES, TOPIC_GROUPS, WEAT_GROUPS, type CorpusLang, type WordGroup } from './corpus-data';

export interface CorpusOptions {
  /** Group keys to include (default: the seven topic groups). */
  groups?: string[];
  /** Languages to include (default both). */
  languages?: CorpusLang[];
  /** Share of sentences with the group word in the other language (0..1, default 0). */
  mix?: number;
  /** WEAT association strength (0..1, default 0.5 = none); used when flowers/insects/pleasant/unpleasant are all included. */
  bias?: number;
  /** Association sentences per template, per language (default 24). */
  associations?: number;
  corpusSeed?: number;
}

/** A word of a group, as the views and metrics see it. */
export interface GroupWord {
  word: string;
  group: string;
  lang: CorpusLang;
  /** Index of the word inside its group (the same index is its translation). */
  index: number;
}

export interface Corpus {
  sentences: string[][];
  /** Every group word, in group order, English then Chinese. */
  groupWords: GroupWord[];
  groups: WordGroup[];
  languages: CorpusLang[];
}

export const TOPIC_KEYS = TOPIC_GROUPS.map((g) => g.key);
export const WEAT_KEYS = WEAT_GROUPS.map((g) => g.key);

export function groupByKey(key: string): WordGroup {
  const g = ALL_GROUPS.find((x) => x.key === key);
  if (!g) throw new Error(`unknown word group "${key}"`);
  return g;
}

const other = (l: CorpusLang): CorpusLang => (l === 'en' ? 'zh' : 'en');

export function buildCorpus(opts: CorpusOptions = {}): Corpus {
  const groups = (opts.groups ?? TOPIC_KEYS).map(groupByKey);
  const languages = opts.languages ?? ['en', 'zh'];
  const mix = Math.min(1, Math.max(0, opts.mix ?? 0));
  const rng = new Rng(opts.corpusSeed ?? 0);
  const sentences: string[][] = [];
  const fill = (text: string, word: string) => text.split(' ').map((tok) => (tok === '_' ? word : tok));

  for (const g of groups) {
    for (const lang of languages) {
      for (const tpl of g.templates[lang]) {
        g.words[lang].forEach((w, i) => {
          if (tpl.only && !tpl.only.includes(i)) return;
          const swap = mix > 0 && rng.next() < mix;
          sentences.push(fill(tpl.text, swap ? g.words[other(lang)][i] : w));
        });
      }
    }
  }

  const keys = new Set(groups.map((g) => g.key));
  if (WEAT_KEYS.every((k) => keys.has(k))) {
    const bias = Math.min(1, Math.max(0, opts.bias ?? 0.5));
    const per = opts.associations ?? 24;
    const [flowers, insects, pleasant, unpleasant] = WEAT_KEYS.map(groupByKey);
    for (const lang of languages) {
      for (const tpl of ASSOCIATION_TEMPLATES[lang]) {
        for (let j = 0; j < per; j++) {
          // Half the sentences name a flower, half an insect; the attribute is the stereotyped
          // one with probability `bias`.
          const flower = j % 2 === 0;
          const target = (flower ? flowers : insects).words[lang];
          const stereo = rng.next() < bias;
          const attr = (flower === stereo ? pleasant : unpleasant).words[lang];
          const text = tpl.replace('{target}', target[rng.int(target.length)]).replace('{attribute}', attr[rng.int(attr.length)]);
          sentences.push(text.split(' '));
        }
      }
    }
  }

  const groupWords: GroupWord[] = [];
  for (const g of groups) for (const lang of languages) g.words[lang].forEach((word, index) => groupWords.push({ word, group: g.key, lang, index }));
  return { sentences, groupWords, groups, languages };
}

export interface Vocab {
  words: string[];
  index: Map<string, number>;
  counts: number[];
  total: number;
}

/** Vocabulary in order of first appearance (stable), with counts. */
export function buildVocab(sentences: string[][]): Vocab {
  const index = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  for (const s of sentences) {
    for (const w of s) {
      let i = index.get(w);
      if (i === undefined) {
        i = words.length;
        index.set(w, i);
        words.push(w);
        counts.push(0);
      }
      counts[i]++;
    }
  }
  return { words, index, counts, total: counts.reduce((a, b) => a + b, 0) };
}
