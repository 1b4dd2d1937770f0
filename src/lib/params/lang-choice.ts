/**
 * The language of a demo's generated text (captions, questions): English, Chinese, or both
 * (each item's language drawn 50/50). One control, shared by the multimodal demos.
 */
import type { ChoiceSpec, Label } from './schema';

export const LANG_CHOICES = ['en', 'zh-Hant', 'both'] as const;
export type LangChoice = (typeof LANG_CHOICES)[number];

export function langChoiceParam(label: Label, defaultValue: LangChoice): ChoiceSpec<LangChoice> & { options: typeof LANG_CHOICES } {
  return {
    kind: 'choice',
    options: LANG_CHOICES,
    default: defaultValue,
    label,
    optionLabels: {
      en: { en: 'English', 'zh-Hant': '英文' },
      'zh-Hant': { en: 'Chinese', 'zh-Hant': '中文' },
      both: { en: 'Both (half each)', 'zh-Hant': '兩種各半' }
    }
  };
}
