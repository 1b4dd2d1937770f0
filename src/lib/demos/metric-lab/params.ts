import { defineParams } from '$lib/params/schema';

const sentence = (en: string, zh: string, def: string) =>
  ({ kind: 'text', maxLength: 400, default: def, apply: 'live', label: { en, 'zh-Hant': zh } }) as const;

export const params = defineParams({
  candA: sentence('Candidate A', '候選句 A', 'last year the economy expanded more quickly than forecast'),
  candB: sentence('Candidate B', '候選句 B', 'the economy grew slower than expected last year'),
  ref1: sentence('Reference 1', '參考答案 1', 'the economy grew faster than expected last year'),
  ref2: sentence('Reference 2 (optional)', '參考答案 2（可留空）', ''),
  tokenize: {
    kind: 'choice', options: ['13a', 'intl', 'char', 'none'], default: '13a', apply: 'live',
    label: { en: 'BLEU tokenizer', 'zh-Hant': 'BLEU 斷詞器' },
    optionLabels: {
      '13a': { en: '13a (WMT default)', 'zh-Hant': '13a（WMT 預設）' },
      intl: { en: 'intl (Unicode punctuation)', 'zh-Hant': 'intl（Unicode 標點）' },
      char: { en: 'char (one token per character)', 'zh-Hant': 'char（每個字元一個詞元）' },
      none: { en: 'none (split at spaces only)', 'zh-Hant': 'none（只按空白切分）' }
    }
  },
  smooth: {
    kind: 'choice', options: ['exp', 'floor', 'add-k', 'none'], default: 'exp', apply: 'live',
    label: { en: 'BLEU smoothing', 'zh-Hant': 'BLEU 平滑方法' },
    optionLabels: {
      exp: { en: 'exp (sacreBLEU default)', 'zh-Hant': 'exp（sacreBLEU 預設）' },
      floor: { en: 'floor (0.1)', 'zh-Hant': 'floor（0.1）' },
      'add-k': { en: 'add-k (k = 1)', 'zh-Hant': 'add-k（k = 1）' },
      none: { en: 'none', 'zh-Hant': '不平滑' }
    }
  },
  lowercase: { kind: 'boolean', default: false, apply: 'live', label: { en: 'Lowercase for BLEU', 'zh-Hant': 'BLEU 先轉小寫' } },
  stemmer: {
    kind: 'boolean', default: false, apply: 'live',
    label: { en: 'Porter stemmer for ROUGE', 'zh-Hant': 'ROUGE 使用 Porter 詞幹還原' },
    help: { en: '"grew" and "grows" stay different; "expected" and "expecting" both become "expect".', 'zh-Hant': '「grew」和「grows」仍然不同；「expected」和「expecting」都會變成「expect」。' }
  }
});

/** The text fields, shown as wide inputs in the view instead of the control panel. */
export const TEXT_KEYS = ['candA', 'candB', 'ref1', 'ref2'] as const;
