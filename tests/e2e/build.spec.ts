// The build prerenders exactly: the root, 2 home pages, 2 glossary pages, one answer page
// per question per language (124), as the catalogue says, and per language the classroom
// pages: the lessons index, builder and player, one page per built-in lesson (a file in
// src/lib/classroom/lessons/) and one embed page per demo (a folder in src/lib/demos/).
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { demoMetas, languages, questions, questionPath } from './helpers';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

test('prerendered page count matches the catalogue', () => {
  const files = htmlFiles('build').map((f) => f.slice('build'.length).replace(/index\.html$/, ''));
  const expected = [
    '/',
    ...languages.flatMap((l) => [`/${l}/`, `/${l}/glossary/`]),
    ...languages.flatMap((l) => questions.map((q) => questionPath(l, q)))
  ];
  const lessons = readdirSync('src/lib/classroom/lessons').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.replace(/\.ts$/, ''));
  const classroom = languages.flatMap((l) => [
    `/${l}/lessons/`,
    `/${l}/lessons/build/`,
    `/${l}/lessons/play/`,
    ...lessons.map((x) => `/${l}/lessons/${x}/`),
    ...Object.keys(demoMetas).map((d) => `/${l}/embed/${d}/`)
  ]);
  expect(questions.length).toBe(62);
  expect(expected.length).toBe(1 + 4 + 124);
  expect(lessons.length).toBeGreaterThan(0);
  expect(files.sort()).toEqual([...expected, ...classroom].sort());
});

test('every thumbnail the home page and lessons index show is built, small and self-contained, and shown as PNG', () => {
  const thumbs = JSON.parse(readFileSync('src/lib/classroom/thumbs.json', 'utf8')) as string[];
  expect(thumbs.length).toBeGreaterThan(50);
  for (const id of thumbs) {
    expect(questions.some((q) => q.id === id), id).toBe(true);
    const svg = readFileSync(`build/thumbs/${id}.svg`, 'utf8');
    expect(svg.length, id).toBeLessThan(40_000);
    expect(svg.startsWith('<svg'), id).toBe(true);
    // No text, script, style sheet or external reference (a heatmap is an embedded PNG).
    expect(svg, id).not.toMatch(/<(text|script|style|foreignObject)\b|href="(?!data:image\/png;base64,|#)/i);
    // What the pages show: the same picture as a PNG (scripts/thumbs-raster.mjs), 160 x 100.
    const png = readFileSync(`build/thumbs/${id}.png`);
    expect(png.subarray(1, 4).toString('latin1'), id).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], id).toEqual([160, 100]);
    expect(png.length, id).toBeLessThan(16_000);
  }
  for (const page of ['en/index.html', 'zh-Hant/lessons/index.html']) {
    const html = readFileSync(`build/${page}`, 'utf8');
    expect(html, page).toMatch(/thumbs\/[a-z]+-\d+\.png"/);
    expect(html, page).not.toMatch(/thumbs\/[a-z]+-\d+\.svg"/);
  }
});
