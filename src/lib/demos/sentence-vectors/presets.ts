import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'word-order': {
    label: { en: 'Dog bites man, man bites dog', 'zh-Hant': '狗咬人、人咬狗' },
    values: { sentences: 'dog bites man; man bites dog; the cat chases the boy; the boy chases the cat; she keeps money in the bank' },
    predict: {
      question: {
        en: '"dog bites man" and "man bites dog": how similar are their sentence vectors made by averaging the word vectors?',
        'zh-Hant': '「dog bites man」和「man bites dog」：把詞向量平均得到的句子向量有多相似？'
      },
      choices: {
        identical: { en: 'Identical: cosine exactly 1', 'zh-Hant': '完全相同：餘弦相似度剛好是 1' },
        close: { en: 'Similar but not the same', 'zh-Hant': '相似但不相同' },
        different: { en: 'Clearly different', 'zh-Hant': '明顯不同' }
      },
      answer: 'identical',
      why: {
        en: 'The same three word vectors are averaged, and an average does not care about order: the pooled vectors are the same numbers, cosine 1.000, at every step of training. The encoder mixes each word with its neighbours and their positions before pooling, so its two pooled sentence vectors are different numbers (see the difference figure), though their cosine stays close to 1: averaging hides most of the order even for contextual states, which is why sentence encoders are trained for the job.',
        'zh-Hant': '平均的是同樣三個詞向量，而平均不在乎順序：池化後的向量是同一組數字，餘弦相似度 1.000，訓練到哪一步都一樣。編碼器在池化前會把每個字與鄰近的字及其位置混合，所以它池化後的兩個句子向量是不同的數字（見差異數字），不過餘弦相似度仍接近 1：即使是情境化狀態，平均也會抹掉大部分的語序，這正是句子編碼器需要專門訓練的原因。'
      },
      revealAt: 10
    }
  },
  'ambiguous-bank': {
    label: { en: 'One word, two meanings: bank', 'zh-Hant': '一個字兩種意思：bank' },
    values: {
      word: 'bank',
      contexts: 'we sat on the green bank of the river; the duck rests by the river bank; she saves her money in the bank; the bank lends gold for the town'
    },
    predict: {
      question: {
        en: '"bank" appears in two river sentences and two money sentences. How many different vectors does each kind of embedding give it?',
        'zh-Hant': '「bank」出現在兩個河岸句和兩個金錢句中。兩種嵌入各給它幾個不同的向量？'
      },
      choices: {
        'one-four': { en: 'Static: one; contextual: a different one per sentence', 'zh-Hant': '靜態：一個；情境化：每個句子各不相同' },
        'one-one': { en: 'One each: a word is a word', 'zh-Hant': '各一個：字就是字' },
        'four-four': { en: 'Four each', 'zh-Hant': '各四個' }
      },
      answer: 'one-four',
      why: {
        en: 'The static vector is a row of the embedding table, looked up by the word alone: the left matrix is all 1.000. The encoder\'s output at "bank" depends on the whole sentence, so the four contextual vectors are four different points (right matrix: distances well above 0). A model this small, trained for seconds, does not yet separate the two senses cleanly; large encoders do.',
        'zh-Hant': '靜態向量是嵌入表中的一列，只憑字本身查出：左邊矩陣全是 1.000。編碼器在「bank」位置的輸出取決於整個句子，所以四個情境化向量是四個不同的點（右側矩陣：距離明顯大於 0）。這麼小、只訓練幾秒的模型還無法把兩種意思清楚分開；大型編碼器才做得到。'
      },
      revealAt: 10
    }
  },
  'ambiguous-bat': {
    label: { en: 'One word, two meanings: bat', 'zh-Hant': '一個字兩種意思：bat' },
    values: {
      word: 'bat',
      contexts: 'the bat sleeps in the cave; a small bat eats insects at night; he hits the ball with a wooden bat; the player swings the bat and runs'
    }
  }
});
