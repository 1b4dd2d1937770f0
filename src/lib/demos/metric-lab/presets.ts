import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  paraphrase: {
    label: { en: 'A paraphrase BLEU punishes', 'zh-Hant': '被 BLEU 懲罰的改寫' },
    values: {
      ref1: 'the economy grew faster than expected last year',
      ref2: '',
      candA: 'last year the economy expanded more quickly than forecast',
      candB: 'the economy grew slower than expected last year',
      tokenize: '13a',
      smooth: 'exp'
    },
    predict: {
      question: {
        en: 'A says what the reference says in other words; B copies it but changes "faster" to "slower", so it means the opposite. Which gets the higher BLEU?',
        'zh-Hant': 'A 用不同的字詞表達與參考答案相同的意思；B 幾乎照抄，卻把「faster」改成「slower」，意思相反。哪一句的 BLEU 比較高？'
      },
      choices: {
        a: { en: 'A, the faithful paraphrase', 'zh-Hant': 'A，意思正確的改寫' },
        b: { en: 'B, the near-copy that means the opposite', 'zh-Hant': 'B，意思相反的近似抄寫' }
      },
      answer: 'b',
      why: {
        en: 'BLEU only counts shared n-grams. B shares 8 of its 9 words and whole runs of them with the reference; A shares only "last year", "the economy" and "than". ROUGE behaves the same way. Neither metric reads meaning.',
        'zh-Hant': 'BLEU 只計算共同的 n-gram。B 的 9 個詞有 8 個、而且有整段連續詞與參考答案相同；A 只共享「last year」、「the economy」和「than」。ROUGE 也一樣。兩種指標都不理解語意。'
      }
    }
  },
  clipping: {
    label: { en: 'Clipping: "the the the …"', 'zh-Hant': '截斷計數：「the the the …」' },
    values: {
      ref1: 'the cat is on the mat',
      ref2: 'there is a cat on the mat',
      candA: 'the the the the the the the',
      candB: 'the cat the cat on the mat',
      tokenize: '13a',
      smooth: 'exp'
    }
  },
  brevity: {
    label: { en: 'Too short: the brevity penalty', 'zh-Hant': '太短：簡短懲罰' },
    values: {
      ref1: 'the cat is sitting on the mat by the door',
      ref2: 'a cat sits on the mat near the door',
      candA: 'the cat is on the mat',
      candB: 'the cat is sitting on the mat near the door',
      tokenize: '13a',
      smooth: 'exp'
    }
  },
  chinese: {
    label: { en: 'Chinese: which tokenizer?', 'zh-Hant': '中文：用哪個斷詞器？' },
    values: {
      ref1: '貓坐在墊子上。',
      ref2: '',
      candA: '貓坐在墊子旁。',
      candB: '狗在門口睡覺。',
      tokenize: '13a',
      smooth: 'exp'
    },
    predict: {
      question: {
        en: 'With sacreBLEU\'s default 13a tokenizer, A differs from the reference in one character, B in almost all. What BLEU does A get?',
        'zh-Hant': '使用 sacreBLEU 預設的 13a 斷詞器時，A 與參考答案只差一個字，B 幾乎全部不同。A 的 BLEU 是多少？'
      },
      choices: {
        zero: { en: '0, the same as B', 'zh-Hant': '0，和 B 一樣' },
        high: { en: 'High, far above B', 'zh-Hant': '很高，遠高於 B' }
      },
      answer: 'zero',
      why: {
        en: '13a splits at spaces and ASCII punctuation. A Chinese sentence has neither, so each sentence is one "word" and A matches nothing. Switch the tokenizer to char: every character becomes a token and A scores well above B.',
        'zh-Hant': '13a 依空白和 ASCII 標點切分。中文句子兩者都沒有，整句變成一個「詞」，A 因此完全沒有匹配。把斷詞器換成 char：每個字都是一個詞元，A 的分數就遠高於 B。'
      }
    }
  }
});
