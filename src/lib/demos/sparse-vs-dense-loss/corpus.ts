/**
 * The small corpora the llm-16 language model learns from: short everyday sentences written
 * for this demo, one English and one Traditional Chinese, and the character-level data built
 * from them (vocabulary and context windows).
 */
export const CORPORA = {
  en: [
    'the cat sat on the mat.',
    'the dog sat on the rug.',
    'a cat likes to sleep in the sun.',
    'a dog likes to run in the park.',
    'the sun is warm and the sky is blue.',
    'we drink tea in the morning.',
    'we read a book at night.',
    'the rain fell on the roof all night.',
    'she walks to the shop to buy bread.',
    'he walks to the park with his dog.',
    'the bread is fresh and the tea is hot.',
    'my sister reads a book in the garden.',
    'my brother plays with the cat in the garden.',
    'the bird sings in the tree.',
    'the tree is tall and the grass is green.',
    'we eat rice and fish for dinner.',
    'the fish swims in the river.',
    'the river runs past the old mill.',
    'a small boat sails on the lake.',
    'the lake is calm in the morning.',
    'the children play in the park after school.',
    'the teacher reads a story to the children.',
    'the story is about a cat and a dog.',
    'the cat and the dog are friends.',
    'at night the moon is bright.',
    'the stars shine over the quiet town.',
    'we walk home when the sun goes down.',
    'the shop opens at nine in the morning.',
    'she buys milk, bread and tea at the shop.',
    'he likes hot tea and fresh bread.'
  ],
  'zh-Hant': [
    '貓坐在墊子上。',
    '狗坐在地毯上。',
    '貓喜歡在太陽下睡覺。',
    '狗喜歡在公園裡跑步。',
    '太陽很溫暖，天空很藍。',
    '我們早上喝茶。',
    '我們晚上看書。',
    '雨整夜落在屋頂上。',
    '她走路去商店買麵包。',
    '他帶著狗走路去公園。',
    '麵包很新鮮，茶很熱。',
    '我的妹妹在花園裡看書。',
    '我的弟弟在花園裡跟貓玩。',
    '小鳥在樹上唱歌。',
    '樹很高，草很綠。',
    '我們晚餐吃飯和魚。',
    '魚在河裡游泳。',
    '河流經過老磨坊。',
    '小船在湖上航行。',
    '早上的湖很平靜。',
    '孩子們放學後在公園裡玩。',
    '老師給孩子們讀故事。',
    '故事是關於一隻貓和一隻狗。',
    '貓和狗是好朋友。',
    '晚上的月亮很亮。',
    '星星在安靜的小鎮上閃耀。',
    '太陽下山時我們走路回家。',
    '商店早上九點開門。',
    '她在商店買牛奶、麵包和茶。',
    '他喜歡熱茶和新鮮的麵包。'
  ]
} as const;

export type CorpusId = keyof typeof CORPORA;

/** Characters of the corpus; a window of CONTEXT characters predicts the next one. */
export const CONTEXT = 3;

export interface CharData {
  /** The vocabulary: distinct characters in order of first appearance; index 0 is the pad (start of a sentence). */
  vocab: string[];
  /** Context ids [n][CONTEXT] and the id of the character that follows each. */
  X: number[][];
  Y: number[];
}

export const PAD = '·';

/**
 * Character windows: each sentence is prefixed with CONTEXT pads; every character (the final
 * full stop included) is a target given the CONTEXT characters before it. The models are
 * measured on all of them: the question is how fast each loss fits the corpus.
 */
export function charData(id: CorpusId): CharData {
  const vocab = [PAD];
  const index = new Map<string, number>([[PAD, 0]]);
  const X: number[][] = [];
  const Y: number[] = [];
  for (const s of CORPORA[id]) {
    for (const ch of s)
      if (!index.has(ch)) {
        index.set(ch, vocab.length);
        vocab.push(ch);
      }
    const ids = [...new Array<number>(CONTEXT).fill(0), ...[...s].map((ch) => index.get(ch)!)];
    for (let t = CONTEXT; t < ids.length; t++) {
      X.push(ids.slice(t - CONTEXT, t));
      Y.push(ids[t]);
    }
  }
  return { vocab, X, Y };
}
