/**
 * Generated sequence tasks, seeded, plain TypeScript. Every task shares one id layout:
 * 0 <pad>, 1 <bos>, 2 <eos>, 3 <sep>, then the task's symbols. An example is a source and a
 * target sequence (for seq2seq or "source <sep> target" decoding), and, for classification,
 * a label; `align[t]` is the source position target token t comes from, where that is defined.
 *
 *   copy       target = source
 *   reverse    target = source reversed
 *   sort       target = source sorted
 *   previous   target[i] = source[i-1] (target[0] = <bos>): same length, token-level
 *   brackets   label 1 if the brackets ( ) [ ] are balanced and properly nested, else 0
 *   translate  a toy translator: English-like source (det adj? noun verb det adj? noun) to a
 *              made-up target language that puts the verb last and adjectives after nouns
 *              (subject - object - verb), word by word through a fixed lexicon.
 */
import type { Rng } from '$lib/ml/core/random';

export const TASK_PAD = 0;
export const TASK_BOS = 1;
export const TASK_EOS = 2;
export const TASK_SEP = 3;
const FIRST = 4;

export const TASK_NAMES = ['copy', 'reverse', 'sort', 'previous', 'brackets', 'translate'] as const;
export type TaskName = (typeof TASK_NAMES)[number];

export interface TaskExample {
  src: number[];
  tgt: number[];
  label?: number;
  align?: number[];
}

export interface Task {
  name: TaskName;
  /** id -> printable token. */
  vocab: string[];
  /** Vocabulary size (specials included). */
  size: number;
  /** Number of classes for classification tasks (brackets: 2). */
  classes?: number;
  sample(rng: Rng, length?: number): TaskExample;
}

