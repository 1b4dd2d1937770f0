import type { Lang } from '$lib/params/schema';

const num = (lang: Lang, v: number) => v.toLocaleString(lang === 'en' ? 'en-US' : 'zh-TW');

export interface BpeText {
  title: string;
  sliderLabel: string;
  sliderValue: (k: number, learned: number) => string;
  follow: string;
  idle: string;
  wordTitle: string;
  wordCaption: (word: string, k: number, pieces: number, chars: number, unseen: string[]) => string;
  tryLabel: string;
  emptyWord: string;
  unseenMark: string;
  endMarker: string;
  mergesTitle: string;
  mergesCaption: (k: number, last: [string, string, number] | null) => string;
  mergesHead: [string, string, string, string];
  noMerges: string;
  wordsTitle: string;
  wordsCaption: (k: number, tokens: number, chars: number, shown: number, types: number) => string;
  countWord: string;
  curveTitle: string;
  curveCaption: (k: number, tokens: number, tokens0: number, symbols: number) => string;
  tokensAxis: string;
  symbolsAxis: string;
  mergesAxis: string;
  doneNote: (n: number, min: number) => string;
  prodTitle: string;
  prodLoading: string;
  prodFailed: (e: string) => string;
  prodCaption: (rows: { label: string; ours: number; o200k: number; chars: number }[]) => string;
  prodHead: [string, string, string, string];
  prodLabels: { en: string; zh: string; word: string };
  prodNote: string;
  oursWord: string;
  num: (v: number) => string;
}

