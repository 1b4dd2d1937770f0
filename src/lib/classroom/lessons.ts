/**
 * The built-in lessons, derived from the files: every `lessons/<slug>.ts` default-exports
 * one (adding a lesson is adding a file). Validated against the demo registry and presets
 * by lessons.test.ts.
 */
import type { Lang } from '$lib/params/schema';
import { questionById } from '../../content/catalogue';
import type { Lesson, PlayStep } from './types';

export const lessons: Lesson[] = Object.values(import.meta.glob<Lesson>('./lessons/*.ts', { eager: true, import: 'default' })).sort(
  (a, b) => a.order - b.order || a.slug.localeCompare(b.slug)
);

/** Slugs the lesson routes use for themselves. */
export const reservedSlugs = ['build', 'play'];

export function lessonBySlug(slug: string): Lesson | undefined {
  return lessons.find((l) => l.slug === slug);
}

/** The demo a step shows: its own, or the page's first. */
export function stepDemo(step: { page: string; demo?: string }): string | undefined {
  return step.demo ?? questionById(step.page)?.demos[0]?.id;
}

export function playSteps(lesson: Lesson, lang: Lang): PlayStep[] {
  return lesson.steps.map((s) => ({
    page: s.page,
    demo: stepDemo(s)!,
    preset: s.preset,
    hide: s.hide ?? [],
    note: s.note[lang],
    ...(s.predict ? { predict: s.predict } : {})
  }));
}
