/**
 * Byte-pair encoding, learned merge by merge (Sennrich, Haddow & Birch 2016, "Neural Machine
 * Translation of Rare Words with Subword Units", Algorithm 1).
 *
 * A vocabulary maps a word written as space-separated symbols to its count
 * (`{ 'l o w </w>': 5 }`); the end-of-word marker is whatever the caller put in the symbols
 * (a separate `</w>` as in the paper, or attached `w</w>` as in subword-nmt). Each merge
 * joins the most frequent adjacent pair (count-weighted, overlapping occurrences all counted)
 * everywhere it stands, left to right, without overlaps.
 *
 * Ties between equally frequent pairs:
 * - 'first' (default): the pair met first when scanning the words in insertion order, each
 *   left to right. This is what Algorithm 1 does under Python 3 (`max(pairs, key=pairs.get)`
 *   over a dict that keeps insertion order).
 * - 'largest': the lexicographically largest (left, right) pair, compared by code point as
 *   Python compares strings. This is subword-nmt's learn_bpe (`max(stats, key=lambda x:
 *   (stats[x], x))`).
 *
 * When a merge turns two different entries into the same string their counts are added
 * (subword-nmt keeps them as two entries, so its pair counts are the same sums).
 */

export type Merge = [left: string, right: string, frequency: number];
export type TieBreak = 'first' | 'largest';

export interface BpeOptions {
  /** Stop when the best pair's frequency is below this (default 2, as subword-nmt). */
  minFrequency?: number;
  tieBreak?: TieBreak;
}

/** Compare two strings by Unicode code point (Python's order), not by UTF-16 unit. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++; // both are the same astral character: skip its low surrogate
  }
  return a.length - b.length;
}

/** Symbols of a space-separated word (empty symbols from repeated spaces are dropped). */
export function symbolsOf(word: string): string[] {
  return word.split(' ').filter((s) => s !== '');
}

/** Join every adjacent (left, right) in `symbols`, left to right, without overlaps. */
export function mergeSymbols(symbols: readonly string[], left: string, right: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < symbols.length) {
    if (i < symbols.length - 1 && symbols[i] === left && symbols[i + 1] === right) {
      out.push(left + right);
      i += 2;
    } else {
      out.push(symbols[i]);
      i += 1;
    }
  }
  return out;
}

interface PairStat {
  left: string;
  right: string;
  count: number;
}

/** Count-weighted adjacent-pair frequencies, in first-met order (Map keeps insertion order). */
export function pairStats(words: readonly (readonly string[])[], counts: readonly number[]): Map<string, PairStat> {
  const stats = new Map<string, PairStat>();
  for (let w = 0; w < words.length; w++) {
    const s = words[w];
    for (let i = 0; i < s.length - 1; i++) {
      // A space never occurs inside a symbol, so it separates the two halves of the key.
      const key = s[i] + ' ' + s[i + 1];
      const e = stats.get(key);
      if (e) e.count += counts[w];
      else stats.set(key, { left: s[i], right: s[i + 1], count: counts[w] });
    }
  }
  return stats;
}

function better(a: PairStat, best: PairStat | null, tieBreak: TieBreak): boolean {
  if (!best || a.count > best.count) return true;
  if (a.count < best.count || tieBreak === 'first') return false;
  const c = compareCodePoints(a.left, best.left);
  return c > 0 || (c === 0 && compareCodePoints(a.right, best.right) > 0);
}

/**
 * The learner as a stepper: `step()` performs one merge (or returns null when it stops), and
 * `vocab()` is the state after the merges so far. `learnBpe` runs it to the end.
 */
export class BpeLearner {
  readonly merges: Merge[] = [];
  private words: string[][];
  private counts: number[];
  private stopped = false;
  private readonly minFrequency: number;
  private readonly tieBreak: TieBreak;

