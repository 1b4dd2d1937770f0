import type { Lang } from '$lib/params/schema';
import type { RunKind } from './trainer';

interface DemoText {
  title: string;
  runs: Record<RunKind, string>;
  mapTitle: string;
  mapHeading: Record<RunKind, (v: string) => string>;
  mapIdle: string;
  mapCaption: (step: number, parts: string) => string;
  shade: string;
  real: string;
  fake: string;
  blownUp: string;
  rangeWord: string;
  normTitle: string;
  normIdle: string;
  normCaption: (step: number, parts: string) => string;
  targetWord: string;
  histTitle: string;
  histIdle: string;
  histCaption: (parts: string) => string;
  iterationWord: string;
  normWord: string;
  countWord: string;
  tableRun: string;
  tableMean: string;
  tableDist: string;
  tableRange: string;
  tableWeights: string;
  tableModes: string;
  weightsNote: (share: string, c: string) => string;
  /** Separators: between list items, between groups, after a name. */
  sep: { list: string; group: string; colon: string };
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'Vanilla GAN, weight-clipped WGAN and WGAN-GP, side by side',
    runs: { gan: 'vanilla GAN', clip: 'WGAN, weight clipping', gp: 'WGAN-GP' },
    mapTitle: 'What each critic sees: its surface, real points (dots) and generated points (crosses)',
    mapHeading: {
      gan: () => 'Vanilla GAN: D’s P(real)',
      clip: (c) => `WGAN, weights clipped to ±${c}`,
      gp: (l) => `WGAN-GP, λ = ${l}`
    },
    mapIdle:
      'Press Play. The three GANs start from the same weights, see the same data and take the same number of critic steps; only the loss, the optimiser and how the critic is kept in check differ.',
    mapCaption: (s, parts) => `Iteration ${s}. ${parts}.`,
    shade: 'Darker = higher. Each critic map is scaled to its own range (written under it); the vanilla GAN’s map is P(real), from 0 to 1.',
    real: 'real',
    fake: 'generated',
    blownUp: 'blew up and stopped',
    rangeWord: 'range',
    normTitle: 'Gradient norm ‖∇D(x̂)‖ at interpolates x̂ between real and generated points (mean, log scale)',
    normIdle: 'The mean gradient norm of each critic appears here as training runs. WGAN-GP aims for 1 (dashed).',
    normCaption: (s, parts) => `Iteration ${s}. Mean gradient norm on interpolates: ${parts}.`,
    targetWord: 'target 1',
    histTitle: 'The same gradient norms now, one count per interpolate (log-spaced bins)',
    histIdle: 'A histogram of every interpolate’s gradient norm, per critic, appears here.',
    histCaption: (parts) => `Share of interpolates with a norm between 0.5 and 2: ${parts}.`,
    iterationWord: 'iteration',
    normWord: 'gradient norm',
    countWord: 'interpolates',
    tableRun: 'critic',
    tableMean: 'mean norm',
    tableDist: 'mean |norm − 1|',
    tableRange: 'surface range',
    tableWeights: 'weights at ±c',
    tableModes: 'modes covered',
    weightsNote: (share, c) => `${share} of the clipped critic’s weights sit at ±${c}: clipping pushes them to the extremes, so the critic can only be a very simple function.`,
    sep: { list: ', ', group: '; ', colon: ': ' }
  },
  'zh-Hant': {
    title: '一般 GAN、權重裁剪的 WGAN 與 WGAN-GP 並排比較',
    runs: { gan: '一般 GAN', clip: 'WGAN（權重裁剪）', gp: 'WGAN-GP' },
    mapTitle: '每個評論器眼中的平面：曲面、真實點（圓點）與生成點（叉號）',
    mapHeading: {
      gan: () => '一般 GAN：判別器的 P(真)',
      clip: (c) => `WGAN，權重裁剪到 ±${c}`,
      gp: (l) => `WGAN-GP，λ = ${l}`
    },
    mapIdle: '按下「播放」。三個 GAN 從相同的權重出發，看同一份資料，評論器更新次數也相同；差別只在損失函數、最佳化器，以及如何約束評論器。',
    mapCaption: (s, parts) => `第 ${s} 次迭代。${parts}。`,
    shade: '顏色越深代表分數越高。每張評論器圖各自依自己的範圍上色（範圍寫在圖下）；一般 GAN 的圖是 P(真)，從 0 到 1。',
    real: '真實',
    fake: '生成',
    blownUp: '數值爆掉，已停止',
    rangeWord: '範圍',
    normTitle: '在真實點與生成點之間的內插點 x̂ 上的梯度範數 ‖∇D(x̂)‖（平均值，對數刻度）',
    normIdle: '訓練時，每個評論器的平均梯度範數會顯示在這裡。WGAN-GP 的目標是 1（虛線）。',
    normCaption: (s, parts) => `第 ${s} 次迭代。內插點上的平均梯度範數：${parts}。`,
    targetWord: '目標 1',
    histTitle: '此刻的同一批梯度範數，每個內插點算一次（對數間隔的區間）',
    histIdle: '每個評論器在各內插點上的梯度範數直方圖會顯示在這裡。',
    histCaption: (parts) => `範數介於 0.5 與 2 之間的內插點比例：${parts}。`,
    iterationWord: '迭代次數',
    normWord: '梯度範數',
    countWord: '內插點數',
    tableRun: '評論器',
    tableMean: '平均範數',
    tableDist: '|範數 − 1| 的平均',
    tableRange: '曲面範圍',
    tableWeights: '位於 ±c 的權重',
    tableModes: '涵蓋的模式數',
    weightsNote: (share, c) => `裁剪後的評論器有 ${share} 的權重停在 ±${c}：裁剪把權重推到兩端，評論器因此只能是非常簡單的函數。`,
    sep: { list: '、', group: '；', colon: '：' }
  }
};