export const text: Record<Lang, BpeText> = {
  en: {
    title: 'Byte-pair encoding, learned merge by merge',
    sliderLabel: 'Show the state after this many merges',
    sliderValue: (k, l) => `${k} of ${l} merges learned`,
    follow: 'Follow the latest merge',
    idle: 'Press Play: each step finds the most frequent pair of adjacent symbols in the text and merges it everywhere.',
    wordTitle: 'A word split with the merges',
    wordCaption: (w, k, p, c, u) =>
      `"${w}" after ${k} merges: ${p} piece${p === 1 ? '' : 's'} from ${c} characters.` +
      (u.length ? ` Never seen in training: ${u.join(' ')} (a byte-level tokenizer would fall back to bytes).` : ' Every piece is a symbol the learner built or saw.'),
    tryLabel: 'Try',
    emptyWord: 'Type a word in the "A word to split" box below.',
    unseenMark: 'never seen',
    endMarker: 'end of word',
    mergesTitle: 'The merges, in the order learned',
    mergesCaption: (k, last) => (last ? `Merge ${k}: ${last[0]} + ${last[1]} → ${last[0]}${last[1]}, chosen because the pair stood side by side ${last[2]} times.` : 'No merge yet: every symbol is a single character.'),
    mergesHead: ['#', 'Pair', 'New symbol', 'Frequency'],
    noMerges: 'No merges yet.',
    wordsTitle: 'The most frequent words of the text, in pieces',
    wordsCaption: (k, t, c, s, n) => `After ${k} merges the text is ${t} tokens long (${c} at the start, one per character); showing ${s} of its ${n} distinct words.`,
    countWord: '×',
    curveTitle: 'Shorter text, more symbols',
    curveCaption: (k, t, t0, s) => `After ${k} merges: the text takes ${t} tokens instead of ${t0}, with ${s} distinct symbols in use. Each merge shortens the text by its frequency and adds one symbol.`,
    tokensAxis: 'tokens in the text',
    symbolsAxis: 'distinct symbols',
    mergesAxis: 'merges',
    doneNote: (n, min) => `Stopped after ${n} merges: no pair of adjacent symbols occurs ${min} or more times.`,
    prodTitle: 'GPT-4o\'s tokenizer (o200k_base) beside ours',
    prodLoading: 'Loading the o200k_base merge table in a worker…',
    prodFailed: (e) => `The production tokenizer could not be loaded (${e}).`,
    prodCaption: (rows) => 'Tokens: ' + rows.map((r) => `${r.label}: ours ${r.ours}, o200k ${r.o200k} (${r.chars} characters)`).join('; ') + '.',
    prodHead: ['Text', 'Ours', 'o200k', 'Characters'],
    prodLabels: { en: 'English sentence', zh: 'Chinese sentence', word: 'Your word' },
    prodNote: 'o200k_base is a byte-level BPE with about 200,000 tokens learned from a huge multilingual corpus: common English words are one token, and a Chinese character not in its table is split into UTF-8 bytes (pieces shown with a count above 1 are one character spread over several tokens). Ours learned a few hundred merges from 65 sentences.',
    oursWord: 'ours',
    num: (v) => num('en', v)
  },
  'zh-Hant': {
    title: '位元組對編碼：一次一個合併地學習',
    sliderLabel: '顯示學了這麼多次合併之後的狀態',
    sliderValue: (k, l) => `已學 ${l} 次合併，目前顯示第 ${k} 次之後`,
    follow: '跟著最新的合併',
    idle: '按下「播放」：每一步找出文字中最常相鄰出現的一對符號，並在所有地方把它們合併。',
    wordTitle: '用學到的合併切分一個詞',
    wordCaption: (w, k, p, c, u) =>
      `「${w}」在 ${k} 次合併之後：由 ${c} 個字元切成 ${p} 個片段。` +
      (u.length ? `訓練時從沒見過：${u.join(' ')}（位元組層級的切分器會退回成位元組）。` : '每個片段都是學習過程中組出或見過的符號。'),
    tryLabel: '試試',
    emptyWord: '在下方「要切分的詞」欄位輸入一個詞。',
    unseenMark: '沒見過',
    endMarker: '詞尾',
    mergesTitle: '依學習順序排列的合併',
    mergesCaption: (k, last) => (last ? `第 ${k} 次合併：${last[0]} + ${last[1]} → ${last[0]}${last[1]}，因為這一對相鄰出現了 ${last[2]} 次。` : '還沒有合併：每個符號都是單一字元。'),
    mergesHead: ['#', '字元對', '新符號', '次數'],
    noMerges: '還沒有合併。',
    wordsTitle: '文字中最常見的詞，切成片段',
    wordsCaption: (k, t, c, s, n) => `${k} 次合併之後，整段文字長 ${t} 個詞元（一開始是每個字元一個，共 ${c} 個）；這裡列出 ${n} 個不同的詞中的 ${s} 個。`,
    countWord: '×',
    curveTitle: '文字變短，符號變多',
    curveCaption: (k, t, t0, s) => `${k} 次合併之後：整段文字從 ${t0} 個詞元變成 ${t} 個，使用中的不同符號有 ${s} 個。每次合併讓文字縮短它的出現次數，並多出一個符號。`,
    tokensAxis: '文字的詞元數',
    symbolsAxis: '不同符號數',
    mergesAxis: '合併次數',
    doneNote: (n, min) => `學了 ${n} 次合併後停止：已經沒有任何相鄰的符號對出現 ${min} 次以上。`,
    prodTitle: 'GPT-4o 的詞元切分器（o200k_base）與我們的並列',
    prodLoading: '正在背景執行緒中載入 o200k_base 的合併表……',
    prodFailed: (e) => `無法載入正式的詞元切分器（${e}）。`,
    prodCaption: (rows) => '詞元數：' + rows.map((r) => `${r.label}：我們的 ${r.ours}、o200k ${r.o200k}（${r.chars} 個字元）`).join('；') + '。',
    prodHead: ['文字', '我們的', 'o200k', '字元數'],
    prodLabels: { en: '英文句子', zh: '中文句子', word: '你輸入的詞' },
    prodNote: 'o200k_base 是位元組層級的 BPE，從龐大的多語言語料學了約 20 萬個詞元：常見的英文單字是一個詞元，而不在它表中的中文字會被拆成 UTF-8 位元組（標示數字大於 1 的片段，就是一個字分散在好幾個詞元裡）。我們的只從 65 個句子學了幾百次合併。',
    oursWord: '我們的',
    num: (v) => num('zh-Hant', v)
  }
};
