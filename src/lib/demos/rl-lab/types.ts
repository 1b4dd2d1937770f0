/** Parameters and snapshots of the rl-lab demo (plain data, shared by the trainers and views). */
export type Mode = 'baseline' | 'hacking' | 'rlhf';
export type Taste = 'vowels' | 'short';

export interface RlParams {
  mode: Mode;
  /** The word the REINFORCE task asks for (letters A-F). */
  target: string;
  /** Flawed reward: extra reward per letter (live). */
  lengthBonus: number;
  /** A constant added to every reward (live). */
  rewardOffset: number;
  batch: number;
  /** Policy learning rate (live). */
  lr: number;
  /** RLHF: weight of the KL penalty to the reference policy (live). */
  beta: number;
  /** RLHF: simulated preference pairs the reward model is fitted on. */
  pairs: number;
  /** RLHF: the simulated labeller's hidden taste. */
  taste: Taste;
  /** RLHF: the reader's own judgements, [preferred, rejected] answers (live, only grows). */
  humanPairs?: [string, string][];
}

export interface TopAnswer {
  text: string;
  share: number;
}

export interface CopyHistory {
  trueReward: number[];
  /** The reward the copy is trained on (equals trueReward unless it is the flawed copy). */
  reward: number[];
  length: number[];
  variance: number[];
}

export interface ReinforceSnapshot {
  kind: 'reinforce';
  mode: Mode;
  step: number;
  target: string;
  steps: number[];
  copies: Record<'a' | 'b', { top: TopAnswer[]; history: CopyHistory }>;
  /** Copy b's batches scored without subtracting the baseline (same samples, same policy). */
  varianceNoBaselineSameBatch: number[];
}

export interface RlhfAnswer extends TopAnswer {
  /** Reward-model score and the labeller's hidden utility of this answer. */
  rm: number;
  taste: number;
}

export interface RlhfSnapshot {
  kind: 'rlhf';
  step: number;
  warmup: number;
  steps: number[];
  history: { rmAccuracy: number[]; rmReward: number[]; taste: number[]; kl: number[] };
  /** Exact KL(policy || reference) now, and the reference's mean hidden utility. */
  kl: number;
  referenceTaste: number;
  rmAccuracy: number;
  pairsUsed: number;
  humanPairs: number;
  top: RlhfAnswer[];
  referenceTop: RlhfAnswer[];
  /** Two fresh answers from the current policy for the reader to judge. */
  judge: [string, string];
}

export type RlSnapshot = ReinforceSnapshot | RlhfSnapshot;
