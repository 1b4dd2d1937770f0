// The page's own JavaScript never pulls in tfjs: models run in the worker, which loads tfjs
// itself (src/lib/runtime/backend.ts). A component that imports a value (not a type) from a
// module that imports tfjs drags tfjs-core (~0.25 MB) onto the page's first load, and the
// first visit pays for it twice (page and worker). This follows the static imports of every
// Svelte component and the modules they reach, and fails on any path to tfjs.
// Dynamic `import()` (the lazy main-thread fallback) is allowed: it is not on the first load.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

function files(dir: string, re: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, re) : re.test(f) ? [p] : [];
  });
}

/** Static value imports and re-exports of a file (type-only ones are left out). */
export function valueImports(source: string): string[] {
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?([^;'"]*?)\s*(?:from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) {
    if (m[2]) continue; // import type / export type
    const clause = m[3];
    if (m[1] === 'export' && !/^\*|^\{/.test(clause)) continue; // export const ... = '...'
    if (m[1] === 'import' && clause.startsWith('{')) {
      // `import { type A, type B } from` imports nothing at run time.
      const names = clause.replace(/[{}]/g, '').split(',').map((s) => s.trim()).filter(Boolean);
      if (names.length && names.every((n) => n.startsWith('type '))) continue;
    }
    out.push(m[4]);
  }
  return out;
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('$lib/')) base = join('src/lib', spec.slice(5));
  else if (spec.startsWith('.')) base = normalize(join(dirname(from), spec));
  else return null; // a package: checked by name
  for (const cand of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')]) if (existsSync(cand) && statSync(cand).isFile()) return cand;
  return null;
}

function tfPath(entry: string, seen = new Map<string, string[] | null>()): string[] | null {
  if (seen.has(entry)) return seen.get(entry)!;
  seen.set(entry, null);
  let src = readFileSync(entry, 'utf8');
  if (entry.endsWith('.svelte')) src = [...src.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  for (const spec of valueImports(src)) {
    if (spec.startsWith('@tensorflow/') || spec === '$lib/ml/core/tf') return [entry, spec];
    const next = resolveImport(entry, spec);
    if (!next || next.endsWith('.svelte') || next.endsWith('.json')) continue; // components are entries themselves
    const rest = tfPath(next, seen);
    if (rest) {
      seen.set(entry, [entry, ...rest]);
      return [entry, ...rest];
    }
  }
  return null;
}

describe('main-thread imports', () => {
  it('parses value imports and skips type-only ones', () => {
    const src = `import { a } from './x';\nimport type { B } from './y';\nimport { type C } from './z';\nexport * from './w';\nimport './side';\nexport const s = 'q';`;
    expect(valueImports(src)).toEqual(['./x', './w', './side']);
  });

  it('no Svelte component reaches tfjs through static imports', () => {
    const components = [...files('src/lib', /\.svelte$/), ...files('src/routes', /\.svelte$/)];
    const paths = components.map((c) => tfPath(c)).filter((p): p is string[] => p !== null);
    expect(paths.map((p) => p.join(' -> '))).toEqual([]);
  });

  it('catches a component that does', () => {
    // The guard itself: the trainer of a demo imports tfjs.
    expect(tfPath('src/lib/demos/lr-schedules/trainer.ts')).not.toBeNull();
  });
});
