import type { Lang } from '$lib/params/schema';

const pct = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');
const f3 = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '—');

export const text: Record<Lang, {
  title: string;
  intro: string;
  inputs: string;
  candidate: (k: string) => string;
  noRefs: string;
  bleu: string;
  legend: string;
  orderName: (n: number) => string;
  clippedMark: string;
  tableCaption: string;
  thN: string;
  thMatched: string;
  thPrecision: string;
  clippedNote: (ngram: string, count: number, refMax: number) => string;
  bpLine: (c: number, r: number, bp: number) => string;
  formula: (bp: number, precisions: number[], score: number) => string;
  rougeTitle: string;
  rougeRow: (name: string, p: number, r: number, f: number) => string;
  distinct: (d1: number, d2: number) => string;
  chartTitle: string;
  chartCaption: (a: Record<string, number>, b: Record<string, number>) => string;
  seriesA: string;
  seriesB: string;
  categories: string[];
  hanNote: string;
  useChar: string;
  charNote: string;
  signature: string;
  tokensWord: string;
  tokenizedAs: string;
  referencesTokens: string;
}> = {
  en: {
    title: 'Metric lab: BLEU, ROUGE and distinct-n on your own sentences',
    intro: 'Type two candidates and one or two references. Scores follow sacreBLEU 2.x (sentence BLEU, effective order) and Google\'s rouge-score; for ROUGE the better-matching reference counts.',
    inputs: 'Sentences',
    candidate: (k) => `Candidate ${k}`,
    noRefs: 'Type at least one reference to score the candidates.',
    bleu: 'BLEU',
    legend: 'Shading: the longest matched n-gram a token belongs to (darker = longer). Struck through: an occurrence beyond what any reference contains, so clipping gives it no credit.',
    orderName: (n) => `${n}-gram`,
    clippedMark: 'clipped',
    tableCaption: 'Clipped n-gram matches per order',
    thN: 'n',
    thMatched: 'matched / total',
    thPrecision: 'precision %',
    clippedNote: (g, c, m) => `“${g}” appears ${c}×, at most ${m}× in one reference: credit ${m}.`,
    bpLine: (c, r, bp) => `Length ${c} tokens, closest reference ${r}: brevity penalty ${c >= r ? '1 (not shorter)' : `exp(1 − ${r}/${c}) = ${f3(bp)}`}.`,
    formula: (bp, p, s) => `BLEU = ${f3(bp)} × geometric mean(${p.map(pct).join(', ')}) = ${pct(s)}`,
    rougeTitle: 'ROUGE (precision / recall / F)',
    rougeRow: (n, p, r, f) => `${n}: ${f3(p)} / ${f3(r)} / ${f3(f)}`,
    distinct: (d1, d2) => `distinct-1 ${f3(d1)}, distinct-2 ${f3(d2)} (share of n-grams that are not repeats)`,
    chartTitle: 'A and B side by side',
    chartCaption: (a, b) => `BLEU/100: A ${f3(a.bleu)}, B ${f3(b.bleu)}. ROUGE-1 F: A ${f3(a.rouge1)}, B ${f3(b.rouge1)}. ROUGE-2 F: A ${f3(a.rouge2)}, B ${f3(b.rouge2)}. ROUGE-L F: A ${f3(a.rougeL)}, B ${f3(b.rougeL)}. distinct-2: A ${f3(a.distinct2)}, B ${f3(b.distinct2)}.`,
    seriesA: 'Candidate A',
    seriesB: 'Candidate B',
    categories: ['BLEU/100', 'ROUGE-1 F', 'ROUGE-2 F', 'ROUGE-L F', 'distinct-2'],
    hanNote: 'This text is Chinese. The 13a tokenizer splits only at spaces and ASCII punctuation, so a whole Chinese sentence is one token; intl also splits off punctuation such as “。” and “，” but keeps each run of characters as one token. Either way BLEU is nearly all-or-nothing. ROUGE (rouge-score) keeps only a–z and 0–9, so it finds no tokens in Chinese at all.',
    useChar: 'Use the character tokenizer',
    charNote: 'Character tokenizer: every character is one token, which is how Chinese BLEU is usually reported.',
    signature: 'sacreBLEU signature',
    tokensWord: 'tokens',
    tokenizedAs: 'Tokenized as',
    referencesTokens: 'References, tokenized'
  },
  'zh-Hant': {
    title: '指標實驗室：用你自己的句子算 BLEU、ROUGE 與 distinct-n',
    intro: '輸入兩個候選句和一到兩個參考答案。分數依照 sacreBLEU 2.x（句子層級 BLEU、有效階數）與 Google 的 rouge-score 計算；ROUGE 取比較吻合的那個參考答案。',
    inputs: '句子',
    candidate: (k) => `候選句 ${k}`,
    noRefs: '請至少輸入一個參考答案，才能為候選句評分。',
    bleu: 'BLEU',
    legend: '底色：該詞元所屬最長的匹配 n-gram（顏色越深越長）。刪除線：超過任何一個參考答案中出現次數的部分，截斷計數後不給分。',
    orderName: (n) => `${n}-gram`,
    clippedMark: '已截斷',
    tableCaption: '各階數截斷後的 n-gram 匹配數',
    thN: 'n',
    thMatched: '匹配 / 總數',
    thPrecision: '精確率 %',
    clippedNote: (g, c, m) => `「${g}」出現 ${c} 次，單一參考答案中最多 ${m} 次：只算 ${m} 次。`,
    bpLine: (c, r, bp) => `長度 ${c} 個詞元，最接近的參考答案 ${r} 個：簡短懲罰 ${c >= r ? '1（沒有比較短）' : `exp(1 − ${r}/${c}) = ${f3(bp)}`}。`,
    formula: (bp, p, s) => `BLEU = ${f3(bp)} × 幾何平均(${p.map(pct).join('、')}) = ${pct(s)}`,
    rougeTitle: 'ROUGE（精確率／召回率／F 值）',
    rougeRow: (n, p, r, f) => `${n}：${f3(p)}／${f3(r)}／${f3(f)}`,
    distinct: (d1, d2) => `distinct-1 ${f3(d1)}、distinct-2 ${f3(d2)}（不重複的 n-gram 所占比例）`,
    chartTitle: 'A 與 B 並排比較',
    chartCaption: (a, b) => `BLEU/100：A ${f3(a.bleu)}，B ${f3(b.bleu)}。ROUGE-1 F：A ${f3(a.rouge1)}，B ${f3(b.rouge1)}。ROUGE-2 F：A ${f3(a.rouge2)}，B ${f3(b.rouge2)}。ROUGE-L F：A ${f3(a.rougeL)}，B ${f3(b.rougeL)}。distinct-2：A ${f3(a.distinct2)}，B ${f3(b.distinct2)}。`,
    seriesA: '候選句 A',
    seriesB: '候選句 B',
    categories: ['BLEU/100', 'ROUGE-1 F', 'ROUGE-2 F', 'ROUGE-L F', 'distinct-2'],
    hanNote: '這段文字是中文。13a 斷詞器只在空白和 ASCII 標點處切分，所以一整句中文就是一個詞元；intl 會另外切出「。」「，」等標點，但連續的漢字仍算一個詞元。兩者都讓 BLEU 變成幾乎只有全對或全錯。ROUGE（rouge-score）只保留 a–z 與 0–9，在中文裡完全找不到詞元。',
    useChar: '改用字元斷詞器',
    charNote: '字元斷詞器：每個字都是一個詞元，中文 BLEU 通常這樣計算。',
    signature: 'sacreBLEU 簽章',
    tokensWord: '個詞元',
    tokenizedAs: '斷詞結果',
    referencesTokens: '參考答案的斷詞結果'
  }
};
