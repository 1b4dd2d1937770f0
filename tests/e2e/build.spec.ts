// The build prerenders exactly: the root, 2 home pages, 2 glossary pages and one answer
// page per question per language (124), as the catalogue says.
import { expect, test } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { languages, questions, questionPath } from './helpers';

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
  expect(questions.length).toBe(62);
  expect(expected.length).toBe(1 + 4 + 124);
  expect(files.sort()).toEqual(expected.sort());
});
