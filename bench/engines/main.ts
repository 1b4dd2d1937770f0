// The engine benchmark page (built and opened by scripts/bench-engines.mjs, never shipped):
// ?backend=webgl|wasm|cpu&seconds=N runs src/lib/bench/engines.ts on that backend and
// leaves the rows in window.__bench.
import { activateBackend, backendNames, loadTf, type BackendName } from '$lib/runtime/backend';
import { benchEngines, ISSUE_SIZES } from '$lib/bench/engines';

const q = new URLSearchParams(location.search);
const asked = q.get('backend') as BackendName;
const wanted: BackendName = backendNames.includes(asked) ? asked : 'wasm';
const seconds = Math.min(30, Math.max(0.1, Number(q.get('seconds')) || 3));
const out = document.getElementById('rows')!;
const w = window as unknown as { __bench?: unknown };

(async () => {
  const tf = await loadTf(new URL('tfjs-wasm/', location.href).href);
  if (q.has('shapesUniforms')) tf.env().set('WEBGL_USE_SHAPES_UNIFORMS', q.get('shapesUniforms') === '1');
  const b = await activateBackend(tf, wanted);
  document.getElementById('backend')!.textContent = `backend: ${b.backend}${b.fallback ? ` (${b.fallback.from} failed: ${b.fallback.reason})` : ''}`;
  const rows = await benchEngines(ISSUE_SIZES, seconds, (r) => {
    out.textContent += `${r.name}: ${r.rate.toFixed(1)} ${r.unit} (${r.size})${r.note ? `; ${r.note}` : ''}\n`;
  });
  w.__bench = { backend: b.backend, rows };
})().catch((e) => {
  w.__bench = { error: String(e?.stack ?? e) };
});
