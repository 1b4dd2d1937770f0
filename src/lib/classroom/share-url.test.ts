import { describe, expect, it } from 'vitest';
import { decodeLesson, encodeLesson, lessonFromHash, lessonHash, LIMITS, sanitizeLesson, type SharedLesson } from './share-url';

const lesson: SharedLesson = {
  title: 'Ma leçon · 我的課 <b>bold</b>',
  steps: [
    { page: 'gen-05', demo: 'toy-gan', preset: 'collapse', hide: ['lrG', 'seed'], note: 'Ask first: "how many modes?" & wait' },
    { page: 'gen-11', demo: 'l1-vs-l2', preset: 'bimodal', hide: [], note: '平均數還是中位數？' }
  ]
};

describe('a lesson in the URL', () => {
  it('round-trips title, steps, hidden controls and notes (any script, any punctuation)', () => {
    expect(decodeLesson(encodeLesson(lesson))).toEqual(lesson);
    expect(lessonFromHash(lessonHash(lesson))).toEqual(lesson);
  });

  it('is URL-safe: only base64url characters after the key', () => {
    expect(lessonHash(lesson)).toMatch(/^#lesson=[A-Za-z0-9_-]+$/);
  });

  it('drops steps whose page, demo or preset does not exist, and garbage', () => {
    const raw = {
      v: 1,
      t: 'x',
      s: [['gen-05', 'collapse', '', 'ok'], ['gen-05', 'no-such-preset', '', ''], ['zzz-99', 'collapse', '', ''], ['llm-01', 'basics', '', ''], ['gen-11', 'outlier', '', '', 'toy-gan'], 42, null]
    };
    const out = sanitizeLesson(raw);
    expect(out.steps.map((s) => `${s.page}/${s.preset}`)).toEqual(['gen-05/collapse']);
    expect(decodeLesson('!!!not base64')).toBeNull();
    expect(decodeLesson(btoa('{"t": 1'))).toBeNull();
    expect(sanitizeLesson(null)).toEqual({ title: '', steps: [] });
  });

  it('cuts long text and too many steps, and keeps only key-like hidden controls', () => {
    const long = sanitizeLesson({ t: 'a'.repeat(500), s: Array.from({ length: 50 }, () => ['gen-05', 'collapse', 'lrG,<script>,seed,lrG', 'n'.repeat(5000)]) });
    expect(long.title.length).toBe(LIMITS.title);
    expect(long.steps.length).toBe(LIMITS.steps);
    expect(long.steps[0].note.length).toBe(LIMITS.note);
    expect(long.steps[0].hide).toEqual(['lrG', 'seed']);
  });

  it('keeps a step on a page with several demos pointing at the right one', () => {
    const l: SharedLesson = { title: '', steps: [{ page: 'emb-14', demo: 'triplet', preset: 'margin-zero', hide: [], note: '' }] };
    expect(decodeLesson(encodeLesson(l))).toEqual(l);
  });
});
