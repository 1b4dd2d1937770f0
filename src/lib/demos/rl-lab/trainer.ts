/**
 * rl-lab (llm-17, llm-10): one folder, two experiments on the same tiny letter policy
 * (`policy.ts`). Modes 'baseline' and 'hacking' train two REINFORCE copies side by side
 * (`reinforce.ts`); mode 'rlhf' runs preferences -> Bradley-Terry reward model -> KL-penalised
 * policy optimisation (`rlhf.ts`).
 */
import type { Trainer } from '$lib/ml/core/trainer';
import { createReinforceTrainer } from './reinforce';
import { createRlhfTrainer } from './rlhf';
import type { RlParams, RlSnapshot } from './types';

export function createRlTrainer(p: RlParams, seed: number): Trainer<RlParams, RlSnapshot> {
  return p.mode === 'rlhf' ? createRlhfTrainer(p, seed) : createReinforceTrainer(p, seed);
}

export default createRlTrainer;
