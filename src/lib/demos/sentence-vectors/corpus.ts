/**
 * The sentence-vectors demo's own small English corpus (written for this project): who-does-
 * what-to-whom sentences, where word order carries the meaning, and two ambiguous words,
 * "bank" (river / money) and "bat" (animal / sport), each in contexts of both senses.
 * Sentences are produced from templates with a seeded Rng (plain TS).
 */
import { Rng } from '$lib/ml/core/random';

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)];

const AGENTS = ['dog', 'man', 'cat', 'woman', 'boy', 'girl'] as const;
const ACTIONS = ['bites', 'sees', 'chases', 'likes', 'helps', 'follows'] as const;

type Template = (rng: Rng) => string;
/** Per ambiguous word, per sense: templates. */
export const SENSES: Record<string, Record<string, Template[]>> = {
  bank: {
    river: [
      (r) => `the ${pick(r, ['boat', 'duck', 'frog', 'fish'])} ${pick(r, ['rests', 'swims', 'waits'])} by the river bank`,
      (r) => `we ${pick(r, ['sat', 'walked', 'rested'])} on the ${pick(r, ['muddy', 'green', 'grassy'])} bank of the river`,
      (r) => `the water ${pick(r, ['floods', 'reaches', 'covers'])} the ${pick(r, ['muddy', 'green', 'grassy'])} bank`
    ],
    money: [
      (r) => `the bank ${pick(r, ['lends', 'keeps', 'counts'])} ${pick(r, ['money', 'cash', 'gold'])} for the town`,
      (r) => `she ${pick(r, ['puts', 'saves', 'keeps'])} her ${pick(r, ['money', 'cash', 'gold'])} in the bank`,
      (r) => `he ${pick(r, ['works', 'waits', 'pays'])} at the bank in town`
    ]
  },
  bat: {
    animal: [
      (r) => `the bat ${pick(r, ['flies', 'sleeps', 'hunts'])} in the ${pick(r, ['cave', 'night', 'dark'])}`,
      (r) => `a ${pick(r, ['small', 'brown', 'tiny'])} bat ${pick(r, ['eats', 'catches'])} insects at night`
    ],
    sport: [
      (r) => `he ${pick(r, ['hits', 'strikes'])} the ball with a ${pick(r, ['wooden', 'heavy', 'new'])} bat`,
      (r) => `the player ${pick(r, ['holds', 'drops', 'swings'])} the bat and ${pick(r, ['runs', 'waits'])}`
    ]
  }
};

/** `n` training sentences: half subject-verb-object, half ambiguous-word contexts. */
export function trainingSentences(n: number, seed: number): string[] {
  const rng = new Rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      const a = pick(rng, AGENTS);
      let b = pick(rng, AGENTS);
      while (b === a) b = pick(rng, AGENTS);
      out.push(`${rng.next() < 0.5 ? 'the ' : ''}${a} ${pick(rng, ACTIONS)} ${rng.next() < 0.5 ? 'the ' : ''}${b}`);
    } else {
      const senses = SENSES[pick(rng, Object.keys(SENSES))];
      out.push(pick(rng, senses[pick(rng, Object.keys(senses))])(rng));
    }
  }
  return out;
}

/** Every word any template can produce (the model's vocabulary), sorted. */
export function corpusVocabulary(): string[] {
  const words = new Set<string>();
  for (const s of trainingSentences(4000, 1)) for (const w of s.split(' ')) words.add(w);
  return [...words].sort();
}
