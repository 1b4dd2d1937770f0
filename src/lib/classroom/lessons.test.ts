// The built-in lessons against the demo registry and presets: a renamed preset, a removed
// control or a page that no longer shows the demo fails here, not in class.
import { describe, expect, it } from 'vitest';
import { definePresets, type Schema } from '$lib/params/schema';
import { demoMetas } from '$lib/demos/registry';
import { demoPresets } from '$lib/demos/presets-index';
import { questionById } from '../../content/catalogue';
import { glossary } from '../../content/glossary';
import { lessons, reservedSlugs, stepDemo } from './lessons';
import { demoSchemas } from './schemas';

const both = (l: { en: string; 'zh-Hant': string }) => !!l.en?.trim() && !!l['zh-Hant']?.trim();

describe('lessons', () => {
  it('every demo has its parameter schema', () => {
    for (const id of Object.keys(demoMetas)) expect(Object.keys(demoSchemas[id] ?? {}).length, id).toBeGreaterThan(0);
  });

  it('there are at least five, with unique slugs that the routes do not use', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(5);
    const slugs = lessons.map((l) => l.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(reservedSlugs).not.toContain(s);
  });

  for (const lesson of lessons) {
    describe(lesson.slug, () => {
      it('has a title, a summary and a length, in both languages', () => {
        expect(both(lesson.title) && both(lesson.summary)).toBe(true);
        expect(lesson.minutes).toBeGreaterThan(0);
        expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
      });

      lesson.steps.forEach((step, i) => {
        it(`step ${i + 1}: ${step.page} ${step.preset} exists and is on that page`, () => {
          const q = questionById(step.page);
          expect(q, `page ${step.page}`).toBeDefined();
          const demo = stepDemo(step)!;
          expect(demo, `${step.page} has no demo`).toBeDefined();
          expect(demoMetas[demo]?.pages, `${demo} is not on ${step.page}`).toHaveProperty(step.page);
          expect(Object.keys(demoPresets[demo] ?? {}), `${demo} has no preset ${step.preset}`).toContain(step.preset);
          for (const k of step.hide ?? []) expect(Object.keys(demoSchemas[demo]), `${demo} has no control ${k}`).toContain(k);
          expect(both(step.note), 'note in both languages').toBe(true);
          expect(step.note.en.length, 'a short note').toBeLessThan(400);
        });
        if (step.predict) {
          it(`step ${i + 1}: its prediction is well formed`, () => {
            const predict = step.predict!;
            // The same checks a preset's `predict` gets.
            expect(() => definePresets({} as Schema, { probe: { label: { en: 'p', 'zh-Hant': 'p' }, values: {}, predict } })).not.toThrow();
          });
        }
      });

      it("spells every glossary term the glossary's way (zh-Hant)", () => {
        let text = [lesson.title, lesson.summary, ...lesson.steps.flatMap((s) => [s.note, s.predict?.question, s.predict?.why, ...Object.values(s.predict?.choices ?? {})])]
          .map((l) => l?.['zh-Hant'] ?? '')
          .join('\n');
        for (const g of [...glossary].sort((a, b) => b.zh.length - a.zh.length)) if (g.zh.length > 1) text = text.split(g.zh).join('\u0000');
        expect(glossary.flatMap((g) => g.avoid.filter((v) => text.includes(v)).map((v) => `${v} → ${g.zh}`))).toEqual([]);
      });
    });
  }
});