export interface TaskOptions {
  /** Distinct symbols for copy / reverse / sort / previous (default 8). */
  symbols?: number;
  /** Sequence length range [min, max] for random lengths (default [4, 8]). */
  length?: [number, number];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const specials = ['<pad>', '<bos>', '<eos>', '<sep>'];

function symbolTask(name: 'copy' | 'reverse' | 'sort' | 'previous', o: TaskOptions): Task {
  const k = Math.max(2, Math.min(26, o.symbols ?? 8));
  const [lo, hi] = o.length ?? [4, 8];
  const vocab = [...specials, ...LETTERS.slice(0, k).split('')];
  return {
    name,
    vocab,
    size: vocab.length,
    sample(rng, length) {
      const n = length ?? lo + rng.int(hi - lo + 1);
      const src = Array.from({ length: n }, () => FIRST + rng.int(k));
      const idx = src.map((_, i) => i);
      let align: number[];
      if (name === 'copy') align = idx;
      else if (name === 'reverse') align = idx.map((i) => n - 1 - i);
      else if (name === 'sort') align = [...idx].sort((a, b) => src[a] - src[b] || a - b);
      else align = idx.map((i) => i - 1);
      const tgt = align.map((j) => (j < 0 ? TASK_BOS : src[j]));
      return { src, tgt, align };
    }
  };
}

function bracketTask(o: TaskOptions): Task {
  const [lo, hi] = o.length ?? [4, 12];
  const vocab = [...specials, '(', ')', '[', ']'];
  const open = [FIRST, FIRST + 2];
  const close = (t: number) => t + 1;
  const balanced = (seq: number[]) => {
    const stack: number[] = [];
    for (const t of seq) {
      if (open.includes(t)) stack.push(t);
      else if (stack.length === 0 || close(stack.pop()!) !== t) return false;
    }
    return stack.length === 0;
  };
  return {
    name: 'brackets',
    vocab,
    size: vocab.length,
    classes: 2,
    sample(rng, length) {
      const n = Math.max(2, 2 * Math.round((length ?? lo + rng.int(hi - lo + 1)) / 2));
      // A random well-nested sequence of n/2 pairs, then (half the time) one small corruption
      // (a swapped bracket kind or a flipped direction), so negatives look like positives.
      const seq: number[] = [];
      const stack: number[] = [];
      let opens = n / 2;
      while (seq.length < n) {
        if (opens > 0 && (stack.length === 0 || rng.next() < 0.5)) {
          const t = open[rng.int(2)];
          stack.push(t);
          seq.push(t);
          opens--;
        } else seq.push(close(stack.pop()!));
      }
      if (rng.next() < 0.5) {
        const i = rng.int(n);
        const t = seq[i];
        seq[i] = rng.next() < 0.5 ? (open.includes(t) ? close(t) : t - 1) : t >= FIRST + 2 ? t - 2 : t + 2;
      }
      return { src: seq, tgt: [], label: balanced(seq) ? 1 : 0 };
    }
  };
}

/** Toy lexicon: source word -> target word. */
export const TRANSLATE_LEXICON: Record<string, string> = {
  the: 'ka', a: 'ko',
  cat: 'miro', dog: 'wan', bird: 'piyo', fish: 'sakan', cow: 'momo',
  sees: 'mita', chases: 'oru', likes: 'suki', helps: 'tasu',
  big: 'oki', small: 'chi', red: 'aka', old: 'furu'
};
const T_DET = ['the', 'a'];
const T_NOUN = ['cat', 'dog', 'bird', 'fish', 'cow'];
const T_VERB = ['sees', 'chases', 'likes', 'helps'];
const T_ADJ = ['big', 'small', 'red', 'old'];

function translateTask(): Task {
  const words = [...T_DET, ...T_ADJ, ...T_NOUN, ...T_VERB];
  const target = words.map((w) => TRANSLATE_LEXICON[w]);
  const vocab = [...specials, ...words, ...target];
  const id = new Map(vocab.map((w, i) => [w, i]));
  return {
    name: 'translate',
    vocab,
    size: vocab.length,
    sample(rng) {
      // Source: det [adj] noun verb det [adj] noun. Target: det noun [adj] det noun [adj] verb.
      const np = () => {
        const det = T_DET[rng.int(2)];
        const adj = rng.next() < 0.5 ? T_ADJ[rng.int(T_ADJ.length)] : null;
        return { det, adj, noun: T_NOUN[rng.int(T_NOUN.length)] };
      };
      const [s, o] = [np(), np()];
      const verb = T_VERB[rng.int(T_VERB.length)];
      const src: string[] = [];
      const pos: Record<string, number> = {};
      const put = (key: string, w: string) => ((pos[key] = src.length), src.push(w));
      const phrase = (p: ReturnType<typeof np>, tag: string) => {
        put(`${tag}det`, p.det);
        if (p.adj) put(`${tag}adj`, p.adj);
        put(`${tag}noun`, p.noun);
      };
      phrase(s, 's');
      put('verb', verb);
      phrase(o, 'o');
      const order = ['sdet', 'snoun', 'sadj', 'odet', 'onoun', 'oadj', 'verb'].filter((k) => k in pos);
      const align = order.map((k) => pos[k]);
      return { src: src.map((w) => id.get(w)!), tgt: align.map((j) => id.get(TRANSLATE_LEXICON[src[j]])!), align };
    }
  };
}

export function makeTask(name: TaskName, o: TaskOptions = {}): Task {
  switch (name) {
    case 'brackets':
      return bracketTask(o);
    case 'translate':
      return translateTask();
    default:
      return symbolTask(name, o);
  }
}

/**
 * A decoder-only view of an example: <bos> src <sep> tgt <eos>, with a loss weight of 1 on
 * the positions whose NEXT token is a target token (or <eos>), padded to `len`.
 * Returns input (length len) and target (the next token at each position).
 */
export function asPromptAndAnswer(ex: TaskExample, len: number): { input: number[]; target: number[]; weight: number[] } {
  const seq = [TASK_BOS, ...ex.src, TASK_SEP, ...ex.tgt, TASK_EOS];
  const start = ex.src.length + 1; // index of <sep>: predicts tgt[0]
  const input: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < len; i++) {
    input.push(i < seq.length ? seq[i] : TASK_PAD);
    target.push(i + 1 < seq.length ? seq[i + 1] : TASK_PAD);
    weight.push(i >= start && i + 1 < seq.length ? 1 : 0);
  }
  return { input, target, weight };
}
