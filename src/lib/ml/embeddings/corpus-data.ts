/**
 * Our own bilingual toy corpus (written for this project, English and Traditional Chinese as
 * used in Taiwan): groups of related words, each with sentence templates in both languages.
 * Words of a group fill the same templates, so they share contexts (the distributional
 * hypothesis is what skip-gram turns into geometry). Chinese sentences are written already
 * segmented into words, separated by spaces.
 *
 * In a template `_` is the group's own word; `{key}` is a word of group `key` (association
 * templates, used by the WEAT groups). `only` restricts a template to some of the group's
 * words (by index): the family group has "he is my _" for the male words and "she is my _"
 * for the female ones, which gives the gender direction an analogy can use. Word i of a
 * group in one language translates word i in the other.
 */
export type CorpusLang = 'en' | 'zh';

export interface Template {
  text: string;
  only?: number[];
}

export interface WordGroup {
  key: string;
  label: Record<'en' | 'zh-Hant', string>;
  words: Record<CorpusLang, string[]>;
  templates: Record<CorpusLang, Template[]>;
}

const t = (...texts: string[]): Template[] => texts.map((text) => ({ text }));

/** The seven topic groups of the word-vector pages. */
export const TOPIC_GROUPS: WordGroup[] = [
  {
    key: 'animals',
    label: { en: 'animals', 'zh-Hant': '動物' },
    words: { en: ['dog', 'cat', 'horse', 'cow', 'sheep', 'pig'], zh: ['狗', '貓', '馬', '牛', '羊', '豬'] },
    templates: {
      en: t('the _ sleeps in the barn', 'a _ has a tail', 'we feed the _ every morning', 'the farmer keeps a _', 'the _ eats hay', 'that _ is hungry'),
      zh: t('_ 在 穀倉 裡 睡覺', '_ 有 尾巴', '我們 每天 早上 餵 _', '農夫 養 _', '_ 在 吃 乾草', '那 隻 _ 餓 了')
    }
  },
  {
    key: 'colours',
    label: { en: 'colours', 'zh-Hant': '顏色' },
    words: { en: ['red', 'blue', 'green', 'yellow', 'black', 'white'], zh: ['紅色', '藍色', '綠色', '黃色', '黑色', '白色'] },
    templates: {
      en: t('the wall is painted _', 'she wears a _ dress', 'i like the colour _', 'mix the paint to make _', 'his car is _', 'the flag is _'),
      zh: t('牆 被 漆 成 _', '她 穿 _ 的 洋裝', '我 喜歡 _ 這個 顏色', '把 顏料 調 成 _', '他 的 車 是 _ 的', '這 面 旗子 是 _ 的')
    }
  },
  {
    key: 'family',
    label: { en: 'family', 'zh-Hant': '家人' },
    words: {
      en: ['father', 'mother', 'brother', 'sister', 'grandfather', 'grandmother'],
      zh: ['爸爸', '媽媽', '哥哥', '姊姊', '爺爺', '奶奶']
    },
    templates: {
      en: [
        ...t('my _ cooks dinner at home', 'i phone my _ every week', 'our _ visits us on sunday', 'the _ hugs the baby'),
        { text: 'he is my _', only: [0, 2, 4] },
        { text: 'he shaves , said my _', only: [0, 2, 4] },
        { text: 'she is my _', only: [1, 3, 5] },
        { text: 'she sings , said my _', only: [1, 3, 5] }
      ],
      zh: [
        ...t('我 的 _ 在 家 煮 晚餐', '我 每 個 星期 打 電話 給 _', '_ 星期天 來 看 我們', '_ 抱著 寶寶'),
        { text: '他 是 我 的 _', only: [0, 2, 4] },
        { text: '_ 說 他 在 刮 鬍子', only: [0, 2, 4] },
        { text: '她 是 我 的 _', only: [1, 3, 5] },
        { text: '_ 說 她 在 唱歌', only: [1, 3, 5] }
      ]
    }
  },
  {
    key: 'food',
    label: { en: 'food', 'zh-Hant': '食物' },
    words: { en: ['bread', 'rice', 'noodles', 'apple', 'cake', 'soup'], zh: ['麵包', '米飯', '麵', '蘋果', '蛋糕', '湯'] },
    templates: {
      en: t('we eat _ for lunch', 'the _ tastes good', 'she cooks _ in the kitchen', 'i bought _ at the shop', 'there is _ on the plate', 'the children want more _'),
      zh: t('我們 午餐 吃 _', '這 _ 很 好吃', '她 在 廚房 做 _', '我 在 商店 買 了 _', '盤子 上 有 _', '孩子們 還 想 要 _')
    }
  },
  {
    key: 'places',
    label: { en: 'places', 'zh-Hant': '地點' },
    words: {
      en: ['school', 'park', 'market', 'hospital', 'station', 'library'],
      zh: ['學校', '公園', '市場', '醫院', '車站', '圖書館']
    },
    templates: {
      en: t('they live near the _', 'we go to the _ today', 'the _ is closed on monday', 'meet me at the _', 'the bus stops at the _', 'a new _ was built in town'),
      zh: t('他們 住 在 _ 附近', '我們 今天 去 _', '_ 星期一 休息', '在 _ 跟 我 碰面', '公車 停 在 _', '鎮上 新 蓋 了 _')
    }
  },
  {
    key: 'motion',
    label: { en: 'verbs of motion', 'zh-Hant': '移動動詞' },
    words: { en: ['walk', 'run', 'swim', 'fly', 'jump', 'climb'], zh: ['走路', '跑步', '游泳', '飛', '跳', '爬'] },
    templates: {
      en: t('they _ fast', 'the children _ together', 'i can _ far', 'we _ after school', 'do not _ here', 'he likes to _'),
      zh: t('他們 _ 得 很 快', '孩子們 一起 _', '我 可以 _ 很 遠', '我們 放學 後 _', '不要 在 這裡 _', '他 喜歡 _')
    }
  },
  {
    key: 'numbers',
    label: { en: 'numbers', 'zh-Hant': '數字' },
    words: { en: ['one', 'two', 'three', 'four', 'five', 'six'], zh: ['一', '二', '三', '四', '五', '六'] },
    templates: {
      en: t('i count to _', 'page _ is missing', 'the answer is _', 'add _ to the total', 'room number _', 'the score is _ to nil'),
      zh: t('我 數 到 _', '第 _ 頁 不見 了', '答案 是 _', '總數 再 加 _', '_ 號 房間', '比數 是 _ 比 零')
    }
  }
];

