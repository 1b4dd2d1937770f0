import { describe, expect, it } from 'vitest';
import { languages, neighbours, questionById, questionBySlug, questions, sections } from './catalogue';
import { demoLoaders } from '$lib/demos/registry';
import { demoPresets } from '$lib/demos/presets-index';
import { trainerLoaders } from '$lib/demos/trainers';
import { readFileSync } from 'node:fs';

describe('catalogue', () => {
  it('has the 62 questions of questions.md with unique ids and slugs', () => {
    expect(questions).toHaveLength(62);
    expect(new Set(questions.map((q) => q.id)).size).toBe(62);
    expect(new Set(questions.map((q) => `${q.section}/${q.slug}`)).size).toBe(62);
    const counts = Object.fromEntries(sections.map((s) => [s.id, questions.filter((q) => q.section === s.id).length]));
    expect(counts).toEqual({ gen: 12, llm: 17, mm: 12, emb: 14, tie: 7 });
  });

  it('matches the ids and slugs of the design document', () => {
    let doc: string;
    try {
      doc = readFileSync('../shared/design/questions.md', 'utf8');
    } catch {
      return; // the design folder is beside the checkout on the team's machines only
    }
    const rows = [...doc.matchAll(/^\| ((?:gen|llm|mm|emb|tie)-\d\d) \| ([a-z0-9-]+) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toHaveLength(62);
    for (const [id, slug] of rows) expect(questionById(id)?.slug, id).toBe(slug);
  });

  it('has a title in both languages for every question and section', () => {
    for (const q of questions) for (const l of languages) expect(q.title[l].trim().length, `${q.id} ${l}`).toBeGreaterThan(2);
    for (const s of sections) for (const l of languages) expect(s.title[l].length).toBeGreaterThan(0);
    // Chinese titles are Chinese, English titles are not.
    for (const q of questions) expect(q.title['zh-Hant']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names only demos that exist, with presets they declare', () => {
    for (const q of questions) {
      for (const d of q.demos) {
        expect(demoLoaders[d.id], `${q.id}: demo ${d.id}`).toBeDefined();
        if (d.preset) expect(demoPresets[d.id]?.[d.preset], `${q.id}: ${d.id}/${d.preset}`).toBeDefined();
      }
    }
  });

  it('registry, presets index and trainer list agree', () => {
    expect(Object.keys(demoPresets).sort()).toEqual(Object.keys(demoLoaders).sort());
    for (const id of Object.keys(trainerLoaders)) expect(demoLoaders[id], id).toBeDefined();
    for (const id of Object.keys(demoLoaders)) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('looks up by slug and links neighbours', () => {
    const q = questionBySlug('gen', 'mode-collapse')!;
    expect(q.id).toBe('gen-05');
    expect(neighbours(q).prev?.id).toBe('gen-04');
    expect(neighbours(questions[0]).prev).toBeUndefined();
    expect(neighbours(questions[61]).next).toBeUndefined();
  });
});