  /** A Map keeps insertion order for every key; a plain object puts integer-like keys first. */
  constructor(vocab: Record<string, number> | Map<string, number>, options: BpeOptions = {}) {
    this.minFrequency = options.minFrequency ?? 2;
    this.tieBreak = options.tieBreak ?? 'first';
    const merged = new Map<string, number>();
    for (const [word, count] of vocab instanceof Map ? vocab : Object.entries(vocab)) {
      const key = symbolsOf(word).join(' ');
      merged.set(key, (merged.get(key) ?? 0) + count);
    }
    this.words = [...merged.keys()].map(symbolsOf);
    this.counts = [...merged.values()];
  }

  /** True once a step found no pair at or above minFrequency. */
  get done(): boolean {
    return this.stopped;
  }

  /** The best pair now, without merging it (null when none reaches minFrequency). */
  peek(): Merge | null {
    if (this.stopped) return null;
    let best: PairStat | null = null;
    for (const p of pairStats(this.words, this.counts).values()) if (better(p, best, this.tieBreak)) best = p;
    if (!best || best.count < this.minFrequency) return null;
    return [best.left, best.right, best.count];
  }

  /** One merge: the merge performed, or null when the learner stops. */
  step(): Merge | null {
    const m = this.peek();
    if (!m) {
      this.stopped = true;
      return null;
    }
    const [left, right] = m;
    // Merge every word; words that become equal are folded together (counts added),
    // keeping the position of the first, as a Python dict assignment does.
    const next = new Map<string, { symbols: string[]; count: number }>();
    for (let w = 0; w < this.words.length; w++) {
      const symbols = mergeSymbols(this.words[w], left, right);
      const key = symbols.join(' ');
      const e = next.get(key);
      if (e) e.count += this.counts[w];
      else next.set(key, { symbols, count: this.counts[w] });
    }
    this.words = [...next.values()].map((e) => e.symbols);
    this.counts = [...next.values()].map((e) => e.count);
    this.merges.push(m);
    return m;
  }

  /** The vocabulary after the merges so far, in the space-separated form. */
  vocab(): Record<string, number> {
    const out: Record<string, number> = {};
    this.words.forEach((s, i) => (out[s.join(' ')] = this.counts[i]));
    return out;
  }

  /** The current segmentation of every word (copies). */
  segmentations(): { symbols: string[]; count: number }[] {
    return this.words.map((s, i) => ({ symbols: [...s], count: this.counts[i] }));
  }
}

/**
 * Learn up to `numMerges` BPE merges from `vocab`. Returns the merges with the frequency
 * each had when it was chosen, and the vocabulary after the last merge.
 */
export function learnBpe(
  vocab: Record<string, number>,
  numMerges: number,
  options?: { minFrequency?: number; tieBreak?: 'first' | 'largest' }
): { merges: [left: string, right: string, frequency: number][]; vocab: Record<string, number> } {
  const learner = new BpeLearner(vocab, options);
  for (let i = 0; i < numMerges; i++) if (!learner.step()) break;
  return { merges: learner.merges.map((m) => [...m] as Merge), vocab: learner.vocab() };
}

/**
 * The state after the first `k` of `merges`, replayed on `vocab` in order (each merge joins
 * every occurrence in every word): what the learner held after k steps.
 */
export function replayMerges(vocab: Record<string, number>, merges: readonly (readonly [string, string, ...unknown[]])[], k = merges.length): Record<string, number> {
  let state = new Map<string, number>();
  for (const [w, c] of Object.entries(vocab)) {
    const key = symbolsOf(w).join(' ');
    state.set(key, (state.get(key) ?? 0) + c);
  }
  for (const [left, right] of merges.slice(0, Math.max(0, k))) {
    const next = new Map<string, number>();
    for (const [w, c] of state) {
      const key = mergeSymbols(symbolsOf(w), left, right).join(' ');
      next.set(key, (next.get(key) ?? 0) + c);
    }
    state = next;
  }
  return Object.fromEntries(state);
}
