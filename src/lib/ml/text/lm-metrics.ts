/**
 * Language-model scores from per-token log-probabilities (natural logs), and distinct-n.
 *
 * - perplexity = exp(-(1/N) sum log p(x_t | x_<t)): the exponentiated mean negative
 *   log-likelihood per token (lower is "less surprised").
 * - seqLogProb = (1/N) sum log p(x_t | x_<t): the length-normalised sequence log-probability
 *   that Guerreiro et al. (2023, "Looking for a Needle in a Haystack", EACL) use to flag
 *   hallucinated translations (low = suspicious). perplexity = exp(-seqLogProb).
 * Both are NaN for an empty list (no tokens, no average).
 *
 * - distinct-n (Li et al. 2016, "A Diversity-Promoting Objective Function for Neural
 *   Conversation Models"): distinct n-grams over all generated n-grams, pooled over the texts.
 *   Li et al. scale by the number of generated tokens instead; both are returned.
 */

export function seqLogProb(tokenLogProbs: number[]): number {
  if (!tokenLogProbs.length) return NaN;
  let s = 0;
  for (const v of tokenLogProbs) s += v;
  return s / tokenLogProbs.length;
}

export function perplexity(tokenLogProbs: number[]): number {
  return Math.exp(-seqLogProb(tokenLogProbs));
}

/** Per-token perplexity exp(-log p): how many equally likely choices the token was worth. */
export function tokenPerplexities(tokenLogProbs: number[]): number[] {
  return tokenLogProbs.map((v) => Math.exp(-v));
}

export interface DistinctN {
  /** Distinct n-grams over all texts. */
  distinct: number;
  /** All n-grams over all texts. */
  total: number;
  /** All tokens over all texts. */
  tokens: number;
  /** distinct / total (0 when there is no n-gram). */
  ratio: number;
  /** distinct / tokens, Li et al.'s scaling (0 when there is no token). */
  perToken: number;
}

export function distinctN(tokenLists: string[][], n: number): DistinctN {
  if (!(Number.isInteger(n) && n >= 1)) throw new Error('distinctN: n must be a positive integer');
  const seen = new Set<string>();
  let total = 0;
  let tokens = 0;
  for (const toks of tokenLists) {
    tokens += toks.length;
    for (let i = 0; i + n <= toks.length; i++) {
      seen.add(toks.slice(i, i + n).join('\u0000'));
      total++;
    }
  }
  return { distinct: seen.size, total, tokens, ratio: total ? seen.size / total : 0, perToken: tokens ? seen.size / tokens : 0 };
}

/** Word tokens for distinct-n: lowercased, split at anything that is not a letter, digit or apostrophe; Han characters count one each. */
export function diversityTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(\p{Script=Han})/gu, ' $1 ')
    .split(/[^\p{L}\p{N}']+/u)
    .filter((t) => t.length > 0);
}
