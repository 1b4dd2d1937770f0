import type { Lang } from '$lib/params/schema';

export type MatrixName = 'x' | 'q' | 'k' | 'v';
export type TaskName = 'reverse' | 'previous' | 'twin';

const f = (v: number, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : '—');
const pct = (v: number) => `${(100 * v).toFixed(0)}%`;

interface DemoText {
  title: string;
  exploreNote: string;
  toLearn: string;
  learnNote: string;
  toExplore: string;
  tokensTitle: string;
  tokensHelp: string;
  noTokens: string;
  truncated: (n: number) => string;
  matrixPicker: string;
  matrixNames: Record<MatrixName, string>;
  matrixRoles: Record<MatrixName, string>;
  matrixCaption: (name: string, n: number, d: number, tok: string, row: string) => string;
  scoresTitle: string;
  scoresCaption: (scale: string, how: string, lo: number, hi: number, sd: number, causal: boolean) => string;
  scaledHow: (dk: number, t: number) => string;
  unscaledHow: (t: number) => string;
  weightsTitle: string;
  weightsCaption: (meanMax: number, uniMax: number, entropy: number, uniH: number, tok: string, top: string, topW: number) => string;
  weightsHelp: string;
  rowTitle: (tok: string) => string;
  barsLabel: (tok: string, sum: number) => string;
  maskedWord: string;
  outputTitle: (tok: string) => string;
  sumRow: string;
  outputCaption: (tok: string, n: number, vec: string, err: number) => string;
  satTitle: string;
  satScaled: string;
  satUnscaled: string;
  satUniform: string;
  satCaption: (dk: number, scaled: number, unscaled: number, uniform: number, seeds: number) => string;
  satNow: (mm: number, dk: number, scaled: boolean) => string;
  dkWord: string;
  meanMaxWord: string;
  tasks: Record<TaskName, string>;
  loading: string;
  learnedTitle: string;
  learnedCaption: (step: number, tw: number, uniform: number, acc: number) => string;
  learnedIdle: (uniform: number) => string;
  targetTitle: string;
  targetCaption: string;
  tableCaption: string;
  cols: { pos: string; token: string; expected: string; predicted: string };
  lossTitle: string;
  lossCaption: (step: number, train: number, heldOut: number) => string;
  lossIdle: string;
  twTitle: string;
  twCaption: (step: number, tw: number, uniform: number) => string;
  twIdle: string;
  readout: { tw: string; acc: string; loss: string; uniform: string };
  stepWord: string;
  lossWord: string;
  weightWord: string;
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'Self-attention, step by step',
    exploreNote: 'Everything below is computed directly from your sentence; nothing trains in this mode. Press Play to switch to learn mode and train a small attention head.',
    toLearn: 'Switch to learn mode',
    learnNote: 'A single attention head (no residual path) learns a toy task; press Play and watch its weights reorganise.',
    toExplore: 'Back to exploring a sentence',
    tokensTitle: 'Tokens',
    tokensHelp: 'Pick a token (click, or Tab to it and press Enter) to follow it through the head.',
    noTokens: 'Type a sentence in the Sentence box below to see its tokens.',
    truncated: (n) => `Only the first ${n} tokens are used.`,
    matrixPicker: 'Show matrix',
    matrixNames: { x: 'X (token vectors)', q: 'Q = X Wᵠ (queries)', k: 'K = X Wᴷ (keys)', v: 'V = X Wⱽ (values)' },
    matrixRoles: {
      x: 'Each token’s vector: a fixed random embedding, so the same word always gets the same vector.',
      q: 'What each token is looking for.',
      k: 'What each token offers to be matched on.',
      v: 'What each token passes on when it is attended to.'
    },
    matrixCaption: (name, n, d, tok, row) => `${name}: ${n} ${n === 1 ? 'row' : 'rows'} (one per token) × ${d} columns. Row “${tok}”: ${row}.`,
    scoresTitle: 'Scores = Q Kᵀ × scale',
    scoresCaption: (scale, how, lo, hi, sd, causal) =>
      `Each score is a query·key dot product times ${scale} (${how}). Scores run from ${f(lo)} to ${f(hi)}, standard deviation ${f(sd)}.` +
      (causal ? ' Entries above the diagonal (a key after its query) are −∞ and shown empty.' : ''),
    scaledHow: (dk, t) => `1/√${dk} ÷ temperature ${f(t)}`,
    unscaledHow: (t) => `no √d_k scaling, ÷ temperature ${f(t)}`,
    weightsTitle: 'Attention weights = softmax of each score row',
    weightsCaption: (mm, um, h, uh, tok, top, w) =>
      `Rows are queries, columns keys; every row sums to 1. Mean largest weight per row ${f(mm, 3)} (uniform rows would give ${f(um, 3)}, one-hot 1); mean entropy ${f(h)} nats (uniform ${f(uh)}). “${tok}” attends most to “${top}” (${f(w, 3)}).`,
    weightsHelp: 'Colour follows √weight so small weights stay visible. Hover a cell for its exact value; click a row or focus it and press Enter to select it.',
    rowTitle: (tok) => `Row “${tok}”: its weights over the keys`,
    barsLabel: (tok, sum) => `Weights of “${tok}” (they sum to ${f(sum, 6)})`,
    maskedWord: 'masked',
    outputTitle: (tok) => `Output of “${tok}” = Σ weight × value row`,
    sumRow: 'Σ = output',
    outputCaption: (tok, n, vec, err) =>
      `Each row is one value row scaled by its weight; the last row adds them up. The output of “${tok}” is the weighted sum of the ${n} value rows: (${vec}). Summed here from the weights shown, it matches the head’s own output ${err < 1e-12 ? 'exactly' : `to within ${err.toExponential(1)}`}.`,
    satTitle: 'Why divide by √d_k: the softmax saturates as d_k grows',
    satScaled: 'scaled (÷√d_k)',
    satUnscaled: 'unscaled',
    satUniform: 'uniform (1/n)',
    satCaption: (dk, s, u, uni, seeds) =>
      `At d_k = ${dk}, unscaled rows put on average ${f(u, 3)} of their weight on one key; scaled, ${f(s, 3)}. Uniform rows would give ${f(uni, 3)}, one-hot rows 1. Mean over ${seeds} seeds on this sentence, at the current temperature and mask.`,
    satNow: (mm, dk, scaled) => `The head above (d_k = ${dk}, ${scaled ? 'scaled' : 'unscaled'}): mean largest weight ${f(mm, 3)}.`,
    dkWord: 'd_k',
    meanMaxWord: 'mean largest weight',
    tasks: {
      reverse: 'Task: output the sequence reversed. Position i must read position L−1−i, so the right pattern is the anti-diagonal.',
      previous: 'Task (causal): output the previous token. The right pattern is the diagonal just below the main one; the first position has nothing to copy and is not scored.',
      twin: 'Task: every letter appears twice, each with a digit; output the digit of the other token with your letter. The right key depends on content, not position.'
    },
    loading: 'Building the model…',
    learnedTitle: 'Attention weights on a held-out sequence',
    learnedCaption: (step, tw, uni, acc) =>
      `Step ${step}: over 64 held-out sequences the head puts on average ${f(tw, 3)} of each row’s weight on the correct key (uniform attention: ${f(uni, 3)}); ${pct(acc)} of outputs are right.`,
    learnedIdle: (uni) => `Before training the rows are close to uniform (${f(uni, 3)} per key). Press Play and watch the pattern form.`,
    targetTitle: 'Where it should look',
    targetCaption: 'Each row has a 1 on the key that holds the answer; unscored rows are empty.',
    tableCaption: 'The display sequence: expected and predicted outputs',
    cols: { pos: '#', token: 'Token', expected: 'Expected', predicted: 'Predicted' },
    lossTitle: 'Loss (log scale)',
    lossCaption: (step, train, held) => `Step ${step}: training-batch loss ${f(train, 4)}, held-out loss ${f(held, 4)}.`,
    lossIdle: 'No steps yet: press Play or Step.',
    twTitle: 'Weight on the correct key (held out)',
    twCaption: (step, tw, uni) => `Step ${step}: ${f(tw, 3)} of the weight sits on the correct key; uniform attention would give ${f(uni, 3)}, a perfect head 1.`,
    twIdle: 'Recorded from each snapshot while training.',
    readout: { tw: 'weight on correct key', acc: 'accuracy', loss: 'held-out loss', uniform: 'uniform' },
    stepWord: 'step',
    lossWord: 'loss',
    weightWord: 'weight'
  },
  'zh-Hant': {
    title: '自注意力，一步一步看',
    exploreNote: '下面的一切都直接由你的句子算出，這個模式不做訓練。按下「播放」會切換到學習模式，訓練一個小型注意力頭。',
    toLearn: '切換到學習模式',
    learnNote: '一個單獨的注意力頭（沒有殘差路徑）學習一個玩具任務；按下「播放」，看它的權重如何重新組織。',
    toExplore: '回到探索句子',
    tokensTitle: '詞元',
    tokensHelp: '選一個詞元（點選，或用 Tab 移到它上面再按 Enter），跟著它走過整個注意力頭。',
    noTokens: '在下方的「句子」欄輸入一個句子，就會看到它的詞元。',
    truncated: (n) => `只使用前 ${n} 個詞元。`,
    matrixPicker: '顯示矩陣',
    matrixNames: { x: 'X（詞元向量）', q: 'Q = X Wᵠ（查詢）', k: 'K = X Wᴷ（鍵）', v: 'V = X Wⱽ（值）' },
    matrixRoles: {
      x: '每個詞元的向量：固定的隨機嵌入，同一個詞永遠得到同一個向量。',
      q: '每個詞元在找什麼。',
      k: '每個詞元提供什麼讓別人比對。',
      v: '每個詞元被注意到時傳出去的內容。'
    },
    matrixCaption: (name, n, d, tok, row) => `${name}：${n} 列（每個詞元一列）× ${d} 行。「${tok}」那一列：${row}。`,
    scoresTitle: '分數 = Q Kᵀ × 縮放係數',
    scoresCaption: (scale, how, lo, hi, sd, causal) =>
      `每個分數是查詢與鍵的內積乘以 ${scale}（${how}）。分數介於 ${f(lo)} 與 ${f(hi)} 之間，標準差 ${f(sd)}。` +
      (causal ? '對角線以上的項目（鍵在查詢之後）是 −∞，顯示為空白。' : ''),
    scaledHow: (dk, t) => `1/√${dk} ÷ 溫度 ${f(t)}`,
    unscaledHow: (t) => `不做 √d_k 縮放，÷ 溫度 ${f(t)}`,
    weightsTitle: '注意力權重 = 每一列分數的 softmax',
    weightsCaption: (mm, um, h, uh, tok, top, w) =>
      `列是查詢，行是鍵；每一列總和都是 1。每列最大權重的平均為 ${f(mm, 3)}（均勻時是 ${f(um, 3)}，one-hot 時是 1）；平均熵 ${f(h)} nats（均勻時 ${f(uh)}）。「${tok}」最注意「${top}」（${f(w, 3)}）。`,
    weightsHelp: '顏色依 √權重 變化，讓小權重也看得見。游標停在格子上可看精確數值；點選一列，或聚焦後按 Enter 來選取它。',
    rowTitle: (tok) => `「${tok}」這一列：它對各個鍵的權重`,
    barsLabel: (tok, sum) => `「${tok}」的權重（總和為 ${f(sum, 6)}）`,
    maskedWord: '已遮罩',
    outputTitle: (tok) => `「${tok}」的輸出 = Σ 權重 × 值向量`,
    sumRow: 'Σ = 輸出',
    outputCaption: (tok, n, vec, err) =>
      `每一列是一個值向量乘上它的權重；最後一列把它們加總。「${tok}」的輸出是 ${n} 個值向量的加權和：(${vec})。這裡用畫面上的權重加總，${err < 1e-12 ? '和注意力頭本身的輸出完全相同' : `和注意力頭本身的輸出相差不到 ${err.toExponential(1)}`}。`,
    satTitle: '為什麼要除以 √d_k：d_k 變大時 softmax 會飽和',
    satScaled: '有縮放（÷√d_k）',
    satUnscaled: '不縮放',
    satUniform: '均勻（1/n）',
    satCaption: (dk, s, u, uni, seeds) =>
      `在 d_k = ${dk} 時，不縮放的每一列平均把 ${f(u, 3)} 的權重放在單一個鍵上；有縮放時是 ${f(s, 3)}。均勻的列會是 ${f(uni, 3)}，one-hot 的列是 1。以這個句子、目前的溫度與遮罩，對 ${seeds} 個種子取平均。`,
    satNow: (mm, dk, scaled) => `上面的注意力頭（d_k = ${dk}，${scaled ? '有縮放' : '不縮放'}）：每列最大權重平均 ${f(mm, 3)}。`,
    dkWord: 'd_k',
    meanMaxWord: '每列最大權重平均',
    tasks: {
      reverse: '任務：把序列倒過來輸出。位置 i 必須讀取位置 L−1−i，所以正確的模式是反對角線。',
      previous: '任務（因果）：輸出前一個詞元。正確的模式是主對角線正下方的那條對角線；第一個位置沒有東西可複製，不計分。',
      twin: '任務：每個字母出現兩次，各帶一個數字；輸出另一個同字母詞元的數字。該看哪個鍵取決於內容，而不是位置。'
    },
    loading: '正在建立模型…',
    learnedTitle: '一個保留序列上的注意力權重',
    learnedCaption: (step, tw, uni, acc) =>
      `第 ${step} 步：在 64 個保留序列上，注意力頭平均把每一列 ${f(tw, 3)} 的權重放在正確的鍵上（均勻注意力為 ${f(uni, 3)}）；輸出正確率 ${pct(acc)}。`,
    learnedIdle: (uni) => `訓練前每一列都接近均勻（每個鍵約 ${f(uni, 3)}）。按下「播放」，看模式逐漸成形。`,
    targetTitle: '應該看哪裡',
    targetCaption: '每一列在握有答案的鍵上是 1；不計分的列留白。',
    tableCaption: '展示序列：預期輸出與預測輸出',
    cols: { pos: '#', token: '詞元', expected: '預期', predicted: '預測' },
    lossTitle: '損失（對數刻度）',
    lossCaption: (step, train, held) => `第 ${step} 步：訓練批次損失 ${f(train, 4)}，保留資料損失 ${f(held, 4)}。`,
    lossIdle: '還沒有訓練：按「播放」或「單步」。',
    twTitle: '放在正確鍵上的權重（保留資料）',
    twCaption: (step, tw, uni) => `第 ${step} 步：${f(tw, 3)} 的權重落在正確的鍵上；均勻注意力為 ${f(uni, 3)}，完美的注意力頭為 1。`,
    twIdle: '訓練時從每次快照記錄下來。',
    readout: { tw: '正確鍵上的權重', acc: '正確率', loss: '保留資料損失', uniform: '均勻' },
    stepWord: '步數',
    lossWord: '損失',
    weightWord: '權重'
  }
};
