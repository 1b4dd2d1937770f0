/**
 * Two small tokenisers with a fixed vocabulary built from a corpus, plain TypeScript.
 *
 * - CharTokenizer: one token per Unicode code point.
 * - WordTokenizer: lower-cased English words and punctuation; runs of Chinese characters are
 *   split by forward maximum matching against the vocabulary's words (the classic dictionary
 *   segmentation: take the longest known word at each point), so "一隻小貓" becomes
 *   一 / 隻 / 小 / 貓 when those are the known words.
 *
 * Both share five special tokens at ids 0-4. Text the vocabulary does not cover becomes
 * <unk> (its surface form is kept by tokenize(), so a view can show what was unknown).
 */
export const SPECIALS = ['<pad>', '<unk>', '<bos>', '<eos>', '<mask>'] as const;
export const PAD = 0;
export const UNK = 1;
export const BOS = 2;
export const EOS = 3;
export const MASK = 4;

export interface Tokenizer {
  readonly kind: 'char' | 'word';
  /** id -> token (specials first). */
  readonly vocab: readonly string[];
  readonly size: number;
  /** The pieces of the text as they will be encoded (unknown pieces kept as written). */
  tokenize(text: string): string[];
  /** Ids of tokenize(text); unknown pieces become UNK. */
  encode(text: string): number[];
  /** Text of ids (specials other than <unk> and <mask> dropped unless `keepSpecials`). */
  decode(ids: readonly number[], keepSpecials?: boolean): string;
  /** Id of a token, or UNK. */
  id(token: string): number;
  /** Whether a piece is in the vocabulary. */
  known(piece: string): boolean;
}

abstract class Base implements Tokenizer {
  abstract readonly kind: 'char' | 'word';
  readonly vocab: readonly string[];
  private readonly index: Map<string, number>;
  constructor(tokens: Iterable<string>) {
    const uniq = [...new Set(tokens)].filter((t) => !(SPECIALS as readonly string[]).includes(t)).sort();
    this.vocab = [...SPECIALS, ...uniq];
    this.index = new Map(this.vocab.map((t, i) => [t, i]));
  }
  get size(): number {
    return this.vocab.length;
  }
  id(token: string): number {
    return this.index.get(token) ?? UNK;
  }
  known(piece: string): boolean {
    return this.index.has(piece);
  }
  abstract tokenize(text: string): string[];
  encode(text: string): number[] {
    return this.tokenize(text).map((t) => this.id(t));
  }
  protected pieces(ids: readonly number[], keepSpecials: boolean): string[] {
    return ids
      .filter((i) => keepSpecials || i === UNK || i === MASK || i >= SPECIALS.length)
      .map((i) => this.vocab[i] ?? SPECIALS[UNK]);
  }
  abstract decode(ids: readonly number[], keepSpecials?: boolean): string;
}

export class CharTokenizer extends Base {
  readonly kind = 'char' as const;
  constructor(texts: readonly string[]) {
    super(texts.flatMap((t) => Array.from(t)));
  }
  tokenize(text: string): string[] {
    return Array.from(text);
  }
  decode(ids: readonly number[], keepSpecials = false): string {
    return this.pieces(ids, keepSpecials).join('');
  }
}

const HAN = /\p{Script=Han}/u;
const WORD_RE = /\p{Script=Han}+|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|<[a-z]+>|[^\s\p{L}\p{N}]/gu;

export class WordTokenizer extends Base {
  readonly kind = 'word' as const;
  private readonly longest: number;
  /** `words`: every word of the vocabulary (e.g. the corpus's words, Chinese pre-segmented). */
  constructor(words: Iterable<string>) {
    const list = [...words].map((w) => w.toLowerCase());
    super(list);
    this.longest = Math.max(1, ...list.filter((w) => HAN.test(w)).map((w) => Array.from(w).length));
  }
  tokenize(text: string): string[] {
    const out: string[] = [];
    for (const m of text.toLowerCase().matchAll(WORD_RE)) {
      const piece = m[0];
      if (HAN.test(piece[0])) out.push(...this.segment(Array.from(piece)));
      else out.push(piece);
    }
    return out;
  }
  /** Forward maximum matching: the longest known word at each point, else one character. */
  private segment(chars: string[]): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < chars.length) {
      let len = Math.min(this.longest, chars.length - i);
      while (len > 1 && !this.known(chars.slice(i, i + len).join(''))) len--;
      out.push(chars.slice(i, i + len).join(''));
      i += len;
    }
    return out;
  }
  decode(ids: readonly number[], keepSpecials = false): string {
    let s = '';
    for (const p of this.pieces(ids, keepSpecials)) {
      const cjk = HAN.test(p[0]);
      const prevCjk = s.length > 0 && HAN.test(s[s.length - 1]);
      s += s.length === 0 || (cjk && prevCjk) || /^[^\p{L}\p{N}<]/u.test(p) ? p : ` ${p}`;
    }
    return s;
  }
}

/** Tokens of a sentence framed for a model: <bos> ids <eos>, cut or padded (with <pad>) to `len`. */
export function frame(ids: readonly number[], len: number, { bos = true, eos = true } = {}): number[] {
  const seq = [...(bos ? [BOS] : []), ...ids, ...(eos ? [EOS] : [])].slice(0, len);
  while (seq.length < len) seq.push(PAD);
  return seq;
}
