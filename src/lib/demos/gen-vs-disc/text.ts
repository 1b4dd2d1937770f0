import type { Lang } from '$lib/params/schema';

interface DemoText {
  title: string;
  discTitle: string;
  genTitle: string;
  discIdle: string;
  discCaption: (step: number, acc: number, w: [number, number], b: number) => string;
  genCaption: (acc: number, priors: [number, number], m0: string, m1: string) => string;
  noSampling: string;
  sampleButton: string;
  clearButton: string;
  sampleCaption: (n: number, m0: string, m1: string, d0: string, d1: string, share: number) => string;
  layerLabel: string;
  layerPosterior: string;
  layerDensity: string;
  lossTitle: string;
  lossIdle: string;
  lossCaption: (step: number, logistic: number, gaussian: number) => string;
  logisticName: string;
  gaussianName: string;
  class0: string;
  class1: string;
  samplesWord: string;
  boundaryWord: string;
  otherBoundary: string;
  ellipsesWord: string;
  stepWord: string;
  lossWord: string;
  heatPosterior: string;
  heatDensity: string;
}

const f = (v: number) => v.toFixed(2);

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'One data set, two kinds of model',
    discTitle: 'Discriminative: logistic regression',
    genTitle: 'Generative: a Gaussian per class',
    discIdle: 'Press Play to train logistic regression by gradient descent. Before training it says p(y = 1 | x) = 0.5 everywhere.',
    discCaption: (s, a, w, b) => `Step ${s}: p(y = 1 | x) = σ(${f(w[0])}·x₁ + ${f(w[1])}·x₂ + ${f(b)}); training accuracy ${(100 * a).toFixed(1)}%.`,
    genCaption: (a, p, m0, m1) =>
      `Fitted in closed form (maximum likelihood): p(y = 0) = ${f(p[0])}, p(y = 1) = ${f(p[1])}, means ${m0} and ${m1}; rings at 1 and 2 standard deviations. Bayes-rule accuracy ${(100 * a).toFixed(1)}%.`,
    noSampling: 'No “sample” button here: this model only ever learnt p(y | x), so it cannot produce a new x.',
    sampleButton: 'Sample new points',
    clearButton: 'Clear samples',
    sampleCaption: (n, m0, m1, d0, d1, s) =>
      `${n} points drawn from the model (crosses): sample means ${m0} (class 0) and ${m1} (class 1), against data means ${d0} and ${d1}; ${(100 * s).toFixed(0)}% of samples are class 1.`,
    layerLabel: 'Background',
    layerPosterior: 'p(y = 1 | x)',
    layerDensity: 'density p(x)',
    lossTitle: 'Cross-entropy of the labels, −log p(y | x), on the training data',
    lossIdle: 'Press Play. The Gaussian model is fitted at once (flat dashed line); logistic regression (solid) descends towards it. With one covariance per class the Gaussian boundary can curve, so it ends lower when the classes have different shapes; logistic regression, which fits this very quantity, wins when the Gaussian assumptions are wrong.',
    lossCaption: (s, l, g) => `Step ${s}: logistic regression ${l.toFixed(4)}, Gaussian model ${g.toFixed(4)}.`,
    logisticName: 'logistic regression',
    gaussianName: 'Gaussian model (Bayes rule)',
    class0: 'class 0',
    class1: 'class 1',
    samplesWord: 'samples',
    boundaryWord: 'boundary p = 0.5',
    otherBoundary: 'the other model’s boundary (dashed)',
    ellipsesWord: '1σ and 2σ rings',
    stepWord: 'step',
    lossWord: 'cross-entropy (nats)',
    heatPosterior: 'Heat map of p(y = 1 | x): red near 0, blue near 1, white at 0.5.',
    heatDensity: 'Heat map of the fitted density p(x): darker is more likely.'
  },
  'zh-Hant': {
    title: '同一份資料，兩種模型',
    discTitle: '判別模型：邏輯斯迴歸',
    genTitle: '生成模型：每個類別一個高斯分布',
    discIdle: '按下「播放」，以梯度下降訓練邏輯斯迴歸。訓練前，它在每一點都給出 p(y = 1 | x) = 0.5。',
    discCaption: (s, a, w, b) => `第 ${s} 步：p(y = 1 | x) = σ(${f(w[0])}·x₁ + ${f(w[1])}·x₂ + ${f(b)})；訓練準確率 ${(100 * a).toFixed(1)}%。`,
    genCaption: (a, p, m0, m1) =>
      `以封閉解（最大概似估計）一次擬合：p(y = 0) = ${f(p[0])}、p(y = 1) = ${f(p[1])}，平均值 ${m0} 與 ${m1}；橢圓為 1 與 2 個標準差。用貝氏定理分類的準確率 ${(100 * a).toFixed(1)}%。`,
    noSampling: '這裡沒有「取樣」按鈕：這個模型只學了 p(y | x)，無法產生新的 x。',
    sampleButton: '取樣新資料點',
    clearButton: '清除樣本',
    sampleCaption: (n, m0, m1, d0, d1, s) =>
      `從模型抽出的 ${n} 個點（叉號）：樣本平均值 ${m0}（類別 0）與 ${m1}（類別 1），資料平均值為 ${d0} 與 ${d1}；樣本中 ${(100 * s).toFixed(0)}% 屬於類別 1。`,
    layerLabel: '背景',
    layerPosterior: 'p(y = 1 | x)',
    layerDensity: '機率密度 p(x)',
    lossTitle: '訓練資料上標籤的交叉熵 −log p(y | x)',
    lossIdle: '按下「播放」。高斯模型一次就擬合完成（水平虛線）；邏輯斯迴歸（實線）會往它下降。每個類別各有共變異數時，高斯模型的邊界可以彎曲，所以在類別形狀不同時損失較低；若高斯假設不成立，直接最小化這個量的邏輯斯迴歸就會勝出。',
    lossCaption: (s, l, g) => `第 ${s} 步：邏輯斯迴歸 ${l.toFixed(4)}，高斯模型 ${g.toFixed(4)}。`,
    logisticName: '邏輯斯迴歸',
    gaussianName: '高斯模型（貝氏定理）',
    class0: '類別 0',
    class1: '類別 1',
    samplesWord: '樣本',
    boundaryWord: '決策邊界 p = 0.5',
    otherBoundary: '另一個模型的邊界（虛線）',
    ellipsesWord: '1σ 與 2σ 橢圓',
    stepWord: '步數',
    lossWord: '交叉熵（nats）',
    heatPosterior: 'p(y = 1 | x) 的熱圖：接近 0 為紅色，接近 1 為藍色，0.5 為白色。',
    heatDensity: '擬合出的機率密度 p(x) 的熱圖：顏色越深越可能出現。'
  }
};
