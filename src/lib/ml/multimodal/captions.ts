/**
 * Captions and questions about the generated scenes, in English and in Taiwan Mandarin:
 *   one object:  "a red circle"                        「一個紅色圓形」
 *   two objects: "a red circle left of a blue square"  「藍色方形左邊有一個紅色圓形」
 * (Chinese names the landmark first: "to the left of the blue square there is a red
 * circle"). Caption noise replaces a share of captions by the caption of another scene with
 * a different content (a mismatched pair), as web alt-text often is. Questions: colour,
 * shape, count and spatial, each with its answer index into ANSWERS.
 */
import { Rng } from '../core/random';
import type { Scene, SceneObject } from './world';
import {
  answerOfColour, answerOfCount, answerOfShape, COLOUR_WORDS, RELATION_WORDS, RELATIONS, SHAPE_WORDS, type Lang
} from './vocab';

const objectWords = (o: Pick<SceneObject, 'colour' | 'shape'>, lang: Lang) =>
  lang === 'en' ? `${COLOUR_WORDS.en[o.colour]} ${SHAPE_WORDS.en[o.shape]}` : `${COLOUR_WORDS['zh-Hant'][o.colour]}${SHAPE_WORDS['zh-Hant'][o.shape]}`;

/** The caption of a scene. English words are separated by spaces; Chinese is written without. */
export function caption(scene: Scene, lang: Lang): string {
  const [a, b] = scene.objects;
  if (!b) return lang === 'en' ? `a ${objectWords(a, 'en')}` : `一個${objectWords(a, lang)}`;
  const rel = RELATION_WORDS[lang][scene.relation];
  return lang === 'en' ? `a ${objectWords(a, 'en')} ${rel} a ${objectWords(b, 'en')}` : `${objectWords(b, lang)}${rel}有一個${objectWords(a, lang)}`;
}

/** The caption of one colour-shape combination (a one-object caption). */
export function comboCaption(colour: number, shape: number, lang: Lang): string {
  return caption({ objects: [{ colour, shape, cx: 0, cy: 0, size: 0, rgb: [0, 0, 0] }], relation: -1 }, lang);
}

/** A scene's content as a key: two scenes with the same key have the same true caption. */
export function sceneKey(scene: Scene): string {
  return scene.objects.map((o) => `${o.colour}${o.shape}`).join('-') + (scene.relation >= 0 ? `r${scene.relation}` : '');
}

export type LangChoice = Lang | 'both';

export interface CaptionSpec {
  /** Language of every caption, or 'both' (each caption's language drawn 50/50). */
  lang?: LangChoice;
  /** Share of pairs whose caption belongs to another scene with different content, in [0, 1]. */
  noise?: number;
}

export interface Captions {
  text: string[];
  lang: Lang[];
  /** 1 where the caption was swapped for another scene's (a mismatched pair). */
  mismatched: Uint8Array;
  /** For each pair, the scene whose caption it carries (itself when matched). */
  source: Int32Array;
}

/** Captions for a list of scenes, with caption noise. Seeded. */
export function makeCaptions(scenes: readonly Scene[], seed: number, spec: CaptionSpec = {}): Captions {
  const rng = new Rng(seed);
  const n = scenes.length;
  const noise = Math.min(1, Math.max(0, spec.noise ?? 0));
  const keys = scenes.map(sceneKey);
  const text: string[] = [];
  const langs: Lang[] = [];
  const mismatched = new Uint8Array(n);
  const source = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const lang: Lang = spec.lang === 'both' ? (rng.next() < 0.5 ? 'en' : 'zh-Hant') : (spec.lang ?? 'en');
    let src = i;
    if (noise > 0 && rng.next() < noise) {
      // Another scene with different content (a few tries; a one-combination world has none).
      for (let t = 0; t < 50; t++) {
        const j = rng.int(n);
        if (keys[j] !== keys[i]) {
          src = j;
          break;
        }
      }
    }
    mismatched[i] = src !== i ? 1 : 0;
    source[i] = src;
    text.push(caption(scenes[src], lang));
    langs.push(lang);
  }
  return { text, lang: langs, mismatched, source };
}

export const QUESTION_KINDS = ['colour', 'shape', 'count', 'spatial'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface Question {
  kind: QuestionKind;
  text: string;
  /** Index into ANSWERS. */
  answer: number;
}

/**
 * A question about a scene, of the given kind, with its answer:
 *   colour:  "what colour is the circle ?"      「圓形是什麼顏色？」
 *   shape:   "what shape is the red object ?"   「紅色的是什麼形狀？」
 *   count:   "how many shapes are there ?"      「有幾個形狀？」
 *   spatial: "what is left of the square ?"     「方形左邊是什麼？」 (two-object scenes; the
 *            answer is the other object's shape). On a one-object scene it falls back to colour.
 * `pick` chooses the object asked about (default: drawn from rng).
 */
export function question(scene: Scene, kind: QuestionKind, lang: Lang, rng: Rng, pick?: number): Question {
  const objs = scene.objects;
  if (kind === 'spatial' && objs.length < 2) kind = 'colour';
  const k = pick ?? rng.int(objs.length);
  const o = objs[Math.min(k, objs.length - 1)];
  const en = lang === 'en';
  switch (kind) {
    case 'colour': {
      const s = SHAPE_WORDS[lang][o.shape];
      return { kind, text: en ? `what colour is the ${s} ?` : `${s}是什麼顏色？`, answer: answerOfColour(o.colour) };
    }
    case 'shape': {
      const c = COLOUR_WORDS[lang][o.colour];
      return { kind, text: en ? `what shape is the ${c} object ?` : `${c}的是什麼形狀？`, answer: answerOfShape(o.shape) };
    }
    case 'count':
      return { kind, text: en ? 'how many shapes are there ?' : '有幾個形狀？', answer: answerOfCount(objs.length as 1 | 2) };
    case 'spatial': {
      // "what is <r> of <landmark> ?": the landmark is one object, the answer the other.
      const landmark = objs[k === 0 ? 1 : 0];
      const target = objs[k === 0 ? 0 : 1];
      // The relation of target to landmark: scene.relation is objects[0] to objects[1].
      const r = k === 0 ? scene.relation : inverse(scene.relation);
      const s = SHAPE_WORDS[lang][landmark.shape];
      const rel = RELATION_WORDS[lang][r];
      return { kind, text: en ? `what is ${rel} the ${s} ?` : `${s}${rel}是什麼？`, answer: answerOfShape(target.shape) };
    }
  }
}

/** The inverse relation: left <-> right, above <-> below. */
export function inverse(r: number): number {
  return RELATIONS[r] === 'left' ? 1 : RELATIONS[r] === 'right' ? 0 : RELATIONS[r] === 'above' ? 3 : 2;
}
