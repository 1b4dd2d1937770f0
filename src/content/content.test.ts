/**
 * The answers: every question has both answers with all five parts, renders (Markdown +
 * KaTeX, no raw HTML), links only to presets its demos declare and to questions that
 * exist, uses the glossary's Chinese terms, and is no placeholder.
 */
import { describe, expect, it } from 'vitest';
import { allAnswerFiles, answerSource } from './answers';
import { languages, questionById, questions } from './catalogue';
import { glossary } from './glossary';
import { linkTargets, parseAnswer } from './parse';
import { renderAnswer } from './render';
import { hasPreset } from '$lib/demos/presets-index';

const files = allAnswerFiles();

describe('answers', () => {
  it('exist for every question in both languages, and only for those', () => {
    const missing = languages.flatMap((l) => questions.filter((q) => !answerSource(l, q.id)).map((q) => `${l}/${q.id}`));
    expect(missing).toEqual([]);
    for (const f of files) expect(questionById(f.id), f.file).toBeDefined();
  });

  for (const f of files) {
    describe(`${f.lang}/${f.id}`, () => {
      it('has front matter, the five parts and a sensible length', () => {
        const a = parseAnswer(f.source, f.lang, f.file);
        expect(a.id).toBe(f.id);
        expect(a.related.length).toBeGreaterThanOrEqual(2);
        for (const r of a.related) expect(questionById(r), r).toBeDefined();
        expect(a.related).not.toContain(f.id);
        if (f.lang === 'en') {
          const words = a.parts.map((p) => p.markdown).join(' ').split(/\s+/).length;
          expect(words).toBeGreaterThanOrEqual(300);
          expect(words).toBeLessThanOrEqual(1000);
        } else {
          const han = (a.parts.map((p) => p.markdown).join('').match(/[\u4e00-\u9fff]/g) ?? []).length;
          expect(han).toBeGreaterThanOrEqual(400);
        }
        const text = f.source.toLowerCase();
        for (const bad of ['lorem ipsum', 'todo', 'tbd', 'placeholder', '待補', '撰寫中']) expect(text).not.toContain(bad);
      });

      it('renders: KaTeX parses, links resolve, no raw HTML', () => {
        const r = renderAnswer(f.source, f.lang, f.file, hasPreset);
        expect(r.parts).toHaveLength(5);
        for (const p of r.parts) expect(p.html).not.toMatch(/<script|<iframe|onerror=/i);
        for (const target of linkTargets(f.source)) {
          expect(target, f.file).toMatch(/^(preset:[a-z0-9-]+\/[a-z0-9-]+|q:[a-z]+-\d\d|https:\/\/|#)/);
          if (target.startsWith('preset:')) {
            const [demo, preset] = target.slice(7).split('/');
            expect(hasPreset(demo, preset), `${f.file}: ${target}`).toBe(true);
            // A page links presets of its own demos only.
            expect(questionById(f.id)!.demos.map((d) => d.id), `${f.file}: ${target}`).toContain(demo);
          }
        }
      });

      if (f.lang === 'zh-Hant') {
        it("spells every glossary term the glossary's way", () => {
          // Remove correct terms first, so 算法 inside 演算法 is not a false alarm.
          let text = f.source;
          for (const g of [...glossary].sort((a, b) => b.zh.length - a.zh.length)) if (g.zh.length > 1) text = text.split(g.zh).join('\u0000');
          const found = glossary.flatMap((g) => g.avoid.filter((v) => text.includes(v)).map((v) => `${v} (use ${g.zh} for "${g.en}")`));
          expect(found).toEqual([]);
        });
      }
    });
  }
});

describe('glossary', () => {
  it('has one Chinese term per English term, and both sides filled', () => {
    const seen = new Map<string, string>();
    for (const g of glossary) {
      expect(g.en.trim()).not.toBe('');
      expect(g.zh.trim()).not.toBe('');
      const prev = seen.get(g.en.toLowerCase());
      if (prev) expect(prev).toBe(g.zh);
      seen.set(g.en.toLowerCase(), g.zh);
      for (const a of g.avoid) expect(a).not.toBe(g.zh);
    }
    expect(glossary.length).toBeGreaterThan(80);
  });
});
