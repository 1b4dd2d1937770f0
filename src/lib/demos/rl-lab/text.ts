import type { Lang } from '$lib/params/schema';
import type { Mode, RlhfSnapshot } from './types';

const f2 = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v.toFixed(2) : '—');
const f3 = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v.toPrecision(3) : '—');
const pct = (v: number) => `${(100 * v).toFixed(0)} %`;

export const text = {
  en: {
    title: 'Reinforcement learning on a tiny letter model',
    intro: {
      baseline: 'The policy writes up to 8 letters (A–F, "." ends); the task rewards writing the target word. Two copies learn by REINFORCE from the same start: the left one weights each answer\'s log-probability gradient by its raw reward, the right one by its reward minus the mean reward of the other answers in the batch (the leave-one-out baseline).',
      hacking: 'Both copies learn by REINFORCE with a baseline. The left one is graded by the true reward (the target word, penalised for each letter too many or too few); the right one by a flawed grader that also pays a bonus per letter.',
      rlhf: 'The reference model writes short letter-words. A simulated labeller with a hidden taste compares pairs of its answers; a reward model learns the taste from those choices (Bradley–Terry); after 20 steps the policy is optimised against the reward model, minus β times its log-ratio to the reference.'
    } satisfies Record<Mode, string>,
    idle: 'Press Play to start training.',
    stepWord: 'step',
    copy: {
      baseline: ['without baseline', 'with baseline'],
      hacking: ['true reward', 'flawed reward (+ bonus per letter)'],
      rlhf: ['policy', 'reference']
    } satisfies Record<Mode, [string, string]>,
    rewardTitle: 'True reward of the sampled answers',
    rewardCaption: (s: number, a: number | undefined, b: number | undefined, names: [string, string]) => `Step ${s}. Mean true reward: ${names[0]} ${f2(a)}, ${names[1]} ${f2(b)} (1 = the target word exactly).`,
    flawedTitle: 'Reward each copy is trained on',
    flawedCaption: (a: number | undefined, b: number | undefined, len: number | undefined) => `Now: true reward ${f2(a)} for the honest copy; the flawed copy's own reward is ${f2(b)}, with answers ${f2(len)} letters long.`,
    lengthTitle: 'Answer length (letters)',
    lengthCaption: (a: number | undefined, b: number | undefined) => `Mean letters per answer: honest copy ${f2(a)}, flawed copy ${f2(b)}; the limit is 8.`,
    varianceTitle: 'Spread of the per-sample gradient estimates (log scale)',
    varianceCaption: (a: number | undefined, b: number | undefined, same: number | undefined) =>
      `Trace of the covariance of A·∇log π over a batch. Without baseline ${f3(a)}; with baseline ${f3(b)}; the with-baseline copy's own batches scored without subtracting it: ${f3(same)}.`,
    sameBatch: 'same batches, baseline removed',
    varianceWord: 'variance',
    rewardWord: 'reward',
    lettersWord: 'letters',
    topTitle: (name: string) => `Most frequent answers: ${name}`,
    topCaption: 'Shares among 256 fresh samples.',
    answer: 'answer',
    share: 'share',
    klTitle: 'KL(policy ‖ reference) over training',
    klCaption: (s: RlhfSnapshot, beta: number) => `Step ${s.step}, β = ${beta}. Exact KL now ${f2(s.kl)} nats (the chart shows the sampled estimate per chunk).`,
    klWord: 'KL (nats)',
    tasteTitle: 'Reward-model score vs the labeller\'s hidden taste',
    tasteCaption: (s: RlhfSnapshot) => `Mean over the policy's samples. Reward model ${f2(s.history.rmReward.at(-1))}; hidden taste ${f2(s.history.taste.at(-1))} (the reference's: ${f2(s.referenceTaste)}).`,
    rmSeries: 'reward-model score',
    tasteSeries: 'hidden taste',
    refTaste: 'reference\'s taste',
    rmAccTitle: 'Reward model on held-out pairs',
    rmAcc: (s: RlhfSnapshot) => `Ranks the labeller's preferred answer higher in ${pct(s.rmAccuracy)} of 256 held-out pairs; fitted on ${s.pairsUsed} pairs (${s.humanPairs} of them yours).`,
    answersCaption: 'Most frequent answers now and from the reference, with the reward model\'s score and the hidden taste.',
    rmCol: 'RM score',
    tasteCol: 'hidden taste',
    judgeTitle: 'Be the labeller: which answer is better?',
    judgeHelp: 'Your choice joins the reward model\'s training pairs (it keeps training while Play runs).',
    prefer: (a: string) => `Prefer ${a}`,
    judged: (n: number) => `You judged ${n} pair${n === 1 ? '' : 's'}.`,
    live: (step: number, key: string) => `Step ${step}: ${key}.`
  },
  'zh-Hant': {
    title: '在小小的字母模型上做強化學習',
    intro: {
      baseline: '策略最多寫 8 個字母（A–F，「.」表示結束）；任務獎勵寫出目標單字。兩份副本從相同起點用 REINFORCE 學習：左邊用原始獎勵乘上每個答案的對數機率梯度，右邊用「獎勵減去同批其他答案的平均獎勵」（留一法基線）。',
      hacking: '兩份副本都用帶基線的 REINFORCE 學習。左邊由真實獎勵評分（寫出目標單字，每多或少一個字母扣分）；右邊由有缺陷的評分者評分，它每多一個字母就加分。',
      rlhf: '參考模型會寫短短的字母單字。一位帶有隱藏偏好的模擬標註者比較它的答案配對；獎勵模型從這些選擇學到偏好（Bradley–Terry）；20 步之後，策略針對獎勵模型分數減去 β 乘以它與參考模型的對數比值來最佳化。'
    } satisfies Record<Mode, string>,
    idle: '按下「播放」開始訓練。',
    stepWord: '步數',
    copy: {
      baseline: ['沒有基線', '有基線'],
      hacking: ['真實獎勵', '有缺陷的獎勵（每個字母加分）'],
      rlhf: ['策略', '參考模型']
    } satisfies Record<Mode, [string, string]>,
    rewardTitle: '取樣答案的真實獎勵',
    rewardCaption: (s: number, a: number | undefined, b: number | undefined, names: [string, string]) => `第 ${s} 步。平均真實獎勵：${names[0]} ${f2(a)}，${names[1]} ${f2(b)}（1 表示剛好寫出目標單字）。`,
    flawedTitle: '各副本訓練時使用的獎勵',
    flawedCaption: (a: number | undefined, b: number | undefined, len: number | undefined) => `目前：誠實副本的真實獎勵 ${f2(a)}；有缺陷副本自己的獎勵是 ${f2(b)}，答案長 ${f2(len)} 個字母。`,
    lengthTitle: '答案長度（字母數）',
    lengthCaption: (a: number | undefined, b: number | undefined) => `每個答案的平均字母數：誠實副本 ${f2(a)}，有缺陷副本 ${f2(b)}；上限是 8。`,
    varianceTitle: '逐樣本梯度估計的分散程度（對數刻度）',
    varianceCaption: (a: number | undefined, b: number | undefined, same: number | undefined) =>
      `一批樣本中 A·∇log π 的共變異數矩陣的跡。沒有基線 ${f3(a)}；有基線 ${f3(b)}；有基線副本的同一批樣本若不減基線：${f3(same)}。`,
    sameBatch: '同一批樣本、不減基線',
    varianceWord: '變異數',
    rewardWord: '獎勵',
    lettersWord: '字母數',
    topTitle: (name: string) => `最常見的答案：${name}`,
    topCaption: '256 個新取樣答案中的占比。',
    answer: '答案',
    share: '占比',
    klTitle: '訓練過程中的 KL(策略 ‖ 參考模型)',
    klCaption: (s: RlhfSnapshot, beta: number) => `第 ${s.step} 步，β = ${beta}。目前的精確 KL 散度為 ${f2(s.kl)} 奈特（圖中是每段訓練的取樣估計）。`,
    klWord: 'KL（奈特）',
    tasteTitle: '獎勵模型分數與標註者的隱藏偏好',
    tasteCaption: (s: RlhfSnapshot) => `策略取樣答案的平均。獎勵模型 ${f2(s.history.rmReward.at(-1))}；隱藏偏好 ${f2(s.history.taste.at(-1))}（參考模型為 ${f2(s.referenceTaste)}）。`,
    rmSeries: '獎勵模型分數',
    tasteSeries: '隱藏偏好',
    refTaste: '參考模型的偏好分數',
    rmAccTitle: '獎勵模型在保留配對上的表現',
    rmAcc: (s: RlhfSnapshot) => `在 256 組保留配對中，有 ${pct(s.rmAccuracy)} 把標註者偏好的答案排得較高；訓練用了 ${s.pairsUsed} 組配對（其中 ${s.humanPairs} 組是你標的）。`,
    answersCaption: '目前與參考模型最常見的答案，附上獎勵模型分數與隱藏偏好。',
    rmCol: '獎勵模型分數',
    tasteCol: '隱藏偏好',
    judgeTitle: '當一次標註者：哪個答案比較好？',
    judgeHelp: '你的選擇會加入獎勵模型的訓練配對（按下播放時它會持續訓練）。',
    prefer: (a: string) => `選 ${a}`,
    judged: (n: number) => `你已標註 ${n} 組配對。`,
    live: (step: number, key: string) => `第 ${step} 步：${key}。`
  }
} satisfies Record<Lang, unknown>;
