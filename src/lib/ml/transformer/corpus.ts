/**
 * Our own small corpus: short, regular sentences about animals, in English and Traditional
 * Chinese, written for a tiny model to learn in seconds. Every sentence is spelled out
 * below from a few word lists; the structure worth learning:
 *
 * - each animal has its own verb and its own place ("the duck swims in the pond");
 * - English agreement: "the cat sleeps" but "the cats sleep";
 * - English "a" / "an" depends on the NEXT word ("an owl", "an old cat", "a small owl");
 * - Chinese measure words depend on the noun that comes AFTER them
 *   (一隻貓, 一條魚, 一頭牛, 一匹馬), with an optional adjective in between.
 *
 * The last two are right-context dependencies: a masked LM can use them, a left-to-right
 * LM cannot (llm-02, llm-08).
 */

export type CorpusLang = 'en' | 'zh-Hant';

interface EnAnimal {
  sg: string;
  pl: string;
  verbSg: string;
  verbPl: string;
  place: string[];
}

const EN_ANIMALS: EnAnimal[] = [
  { sg: 'cat', pl: 'cats', verbSg: 'sleeps', verbPl: 'sleep', place: ['on', 'the', 'mat'] },
  { sg: 'dog', pl: 'dogs', verbSg: 'barks', verbPl: 'bark', place: ['in', 'the', 'yard'] },
  { sg: 'bird', pl: 'birds', verbSg: 'sings', verbPl: 'sing', place: ['in', 'the', 'tree'] },
  { sg: 'duck', pl: 'ducks', verbSg: 'swims', verbPl: 'swim', place: ['in', 'the', 'pond'] },
  { sg: 'cow', pl: 'cows', verbSg: 'grazes', verbPl: 'graze', place: ['in', 'the', 'field'] },
  { sg: 'horse', pl: 'horses', verbSg: 'runs', verbPl: 'run', place: ['on', 'the', 'hill'] },
  { sg: 'owl', pl: 'owls', verbSg: 'hoots', verbPl: 'hoot', place: ['at', 'night'] }
];
const EN_ADJECTIVES = ['', 'small', 'big', 'old', 'young'];
const vowel = (w: string) => /^[aeiou]/.test(w);

function englishWords(): string[][] {
  const out: string[][] = [];
  for (const a of EN_ANIMALS) {
    for (const adj of EN_ADJECTIVES) {
      const np = (noun: string) => (adj ? [adj, noun] : [noun]);
      const article = vowel(adj || a.sg) ? 'an' : 'a';
      out.push(['the', ...np(a.sg), a.verbSg, ...a.place]);
      out.push([article, ...np(a.sg), a.verbSg, ...a.place]);
      out.push(['the', ...np(a.pl), a.verbPl, ...a.place]);
      out.push(['two', ...np(a.pl), a.verbPl, ...a.place]);
    }
  }
  return out;
}

interface ZhAnimal {
  noun: string;
  /** The measure word this noun takes. */
  cl: string;
  place: string[];
  verb: string;
}

const ZH_ANIMALS: ZhAnimal[] = [
  { noun: '貓', cl: '隻', place: ['墊子', '上'], verb: '睡覺' },
  { noun: '狗', cl: '隻', place: ['院子', '裡'], verb: '叫' },
  { noun: '鳥', cl: '隻', place: ['樹', '上'], verb: '唱歌' },
  { noun: '魚', cl: '條', place: ['河', '裡'], verb: '游泳' },
  { noun: '蛇', cl: '條', place: ['草叢', '裡'], verb: '爬行' },
  { noun: '牛', cl: '頭', place: ['田', '裡'], verb: '吃草' },
  { noun: '馬', cl: '匹', place: ['山坡', '上'], verb: '奔跑' }
];
const ZH_DETERMINERS = ['一', '兩', '這', '那'];
const ZH_ADJECTIVES = ['', '小', '大', '老'];

function chineseWords(): string[][] {
  const out: string[][] = [];
  for (const a of ZH_ANIMALS)
    for (const det of ZH_DETERMINERS)
      for (const adj of ZH_ADJECTIVES) out.push([det, a.cl, ...(adj ? [adj] : []), a.noun, '在', ...a.place, a.verb]);
  return out;
}

const WORDS: Record<CorpusLang, string[][]> = { en: englishWords(), 'zh-Hant': chineseWords() };

/** The corpus as word lists (Chinese segmented into words). */
export function corpusWords(lang: CorpusLang): string[][] {
  return WORDS[lang].map((s) => [...s]);
}

/** The corpus as text: English words joined by spaces, Chinese written without spaces. */
export function corpusSentences(lang: CorpusLang): string[] {
  return WORDS[lang].map((s) => s.join(lang === 'en' ? ' ' : ''));
}

/** Every distinct word of a language's corpus (for a WordTokenizer). */
export function corpusVocabulary(lang: CorpusLang): string[] {
  return [...new Set(WORDS[lang].flat())].sort();
}

/** The measure word of each Chinese noun, and the verb of each English noun (for checks and views). */
export const ZH_CLASSIFIER: Record<string, string> = Object.fromEntries(ZH_ANIMALS.map((a) => [a.noun, a.cl]));
export const EN_VERB: Record<string, string> = Object.fromEntries(EN_ANIMALS.flatMap((a) => [[a.sg, a.verbSg], [a.pl, a.verbPl]]));
export const EN_NOUNS = EN_ANIMALS.flatMap((a) => [a.sg, a.pl]);
export const ZH_NOUNS = ZH_ANIMALS.map((a) => a.noun);

/**
 * A deterministic split of the corpus into train and held-out sentences: every `k`-th
 * sentence (offset `offset`) is held out.
 */
export function splitCorpus<T>(items: readonly T[], k = 5, offset = 2): { train: T[]; heldOut: T[] } {
  return { train: items.filter((_, i) => i % k !== offset), heldOut: items.filter((_, i) => i % k === offset) };
}
