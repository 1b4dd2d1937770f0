/**
 * Mixture-of-experts routing on plain numbers: top-k choice, expert capacity with dropped
 * tokens, and the load-balancing loss of the Switch Transformer (W. Fedus, B. Zoph,
 * N. Shazeer, "Switch Transformers", JMLR 2022 / arXiv 2101.03961, section 2.2):
 *
 *   loss = alpha * N * sum_i f_i * P_i                                        (eq. 4)
 *   f_i  = (1/T) sum_x 1{argmax p(x) = i}   fraction of tokens dispatched to i (eq. 5)
 *   P_i  = (1/T) sum_x p_i(x)               fraction of router probability to i (eq. 6)
 *
 * N experts, T tokens, p(x) the router's softmax. It is 1 (times alpha) when both are uniform
 * and grows to N when one expert takes everything. For top-k routing f_i counts all k
 * assignments and is divided by k (so sum_i f_i = 1 still), as GShard's and Mixtral's
 * auxiliary losses count them. Capacity (section 2.2): each expert takes at most
 * floor(capacityFactor * k * T / N) tokens; assignments are served first choices first, in
 * token order, and the rest are dropped (the token then skips that expert).
 * The tfjs model (model.ts) computes the same quantities with tensors and is tested against these.
 */

/** Indices of the k largest entries, largest first (ties: lower index first). */
export function topK(values: ArrayLike<number>, k: number): number[] {
  const idx = Array.from({ length: values.length }, (_, i) => i);
  idx.sort((a, b) => values[b] - values[a] || a - b);
  return idx.slice(0, k);
}

export function softmax(logits: ArrayLike<number>): number[] {
  let m = -Infinity;
  for (let i = 0; i < logits.length; i++) m = Math.max(m, logits[i]);
  const e = Array.from(logits, (v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** Switch expert capacity: floor(capacityFactor * k * tokens / experts), at least 1. */
export function expertCapacity(tokens: number, experts: number, capacityFactor: number, k = 1): number {
  return Math.max(1, Math.floor((capacityFactor * k * tokens) / experts));
}

export interface Dispatch {
  /** assigned[t]: the experts token t chose (top-k, best first). */
  assigned: number[][];
  /** kept[t][r]: whether choice r of token t was served (false: dropped, over capacity). */
  kept: boolean[][];
  /** Tokens served per expert. */
  load: number[];
  /** Assignments dropped for capacity. */
  dropped: number;
}

/** Route T tokens given their router probabilities [T][N]: top-k, then capacity in choice-then-token order. */
export function dispatch(probs: number[][], k: number, capacity: number = Infinity): Dispatch {
  const n = probs[0]?.length ?? 0;
  const assigned = probs.map((p) => topK(p, k));
  const kept = assigned.map((a) => a.map(() => false));
  const load = new Array<number>(n).fill(0);
  let dropped = 0;
  for (let r = 0; r < k; r++) {
    for (let t = 0; t < probs.length; t++) {
      const e = assigned[t][r];
      if (load[e] < capacity) {
        load[e]++;
        kept[t][r] = true;
      } else dropped++;
    }
  }
  return { assigned, kept, load, dropped };
}

export interface BalanceTerms {
  /** f_i: share of the T*k assignments that chose expert i (before capacity). */
  f: number[];
  /** P_i: mean router probability of expert i. */
  P: number[];
  /** N * sum_i f_i P_i (multiply by alpha for the loss term). */
  loss: number;
}

/** The Switch load-balancing term from router probabilities [T][N] (eq. 4-6), top-k assignments counted as above. */
export function loadBalancingLoss(probs: number[][], k = 1): BalanceTerms {
  const T = probs.length;
  const n = probs[0]?.length ?? 0;
  const f = new Array<number>(n).fill(0);
  const P = new Array<number>(n).fill(0);
  for (const p of probs) {
    for (const e of topK(p, k)) f[e] += 1 / (T * k);
    for (let i = 0; i < n; i++) P[i] += p[i] / T;
  }
  let s = 0;
  for (let i = 0; i < n; i++) s += f[i] * P[i];
  return { f, P, loss: n * s };
}

/** Load statistics of a load vector: max share and coefficient of variation (std / mean). */
export function loadStats(load: number[]): { maxShare: number; cv: number } {
  const total = load.reduce((a, b) => a + b, 0);
  if (!total) return { maxShare: 0, cv: 0 };
  const mean = total / load.length;
  const variance = load.reduce((a, b) => a + (b - mean) ** 2, 0) / load.length;
  return { maxShare: Math.max(...load) / total, cv: Math.sqrt(variance) / mean };
}