/**
 * Four more groups for the word embedding association test (WEAT), after the first test of
 * Caliskan, Bryson & Narayanan (2017): flowers vs insects, pleasant vs unpleasant. Each has
 * its own templates; the association templates (`ASSOCIATION_TEMPLATES`) put a flower or an
 * insect next to a pleasant or an unpleasant word, and the corpus's `bias` decides how often
 * the pairing is the stereotyped one.
 */
export const WEAT_GROUPS: WordGroup[] = [
  {
    key: 'flowers',
    label: { en: 'flowers', 'zh-Hant': '花' },
    words: { en: ['rose', 'lily', 'tulip', 'daisy', 'orchid', 'lotus'], zh: ['玫瑰', '百合', '鬱金香', '雛菊', '蘭花', '蓮花'] },
    templates: {
      en: t('the _ grows in the garden', 'she picks a _', 'a _ blooms in spring', 'he waters the _'),
      zh: t('_ 長 在 花園 裡', '她 摘 了 _', '_ 在 春天 開花', '他 替 _ 澆水')
    }
  },
  {
    key: 'insects',
    label: { en: 'insects', 'zh-Hant': '昆蟲' },
    words: { en: ['ant', 'wasp', 'flea', 'mosquito', 'cockroach', 'beetle'], zh: ['螞蟻', '黃蜂', '跳蚤', '蚊子', '蟑螂', '甲蟲'] },
    templates: {
      en: t('a _ crawls on the floor', 'the _ has antennae', 'i saw a _ under the rock', 'the _ lays eggs'),
      zh: t('_ 在 地上 爬行', '_ 有 觸角', '我 在 石頭 下 看到 _', '_ 會 產卵')
    }
  },
  {
    key: 'pleasant',
    label: { en: 'pleasant', 'zh-Hant': '愉快' },
    words: {
      en: ['lovely', 'beautiful', 'gentle', 'happy', 'wonderful', 'pleasant'],
      zh: ['可愛', '美麗', '溫柔', '快樂', '美妙', '愉快']
    },
    templates: {
      en: t('what a _ feeling', 'it was _ indeed', 'everyone felt _', 'that sounds _'),
      zh: t('多麼 _ 的 感覺', '真的 很 _', '大家 都 覺得 _', '聽起來 很 _')
    }
  },
  {
    key: 'unpleasant',
    label: { en: 'unpleasant', 'zh-Hant': '不愉快' },
    words: { en: ['nasty', 'awful', 'ugly', 'dirty', 'horrible', 'gross'], zh: ['討厭', '糟糕', '醜陋', '骯髒', '可怕', '噁心'] },
    templates: {
      en: t('what a _ feeling', 'it was _ indeed', 'everyone felt _', 'that sounds _'),
      zh: t('多麼 _ 的 感覺', '真的 很 _', '大家 都 覺得 _', '聽起來 很 _')
    }
  }
];

/** Association templates: `{target}` is a flower or an insect, `{attribute}` pleasant or unpleasant. */
export const ASSOCIATION_TEMPLATES: Record<CorpusLang, string[]> = {
  en: ['the {target} is {attribute}', 'this {target} looks {attribute}', 'people say the {target} is {attribute}'],
  zh: ['這 {target} 很 {attribute}', '那 {target} 看起來 很 {attribute}', '大家 說 {target} 很 {attribute}']
};

export const ALL_GROUPS: WordGroup[] = [...TOPIC_GROUPS, ...WEAT_GROUPS];
