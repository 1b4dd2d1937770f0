import type { Lang } from '$lib/params/schema';
import type { CopyScores, ToyClipSnapshot } from './trainer';

export const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)} %` : '—');
export const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '—');

interface ToyClipText {
  title: string;
  intro: string;
  idle: string;
  mapTitle: string;
  mapCaption: (s: ToyClipSnapshot) => string;
  ccaTitle: string;
  ccaCaption: (s: ToyClipSnapshot) => string;
  legend: string;
  pictures: string;
  captions: string;
  matrixTitle: string;
  matrixCaption: (s: ToyClipSnapshot, rows: string[]) => string;
  matrixLabel: string;
  noPrompts: string;
  unknown: (prompt: string, words: string[]) => string;
  galleryLabel: string;
  classTitle: string;
  classCaption: (s: ToyClipSnapshot) => string;
  main: string;
  clean: string;
  chance: string;
  accuracyWord: string;
  tableCaption: string;
  rows: { retrieval: string; zeroEn: string; zeroZh: string; nearer: string; rare: string; temperature: string };
  data: (s: ToyClipSnapshot) => string;
  live: (s: ToyClipSnapshot) => string;
}

const sum = (c: CopyScores | undefined) => c ?? null;

export const text: Record<Lang, ToyClipText> = {
  en: {
    title: 'A toy CLIP: pictures and captions in one space',
    intro:
      'Two encoders, one for 16 × 16 pictures and one for captions (a bag of words, English and Chinese), map into one 16-dimensional space. The contrastive loss rewards each picture for being nearer its own caption than the other captions in its batch, and vice versa. No class labels anywhere.',
    idle: 'Press Play: the two encoders start random, so pictures and captions are scattered without relation.',
    mapTitle: 'The joint space (CLIP), first two principal axes',
    mapCaption: (s) => {
      const m = s.copies.main;
      return m
        ? `Step ${s.step}. 36 held-out pictures (filled) and their captions (outlined), drawn in their colour and shape. A picture is nearer its own caption than a caption of other content in ${pct(m.separation.nearerRate)} of the pairs (mean cosine distance matched ${f2(m.separation.matched)}, mismatched ${f2(m.separation.mismatched)}).`
        : '';
    },
    ccaTitle: 'The same pairs under linear CCA (no training, no negatives)',
    ccaCaption: (s) =>
      `Canonical correlation analysis fitted once on the training pairs (pooled pixels vs word counts), first two canonical directions. Matched nearer than mismatched in ${pct(s.cca.nearerRate)} of the pairs (8 canonical directions): colour is linear in the pixels, shape is not.`,
    legend: 'Filled shape = a picture, outlined shape = a caption. Colour and shape are what each one shows or says.',
    pictures: 'pictures',
    captions: 'captions',
    matrixTitle: 'Zero-shot classification with your captions',
    matrixCaption: (s, rows) =>
      s.probs.length
        ? `Step ${s.step}, temperature ${f2(s.copies.main?.temperature ?? NaN)}. Each row is one new picture; each column one of your captions; the cell is the softmax of cosine ÷ temperature over your captions. ${rows.map((r, i) => `${r} → ${s.prompts[s.probs[i].indexOf(Math.max(...s.probs[i]))]}`).join('; ')}.`
        : '',
    matrixLabel: 'Probability of each typed caption for each picture',
    noPrompts: 'Type some captions above, separated by commas.',
    unknown: (p, w) => `“${p}”: the model does not know ${w.map((x) => `“${x}”`).join(', ')} (ignored).`,
    galleryLabel: 'The twelve test pictures, one per colour and shape (rows of the matrix)',
    classTitle: 'Zero-shot accuracy per colour and shape (the 12 class captions)',
    classCaption: (s) => {
      const m = s.copies.main;
      const c = s.copies.clean;
      if (!m) return '';
      return `Step ${s.step}. Accuracy with the 12 captions “a red circle” … as classes: English ${pct(m.zeroShot.en)}, Chinese ${pct(m.zeroShot['zh-Hant'])} (chance 8 %). Yellow triangle: ${pct(m.rare)}${c ? `, clean copy ${pct(c.rare)}` : ''}.`;
    },
    main: 'This model',
    clean: 'Clean copy',
    chance: 'chance 8 %',
    accuracyWord: 'accuracy',
    tableCaption: 'On 96 held-out pictures (8 per colour and shape)',
    rows: {
      retrieval: 'Finds a right caption among 96',
      zeroEn: 'Zero-shot, English class captions',
      zeroZh: 'Zero-shot, Chinese class captions',
      nearer: 'Own caption nearer than others',
      rare: 'Yellow triangles classified right',
      temperature: 'Learned temperature'
    },
    data: (s) => `Training data: ${pct(s.mismatched)} of the captions describe another picture; ${s.rareCount} yellow triangles.`,
    live: (s) =>
      s.copies.main
        ? `Step ${s.step}: retrieval ${pct(s.copies.main.retrieval)}, zero-shot ${pct(s.copies.main.zeroShot.en)} English, ${pct(s.copies.main.zeroShot['zh-Hant'])} Chinese.${sum(s.copies.clean) ? ` Clean copy: retrieval ${pct(s.copies.clean!.retrieval)}.` : ''}`
        : ''
  },
  'zh-Hant': {
    title: '迷你 CLIP：圖片與描述文字在同一個空間',
    intro:
      '兩個編碼器，一個讀 16 × 16 的圖片，一個讀描述文字（詞袋，中英文皆可），都映射到同一個 16 維空間。對比損失獎勵每張圖片離自己的描述文字比離同一批中其他描述文字更近，反之亦然。整個過程沒有任何類別標籤。',
    idle: '按下播放：兩個編碼器從隨機權重出發，所以圖片和描述文字一開始毫無關聯地散布著。',
    mapTitle: '聯合空間（CLIP）的前兩個主軸',
    mapCaption: (s) => {
      const m = s.copies.main;
      return m
        ? `第 ${s.step} 步。36 張沒訓練過的圖片（實心）和它們的描述文字（空心），以各自的顏色和形狀繪出。圖片離自己的描述文字比離其他內容的描述文字更近的比例為 ${pct(m.separation.nearerRate)}（平均餘弦距離：相符 ${f2(m.separation.matched)}，不相符 ${f2(m.separation.mismatched)}）。`
        : '';
    },
    ccaTitle: '同樣的配對用線性典型相關分析（不訓練、沒有負樣本）',
    ccaCaption: (s) =>
      `典型相關分析在訓練配對上擬合一次（池化後的像素對上詞頻），畫出前兩個典型方向。相符比不相符更近的比例為 ${pct(s.cca.nearerRate)}（用 8 個典型方向）：顏色和像素是線性關係，形狀不是。`,
    legend: '實心圖形＝圖片，空心圖形＝描述文字。顏色和形狀就是它所呈現或描述的內容。',
    pictures: '圖片',
    captions: '描述文字',
    matrixTitle: '用你輸入的描述文字做零樣本分類',
    matrixCaption: (s, rows) =>
      s.probs.length
        ? `第 ${s.step} 步，溫度 ${f2(s.copies.main?.temperature ?? NaN)}。每一列是一張新圖片，每一欄是你輸入的一段描述文字，格子是「餘弦 ÷ 溫度」在你的描述文字上做 softmax 的結果。${rows.map((r, i) => `${r} → ${s.prompts[s.probs[i].indexOf(Math.max(...s.probs[i]))]}`).join('；')}。`
        : '',
    matrixLabel: '每張圖片對每段輸入描述文字的機率',
    noPrompts: '請在上方輸入幾段描述文字，以逗號分隔。',
    unknown: (p, w) => `「${p}」：模型不認識 ${w.map((x) => `「${x}」`).join('、')}（已忽略）。`,
    galleryLabel: '十二張測試圖片，每種顏色與形狀各一張（矩陣的各列）',
    classTitle: '各顏色與形狀的零樣本準確率（12 個類別描述文字）',
    classCaption: (s) => {
      const m = s.copies.main;
      const c = s.copies.clean;
      if (!m) return '';
      return `第 ${s.step} 步。以「一個紅色圓形」等 12 段描述文字當類別的準確率：英文 ${pct(m.zeroShot.en)}，中文 ${pct(m.zeroShot['zh-Hant'])}（亂猜 8 %）。黃色三角形：${pct(m.rare)}${c ? `，乾淨副本 ${pct(c.rare)}` : ''}。`;
    },
    main: '這個模型',
    clean: '乾淨副本',
    chance: '亂猜 8 %',
    accuracyWord: '準確率',
    tableCaption: '在 96 張沒訓練過的圖片上（每種顏色與形狀 8 張）',
    rows: {
      retrieval: '在 96 段中檢索到正確描述文字',
      zeroEn: '零樣本，英文類別描述文字',
      zeroZh: '零樣本，中文類別描述文字',
      nearer: '自己的描述文字比其他的更近',
      rare: '黃色三角形分類正確',
      temperature: '學到的溫度'
    },
    data: (s) => `訓練資料：${pct(s.mismatched)} 的描述文字其實描述另一張圖片；黃色三角形 ${s.rareCount} 張。`,
    live: (s) =>
      s.copies.main
        ? `第 ${s.step} 步：檢索 ${pct(s.copies.main.retrieval)}，零樣本英文 ${pct(s.copies.main.zeroShot.en)}、中文 ${pct(s.copies.main.zeroShot['zh-Hant'])}。${sum(s.copies.clean) ? `乾淨副本檢索 ${pct(s.copies.clean!.retrieval)}。` : ''}`
        : ''
  }
};
