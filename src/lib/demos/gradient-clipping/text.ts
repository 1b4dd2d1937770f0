import type { Lang } from '$lib/params/schema';
import type { RunKind } from './trainer';

interface DemoText {
  title: string;
  runs: Record<RunKind, string>;
  surfaceTitle: string;
  surfaceIdle: string;
  surfaceNow: (step: number) => string;
  offMap: string;
  start: string;
  normTitle: string;
  normIdle: string;
  normCaption: (step: number, parts: string) => string;
  rawWord: string;
  appliedWord: string;
  thresholdWord: string;
  stepWord: string;
  normWord: string;
  tableRun: string;
  tableMaxStep: string;
  tableMaxNorm: string;
  tableLoss: string;
  bound: (lr: string, c: string, b: string) => string;
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'Gradient clipping at a cliff',
    runs: { none: 'no clipping', value: 'clip by value', norm: 'clip by global norm' },
    surfaceTitle: 'Loss surface (darker = higher) and the three trajectories',
    surfaceIdle:
      'A valley slopes gently down to the right into a steep wall. Press Play: three copies of plain SGD start at the cross with the same gradient noise; only the clipping differs.',
    surfaceNow: (s) => `Step ${s}. Positions:`,
    offMap: 'off the map',
    start: 'start',
    normTitle: 'Gradient norm per step (log scale): before clipping (solid) and as applied (dashed)',
    normIdle: 'The gradient norm of each run appears here, one point per step.',
    normCaption: (s, parts) => `Step ${s}. Largest gradient norm so far: ${parts}.`,
    rawWord: 'before clipping',
    appliedWord: 'applied',
    thresholdWord: 'threshold c',
    stepWord: 'step',
    normWord: 'gradient norm',
    tableRun: 'run',
    tableMaxStep: 'longest single step',
    tableMaxNorm: 'largest gradient norm',
    tableLoss: 'loss now',
    bound: (lr, c, b) => `With clipping by norm no step can be longer than η × c = ${lr} × ${c} = ${b}.`
  },
  'zh-Hant': {
    title: '懸崖邊的梯度裁剪',
    runs: { none: '不裁剪', value: '依數值裁剪', norm: '依全域範數裁剪' },
    surfaceTitle: '損失曲面（越深越高）與三條軌跡',
    surfaceIdle: '一條山谷緩緩向右下降，盡頭是一道陡峭的牆。按下「播放」：三份純 SGD 從十字記號出發，梯度雜訊相同，唯一的差別是裁剪方式。',
    surfaceNow: (s) => `第 ${s} 步。目前位置：`,
    offMap: '已飛出圖外',
    start: '起點',
    normTitle: '每一步的梯度範數（對數刻度）：裁剪前（實線）與實際套用（虛線）',
    normIdle: '每個執行的梯度範數會顯示在這裡，每一步一個點。',
    normCaption: (s, parts) => `第 ${s} 步。目前為止最大的梯度範數：${parts}。`,
    rawWord: '裁剪前',
    appliedWord: '實際套用',
    thresholdWord: '門檻 c',
    stepWord: '步數',
    normWord: '梯度範數',
    tableRun: '執行',
    tableMaxStep: '單步最長位移',
    tableMaxNorm: '最大梯度範數',
    tableLoss: '目前損失',
    bound: (lr, c, b) => `依範數裁剪時，任何一步都不會超過 η × c = ${lr} × ${c} = ${b}。`
  }
};
