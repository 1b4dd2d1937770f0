/**
 * A lesson built in the browser lives in the URL: no server, no account. The lesson is
 * JSON in base64url after `#lesson=` (the fragment never reaches a server, and a static host
 * serves the same page for any of them). Everything read back is untrusted: steps whose page
 * or preset is unknown are dropped, hidden keys are checked by the demo's schema when it
 * reads the URL, and the teacher's text is cut to length and only ever shown as text.
 */
import { questionById } from '../../content/catalogue';
import { demoPresets } from '$lib/demos/presets-index';
import type { PlayStep } from './types';

export interface SharedStep {
  page: string;
  demo: string;
  preset: string;
  hide: string[];
  note: string;
}
export interface SharedLesson {
  title: string;
  steps: SharedStep[];
}

export const LIMITS = { title: 120, note: 600, steps: 30, hide: 20 } as const;
const KEY = 'lesson';

type Wire = { v: 1; t: string; s: [page: string, preset: string, hide: string, note: string, demo?: string][] };

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function fromBase64Url(text: string): Uint8Array {
  const b = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(b, (c) => c.charCodeAt(0));
}

/** Only steps whose page shows the demo and whose preset the demo has survive. */
export function sanitizeLesson(raw: unknown): SharedLesson {
  const w = raw as Partial<Wire> | null;
  const title = typeof w?.t === 'string' ? w.t.slice(0, LIMITS.title) : '';
  const steps: SharedStep[] = [];
  for (const s of Array.isArray(w?.s) ? w.s.slice(0, LIMITS.steps) : []) {
    if (!Array.isArray(s)) continue;
    const [page, preset, hide, note, demoRaw] = s;
    const q = typeof page === 'string' ? questionById(page) : undefined;
    if (!q || !q.demos.length) continue;
    const demo = typeof demoRaw === 'string' && demoRaw ? demoRaw : q.demos[0].id;
    if (!q.demos.some((d) => d.id === demo)) continue;
    if (typeof preset !== 'string' || !Object.prototype.hasOwnProperty.call(demoPresets[demo] ?? {}, preset)) continue;
    const keys = typeof hide === 'string' ? hide.split(',').filter((k) => /^[a-zA-Z][a-zA-Z0-9]*$/.test(k)) : [];
    steps.push({ page, demo, preset, hide: [...new Set(keys)].slice(0, LIMITS.hide), note: typeof note === 'string' ? note.slice(0, LIMITS.note) : '' });
  }
  return { title, steps };
}

export function encodeLesson(l: SharedLesson): string {
  const wire: Wire = {
    v: 1,
    t: l.title.slice(0, LIMITS.title),
    s: l.steps.slice(0, LIMITS.steps).map((s) => {
      const first = questionById(s.page)?.demos[0]?.id;
      const row: Wire['s'][number] = [s.page, s.preset, s.hide.join(','), s.note.slice(0, LIMITS.note)];
      if (s.demo !== first) row.push(s.demo);
      return row;
    })
  };
  return toBase64Url(new TextEncoder().encode(JSON.stringify(wire)));
}

export function decodeLesson(text: string): SharedLesson | null {
  try {
    return sanitizeLesson(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(text))));
  } catch {
    return null;
  }
}

/** The `#lesson=...` fragment for a lesson. */
export function lessonHash(l: SharedLesson): string {
  return `#${KEY}=${encodeLesson(l)}`;
}

/** Read a lesson from a URL's fragment; null when there is none or it cannot be read. */
export function lessonFromHash(hash: string): SharedLesson | null {
  const m = new URLSearchParams(hash.replace(/^#/, '')).get(KEY);
  return m ? decodeLesson(m) : null;
}

export function sharedPlaySteps(l: SharedLesson): PlayStep[] {
  return l.steps.map((s) => ({ ...s }));
}
