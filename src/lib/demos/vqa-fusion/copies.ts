/** Which models each experiment trains side by side, and its question mix (no tfjs: the views import it too). */
import type { VqaMix } from '$lib/ml/multimodal/vqa';

export const EXPERIMENTS = ['fusion', 'spatial', 'imbalance', 'attention'] as const;
export type Experiment = (typeof EXPERIMENTS)[number];

export const EXPERIMENT_MIX: Record<Experiment, VqaMix> = { fusion: 'basic', spatial: 'spatial', imbalance: 'caption', attention: 'spatial' };

export type CopyKey = 'text' | 'image' | 'concat' | 'product' | 'cross' | 'crossNoPos' | 'plain' | 'dropout';

export interface CopySpec {
  key: CopyKey;
  fusion: 'text' | 'image' | 'concat' | 'product' | 'cross';
  positions: boolean;
  dropout: boolean;
}

const c = (key: CopyKey, fusion: CopySpec['fusion'], positions = true, dropout = false): CopySpec => ({ key, fusion, positions, dropout });

export function copiesOf(e: Experiment): CopySpec[] {
  switch (e) {
    case 'fusion':
      return [c('text', 'text'), c('image', 'image'), c('concat', 'concat'), c('product', 'product'), c('cross', 'cross')];
    case 'spatial':
      return [c('concat', 'concat'), c('cross', 'cross'), c('crossNoPos', 'cross', false)];
    case 'imbalance':
      return [c('plain', 'concat'), c('dropout', 'concat', true, true)];
    case 'attention':
      return [c('cross', 'cross')];
  }
}
