/**
 * The text BPE learns from, written for this demo: short English sentences built around word
 * families (kind / kindness / unkind, play / player / replay, help / helpful / helpless, ...)
 * and Traditional Chinese sentences (Taiwan usage) around recurring words (機器, 學習, 模型,
 * 翻譯, 語言, 資料, ...). The rare words the demo tries are not in it.
 */
export const ENGLISH: readonly string[] = [
  'The kind teacher was kind to every reader.',
  'Kindness is not weakness, and unkind words are not strength.',
  'She thanked him for his kindness and his kind help.',
  'An unkind reply can undo a week of kindness.',
  'The players played the game again and again.',
  'A player who plays fair is a good player.',
  'They replayed the last match to see the replay slowly.',
  'The children were playing and replaying the same song.',
  'Helpful readers help new readers with reading.',
  'The helper felt helpless when the help came too late.',
  'An unhelpful answer is less useful than a helpful question.',
  'He was helpful, then helpless, then helpful again.',
  'Teachers teach, and teaching is how teachers learn.',
  'The reader reread the book because reading it once was not enough.',
  'Useful tools are used by users who reuse them.',
  'A useless tool is unused, and unused tools are useless.',
  'The user said the tool was useful and easy to use.',
  'A tokenizer splits text into tokens.',
  'Tokens are the pieces a tokenizer makes from words.',
  'We tokenize the words, then count the tokens.',
  'The lower road is lower than the low bridge.',
  'The lowest price was lower than the low price last week.',
  'The newer phone is newer than the new one, but the newest is best.',
  'The older tree is older than the old house, and the oldest stone is older still.',
  'A smaller model is smaller than a small one; the smallest fits in a phone.',
  'A faster runner is faster than a fast walker; the fastest wins.',
  'The happy child was happier than the unhappy one.',
  'Happiness and unhappiness are both part of a life.',
  'She smiled happily, and her happiness made others happy.',
  'Unhappy users are unhappy because the tool is unhelpful.',
  'The words we read and the words we use are the words we learn.',
  'Learning new words is easier when the parts of the words are known.',
  'Reading helps, teaching helps, and playing helps too.',
  'The kindest teachers are often the happiest readers.',
  'The model learns the parts of words from the words it sees.'
];

export const CHINESE: readonly string[] = [
  '機器學習讓電腦從資料中學習規律。',
  '深度學習是機器學習的一個分支。',
  '語言模型學習文字出現的機率。',
  '大型語言模型需要大量資料與長時間訓練。',
  '機器翻譯把一種語言翻譯成另一種語言。',
  '翻譯需要理解原文，也需要熟悉目標語言。',
  '好的翻譯讀起來像原本就用那種語言寫成。',
  '模型訓練時會反覆看過同一批資料。',
  '訓練資料的品質決定模型的品質。',
  '神經網路由許多層組成，每一層學習不同的特徵。',
  '深度神經網路可以學習複雜的規律。',
  '電腦把文字切成詞元，再把詞元變成向量。',
  '詞元切分器把中文文字切成較小的片段。',
  '中文的詞與詞之間沒有空格。',
  '英文的單字之間有空格，中文則沒有。',
  '學生在學校學習語言，也學習數學。',
  '老師說學習語言要多聽、多說、多讀、多寫。',
  '資料越多，模型通常學得越好。',
  '資料太少時，模型容易記住訓練資料。',
  '機器學習模型需要好的資料，也需要好的評估。',
  '語言學家研究語言的結構與變化。',
  '翻譯軟體讓不同語言的人可以溝通。',
  '台灣的學生從小學習中文與英文。',
  '模型看過的文字越多，認得的詞元越多。',
  '深度學習模型在影像與語言上都有很好的表現。',
  '學習新的詞時，認得詞的部分會更容易。',
  '電腦科學家設計新的模型來處理語言。',
  '訓練一個語言模型需要很多電腦。',
  '機器可以學習，但學習需要資料。',
  '翻譯與摘要都是語言模型常見的任務。'
];

/** Words the corpus never contains, made of pieces it does. */
export const RARE = { en: 'unkindness', zh: '機器翻譯模型' } as const;

/** Text used to compare token counts with a production tokenizer (not part of the corpus). */
export const SAMPLES = {
  en: 'Subword tokenizers split rare words such as unkindness into pieces they have seen.',
  zh: '詞元切分器會把罕見的詞切成它看過的片段，例如機器翻譯模型。'
} as const;
