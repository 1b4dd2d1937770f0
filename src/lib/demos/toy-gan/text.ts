import type { Lang } from '$lib/params/schema';

export type HeatKind = 'probability' | 'lsgan' | 'critic';

interface DemoText {
  title: string;
  planeTitle: string;
  real: string;
  fake: string;
  mode: string;
  modeCovered: string;
  arrows: string;
  drawn: string;
  realMean: string;
  fakeMean: string;
  crosshair: string;
  heatExplain: Record<HeatKind, string>;
  heatEnds: Record<HeatKind, [string, string]>;
  showHeat: string;
  showArrows: string;
  showMeans: string;
  viewOptions: string;
  planeIdle: string;
  atIteration: (it: number) => string;
  dRates: (real: string, fake: string) => string;
  modesNow: (k: number, n: number) => string;
  noModes: string;
  means: (real: string, fake: string, dist: string) => string;
  arrowsNow: (n: number, norm: string) => string;
  drawOwn: string;
  drawHelp: string;
  drawLabel: string;
  drawCount: (n: number, min: number) => string;
  addCluster: string;
  undo: string;
  clear: string;
  trainOnDrawing: string;
  drawTools: string;
  fallbackNotice: (min: number) => string;
  crosshairAt: (x: string, y: string, n: number) => string;
  lossTitle: string;
  dLoss: string;
  gLoss: string;
  eqD: string;
  eqG: string;
  lossIdle: string;
  lossCaption: (it: number, d: string, g: string) => string;
  lossEq: (d: string, g: string) => string;
  iterationWord: string;
  lossWord: string;
  coverTitle: string;
  modesCovered: string;
  highQuality: string;
  hqHelp: string;
  modeShareSeries: string;
  hqSeries: string;
  shareWord: string;
  coverIdle: string;
  coverCaption: (it: number, k: number, n: number, hq: string, best: number) => string;
  coverNone: string;
  normHistTitle: string;
  normSeriesTitle: string;
  normMean: string;
  target: string;
  normWord: string;
  countWord: string;
  normIdle: string;
  normCaption: (it: number, mean: string, near: string) => string;
  normSeriesCaption: (it: number, mean: string, first: string) => string;
  live: (it: number, modes: string, d: string, g: string) => string;
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'A toy GAN on the plane',
    planeTitle: "The game on the plane: the discriminator's output and the two sets of points",
    real: 'real data',
    fake: 'generated G(z)',
    mode: 'mode (3-std circle)',
    modeCovered: 'covered mode',
    arrows: 'where G pushes each sample (−∂L_G/∂x)',
    drawn: 'your drawing',
    realMean: 'mean of real points',
    fakeMean: 'mean of generated points',
    crosshair: 'crosshair',
    heatExplain: {
      probability: 'Heat map: D(x), the probability D gives that a point is real.',
      lsgan: "Heat map: D's least-squares score (target 1 for real, 0 for fake).",
      critic: "Heat map: the critic's score, higher = more real (only differences matter)."
    },
    heatEnds: {
      probability: ['D = 0 (“fake”)', 'D = 1 (“real”)'],
      lsgan: ['score 0 (fake target)', 'score 1 (real target)'],
      critic: ['lowest score', 'highest score']
    },
    showHeat: 'heat map',
    showArrows: 'gradient arrows',
    showMeans: 'means',
    viewOptions: 'Show',
    planeIdle: 'Loading the model…',
    atIteration: (it) => `Iteration ${it}.`,
    dRates: (r, f) => `On average D gives the real points ${r} and the generated points ${f}.`,
    modesNow: (k, n) => `${k} of ${n} modes covered.`,
    noModes: 'This data set has no discrete modes.',
    means: (r, f, d) => `Mean of the real points ${r}, of the generated points ${f} (${d} apart).`,
    arrowsNow: (n, norm) => `Arrows on ${n} generated points show where G's gradient moves them, scaled to the longest (gradient norm ${norm}).`,
    drawOwn: 'Draw your own data',
    drawHelp:
      'Click or drag on the plane to add points. Keyboard: focus the plane, move the crosshair with the arrow keys (Shift for bigger steps), press Enter or Space to add a small cluster, Backspace to undo. Then press “Train on my drawing”.',
    drawLabel: 'Drawing area for the real data',
    drawCount: (n, min) => `${n} points drawn${n < min ? ` (at least ${min} needed)` : ''}.`,
    addCluster: 'Add a cluster at the crosshair',
    undo: 'Undo',
    clear: 'Clear',
    trainOnDrawing: 'Train on my drawing',
    drawTools: 'Drawing tools',
    fallbackNotice: (min) => `Fewer than ${min} points drawn, so the GAN is training on the ring. Draw more, then press “Train on my drawing”.`,
    crosshairAt: (x, y, n) => `Crosshair at (${x}, ${y}). ${n} points drawn.`,
    lossTitle: 'Losses of the discriminator and the generator',
    dLoss: 'D loss',
    gLoss: 'G loss',
    eqD: 'D loss if D = ½ everywhere',
    eqG: 'G loss if D = ½ everywhere',
    lossIdle: 'The two losses appear here once training starts.',
    lossCaption: (it, d, g) => `Iteration ${it}: D loss ${d}, G loss ${g}.`,
    lossEq: (d, g) => ` If D output ½ everywhere they would sit at ${d} and ${g} (dashed); neither falls to zero.`,
    iterationWord: 'iteration',
    lossWord: 'loss',
    coverTitle: 'Mode coverage and sample quality over time',
    modesCovered: 'Modes covered',
    highQuality: 'High-quality samples',
    hqHelp: 'share of generated points within 3 standard deviations of a mode',
    modeShareSeries: 'modes covered (share of all)',
    hqSeries: 'high-quality share',
    shareWord: 'share',
    coverIdle: 'Coverage is measured on 2,048 generated points each time the picture updates.',
    coverCaption: (it, k, n, hq, best) =>
      `Iteration ${it}: ${k} of ${n} modes covered; ${hq} of the generated points are high quality (within 3 std of a mode). Most modes covered so far: ${best}.`,
    coverNone: 'Two moons and drawings have no discrete modes, so nothing is counted: judge by eye whether the generated points fill the real shape.',
    normHistTitle: "Critic's gradient norm ‖∇D(x̂)‖ at points between real and generated samples",
    normSeriesTitle: 'Mean gradient norm over time (WGAN-GP pushes it to 1)',
    normMean: 'mean',
    target: 'target 1',
    normWord: 'gradient norm',
    countWord: 'points',
    normIdle: 'The gradient norms appear after the first snapshot.',
    normCaption: (it, m, near) =>
      `Iteration ${it}: mean norm ${m} over 256 interpolates; about ${near} of them lie within 0.25 of the target 1.`,
    normSeriesCaption: (it, m, first) => `Iteration ${it}: mean norm ${m} (it was ${first} at the start).`,
    live: (it, modes, d, g) => `Iteration ${it}. ${modes} D loss ${d}, G loss ${g}.`
  },
  'zh-Hant': {
    title: '平面上的玩具 GAN',
    planeTitle: '平面上的賽局：判別器的輸出與兩組點',
    real: '真實資料',
    fake: '生成的 G(z)',
    mode: '模式（3 個標準差的圓）',
    modeCovered: '已涵蓋的模式',
    arrows: '生成器把每個樣本推往的方向（−∂L_G/∂x）',
    drawn: '你畫的點',
    realMean: '真實點的平均',
    fakeMean: '生成點的平均',
    crosshair: '十字游標',
    heatExplain: {
      probability: '熱圖：D(x)，也就是 D 認為某點是真實資料的機率。',
      lsgan: '熱圖：D 的最小平方分數（真實的目標是 1，假的目標是 0）。',
      critic: '熱圖：評論器（critic）的分數，越高越像真的（只有差值有意義）。'
    },
    heatEnds: {
      probability: ['D = 0（「假的」）', 'D = 1（「真的」）'],
      lsgan: ['分數 0（假的目標）', '分數 1（真的目標）'],
      critic: ['最低分', '最高分']
    },
    showHeat: '熱圖',
    showArrows: '梯度箭頭',
    showMeans: '平均值',
    viewOptions: '顯示',
    planeIdle: '模型載入中…',
    atIteration: (it) => `第 ${it} 次迭代。`,
    dRates: (r, f) => `D 給真實點的平均輸出是 ${r}，給生成點的是 ${f}。`,
    modesNow: (k, n) => `${n} 個模式中涵蓋了 ${k} 個。`,
    noModes: '這個資料集沒有分立的模式。',
    means: (r, f, d) => `真實點的平均為 ${r}，生成點的平均為 ${f}（相距 ${d}）。`,
    arrowsNow: (n, norm) => `${n} 個生成點上的箭頭表示生成器的梯度把它們往哪裡推，長度以最長的一支為準（梯度範數 ${norm}）。`,
    drawOwn: '自己畫資料',
    drawHelp:
      '在平面上點按或拖曳即可加點。鍵盤操作：讓平面取得焦點，用方向鍵移動十字游標（按住 Shift 移得更多），按 Enter 或空白鍵加入一小群點，按 Backspace 復原。畫好後按「用我畫的資料訓練」。',
    drawLabel: '真實資料的繪圖區',
    drawCount: (n, min) => `已畫 ${n} 個點${n < min ? `（至少需要 ${min} 個）` : ''}。`,
    addCluster: '在十字游標處加一群點',
    undo: '復原',
    clear: '清除',
    trainOnDrawing: '用我畫的資料訓練',
    drawTools: '繪圖工具',
    fallbackNotice: (min) => `畫的點少於 ${min} 個，所以 GAN 目前用環形資料訓練。再多畫一些，然後按「用我畫的資料訓練」。`,
    crosshairAt: (x, y, n) => `十字游標在 (${x}, ${y})。已畫 ${n} 個點。`,
    lossTitle: '判別器與生成器的損失',
    dLoss: 'D 的損失',
    gLoss: 'G 的損失',
    eqD: 'D 處處輸出 ½ 時 D 的損失',
    eqG: 'D 處處輸出 ½ 時 G 的損失',
    lossIdle: '開始訓練後，兩條損失曲線會出現在這裡。',
    lossCaption: (it, d, g) => `第 ${it} 次迭代：D 的損失 ${d}，G 的損失 ${g}。`,
    lossEq: (d, g) => `若 D 處處輸出 ½，兩者會停在 ${d} 與 ${g}（虛線）；兩條都不會降到 0。`,
    iterationWord: '迭代次數',
    lossWord: '損失',
    coverTitle: '模式涵蓋與樣本品質隨時間的變化',
    modesCovered: '涵蓋模式數',
    highQuality: '高品質樣本',
    hqHelp: '落在某個模式 3 個標準差之內的生成點比例',
    modeShareSeries: '已涵蓋的模式（占全部的比例）',
    hqSeries: '高品質比例',
    shareWord: '比例',
    coverIdle: '每次畫面更新時，用 2,048 個生成點計算涵蓋情形。',
    coverCaption: (it, k, n, hq, best) =>
      `第 ${it} 次迭代：${n} 個模式中涵蓋了 ${k} 個；生成點中有 ${hq} 是高品質（落在某個模式 3 個標準差之內）。目前為止最多涵蓋 ${best} 個。`,
    coverNone: '雙月形與自己畫的資料沒有分立的模式，所以不計數：請用肉眼判斷生成點是否填滿了真實資料的形狀。',
    normHistTitle: '在真實與生成樣本之間的點上，評論器的梯度範數 ‖∇D(x̂)‖',
    normSeriesTitle: '平均梯度範數隨時間的變化（WGAN-GP 把它推向 1）',
    normMean: '平均',
    target: '目標 1',
    normWord: '梯度範數',
    countWord: '點數',
    normIdle: '第一次快照後會顯示梯度範數。',
    normCaption: (it, m, near) => `第 ${it} 次迭代：256 個內插點的平均範數為 ${m}；約 ${near} 落在目標 1 的 ±0.25 之內。`,
    normSeriesCaption: (it, m, first) => `第 ${it} 次迭代：平均範數 ${m}（一開始是 ${first}）。`,
    live: (it, modes, d, g) => `第 ${it} 次迭代。${modes}D 的損失 ${d}，G 的損失 ${g}。`
  }
};
