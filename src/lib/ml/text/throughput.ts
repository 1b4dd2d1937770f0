/**
 * Throughput of the text metrics, for `npm run bench`: corpus BLEU and ROUGE-1/2/L over
 * `sentences` generated hypothesis / reference pairs (seeded word salad from a fixed word list,
 * 8-30 words each, references sharing about 60 % of the hypothesis' words). Plain TypeScript,
 * runs in node or a browser; the clock is injectable.
 */
import { Rng } from '../core/random';
import { corpusBleu } from './bleu';
import { rougeScore } from './rouge';

const WORDS = (
  'the a of to and in is it that for on with as was at by an be this from or are have not but had they his her ' +
  'model language train data token text score metric reference candidate sentence word cat dog mat sat ran fast slow ' +
  'quick brown fox jumps over lazy river bank money loan network layer weight gradient learning rate loss value'
).split(' ');

export function makeSentencePairs(n: number, seed = 1): { hyps: string[]; refs: string[] } {
  const rng = new Rng(seed);
  const hyps: string[] = [];
  const refs: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = 8 + rng.int(23);
    const h = Array.from({ length: len }, () => WORDS[rng.int(WORDS.length)]);
    const r = h.map((w) => (rng.next() < 0.6 ? w : WORDS[rng.int(WORDS.length)]));
    if (rng.next() < 0.5) r.splice(rng.int(r.length), 0, WORDS[rng.int(WORDS.length)]);
    hyps.push(h.join(' ') + '.');
    refs.push(r.join(' ') + '.');
  }
  return { hyps, refs };
}

export interface TextThroughput {
  sentences: number;
  bleuSentencesPerSecond: number;
  rougeSentencesPerSecond: number;
  /** Corpus BLEU and mean ROUGE-L F of the generated corpus (so the work cannot be optimised away). */
  bleu: number;
  rougeL: number;
}

/**
 * Time corpusBleu over all pairs (one call) and rougeScore (rouge1, rouge2, rougeL) pair by
 * pair, each at least `minMs` (repeating whole passes), and report sentences per second.
 */
export function measureTextThroughput(
  { sentences = 1000, seed = 1, minMs = 300, now = () => performance.now() }: { sentences?: number; seed?: number; minMs?: number; now?: () => number } = {}
): TextThroughput {
  const { hyps, refs } = makeSentencePairs(sentences, seed);
  const time = (pass: () => void): number => {
    let passes = 0;
    const t0 = now();
    do {
      pass();
      passes++;
    } while (now() - t0 < minMs);
    return (passes * sentences) / ((now() - t0) / 1000);
  };
  let bleu = 0;
  let rougeL = 0;
  const bleuRate = time(() => {
    bleu = corpusBleu(hyps, [refs]).score;
  });
  const rougeRate = time(() => {
    let s = 0;
    for (let i = 0; i < sentences; i++) s += rougeScore(refs[i], hyps[i], ['rouge1', 'rouge2', 'rougeL']).rougeL.fmeasure;
    rougeL = s / sentences;
  });
  return { sentences, bleuSentencesPerSecond: bleuRate, rougeSentencesPerSecond: rougeRate, bleu, rougeL };
}
