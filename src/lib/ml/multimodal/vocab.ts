/**
 * The words of the generated image-text world, in both languages: colours, shapes, spatial
 * relations, question words and answers. Every index here is stable (tokens, combinations
 * and answers are numbered by these tables), so add at the end, never reorder.
 */
export type Lang = 'en' | 'zh-Hant';
export const LANGS: readonly Lang[] = ['en', 'zh-Hant'];

export const COLOURS = ['red', 'green', 'blue', 'yellow'] as const;
export const SHAPES = ['circle', 'square', 'triangle'] as const;
/** Relation r of object A to object B: "A left of B", "A above B", ... */
export const RELATIONS = ['left', 'right', 'above', 'below'] as const;
export type Colour = (typeof COLOURS)[number];
export type Shape = (typeof SHAPES)[number];
export type Relation = (typeof RELATIONS)[number];

/** Linear RGB in [0, 1]: distinct hues, similar brightness. */
export const COLOUR_RGB: readonly [number, number, number][] = [
  [0.92, 0.16, 0.14],
  [0.12, 0.72, 0.22],
  [0.18, 0.36, 0.96],
  [0.95, 0.84, 0.1]
];

export const COLOUR_WORDS: Record<Lang, readonly string[]> = {
  en: ['red', 'green', 'blue', 'yellow'],
  'zh-Hant': ['紅色', '綠色', '藍色', '黃色']
};
export const SHAPE_WORDS: Record<Lang, readonly string[]> = {
  en: ['circle', 'square', 'triangle'],
  'zh-Hant': ['圓形', '方形', '三角形']
};
/** English: "A left of B". Chinese: 「B左邊有一個A」 (the landmark B comes first). */
export const RELATION_WORDS: Record<Lang, readonly string[]> = {
  en: ['left of', 'right of', 'above', 'below'],
  'zh-Hant': ['左邊', '右邊', '上面', '下面']
};

/** A combination = one colour and one shape: index colour * SHAPES.length + shape. */
export const COMBOS = COLOURS.length * SHAPES.length;
export const comboOf = (colour: number, shape: number): number => colour * SHAPES.length + shape;
export const colourOfCombo = (combo: number): number => Math.floor(combo / SHAPES.length);
export const shapeOfCombo = (combo: number): number => combo % SHAPES.length;

/** Answers of the toy VQA: the colours, the shapes, then the counts one and two. */
export const ANSWERS = [...COLOURS, ...SHAPES, 'one', 'two'] as const;
export const ANSWER_WORDS: Record<Lang, readonly string[]> = {
  en: [...COLOUR_WORDS.en, ...SHAPE_WORDS.en, 'one', 'two'],
  'zh-Hant': [...COLOUR_WORDS['zh-Hant'], ...SHAPE_WORDS['zh-Hant'], '一個', '兩個']
};
export const answerOfColour = (c: number): number => c;
export const answerOfShape = (s: number): number => COLOURS.length + s;
export const answerOfCount = (n: 1 | 2): number => COLOURS.length + SHAPES.length + n - 1;

/** Special tokens come first: [PAD] is 0 (padding), [UNK] an unknown word. */
export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[MASK]', '[CLS]', '[SEP]'] as const;
export const PAD = 0;
export const UNK = 1;
export const MASK = 2;
export const CLS = 3;
export const SEP = 4;

/** Every English word the generator writes (captions and questions). */
export const EN_WORDS = [
  'a', 'red', 'green', 'blue', 'yellow', 'circle', 'square', 'triangle', 'left', 'right', 'of', 'above', 'below',
  'what', 'colour', 'is', 'the', 'shape', 'how', 'many', 'shapes', 'are', 'there', 'object', 'one', 'two', '?'
] as const;
/** Every Chinese word the generator writes; the tokenizer matches the longest first. */
export const ZH_WORDS = [
  '一個', '紅色', '綠色', '藍色', '黃色', '圓形', '方形', '三角形', '左邊', '右邊', '上面', '下面',
  '有', '是', '什麼', '顏色', '形狀', '的', '幾個', '兩個', '？'
] as const;

/** Spellings a reader may type that mean a known word (American spelling, plurals, short forms). */
export const SYNONYMS: Record<string, string> = {
  color: 'colour', circles: 'circle', squares: 'square', triangles: 'triangle', an: 'a', objects: 'object',
  round: 'circle', box: 'square',
  '紅': '紅色', '綠': '綠色', '藍': '藍色', '黃': '黃色', '圓': '圓形', '圓圈': '圓形', '正方形': '方形', '三角': '三角形',
  '個': '一個', '左': '左邊', '右': '右邊', '上': '上面', '下': '下面', '上方': '上面', '下方': '下面', '左側': '左邊', '右側': '右邊'
};

/** The vocabulary: special tokens, English words, Chinese words (ids are positions). */
export const VOCAB: readonly string[] = [...SPECIAL_TOKENS, ...EN_WORDS, ...ZH_WORDS];
export const VOCAB_SIZE = VOCAB.length;
