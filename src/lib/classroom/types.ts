/**
 * Lessons: an ordered list of steps, each a page + a preset of its demo + the controls
 * hidden for the class + a short note for the teacher + optionally a question to ask before
 * running. Built-in lessons are data in `lessons/<slug>.ts` (both languages); a lesson a
 * teacher builds in the browser lives in the URL (see share-url.ts) and is in one language.
 */
import type { Label, Prediction } from '$lib/params/schema';

export interface LessonStep {
  /** The question id of the page (e.g. 'gen-05'). */
  page: string;
  /** The demo on that page (default: the page's first demo). */
  demo?: string;
  /** One of that demo's presets. */
  preset: string;
  /** Controls hidden for the class: parameter keys of the demo. */
  hide?: string[];
  /** A short note for the teacher: what to say, what to point at. */
  note: Label;
  /**
   * A question to ask before running. Only for presets without their own `predict`: when the
   * preset has one, the demo asks it and this is not shown.
   */
  predict?: Prediction;
}

export interface Lesson {
  /** kebab-case, the URL segment: /<lang>/lessons/<slug>/ */
  slug: string;
  title: Label;
  /** One or two sentences for the lesson list. */
  summary: Label;
  /** About how long it takes in class. */
  minutes: number;
  /** Position in the list (lower first). */
  order: number;
  steps: LessonStep[];
}

/** A step as the player shows it: the demo resolved, the note in the page's language. */
export interface PlayStep {
  page: string;
  demo: string;
  preset: string;
  hide: string[];
  note: string;
  predict?: Prediction;
}

/** Identity with light checks (the full validation against the registry is lessons.test.ts). */
export function defineLesson(l: Lesson): Lesson {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(l.slug)) throw new Error(`lesson slug "${l.slug}" must be kebab-case`);
  if (!l.steps.length) throw new Error(`lesson ${l.slug} has no steps`);
  return l;
}
