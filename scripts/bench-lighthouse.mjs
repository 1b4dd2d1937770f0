// Lighthouse 12.8 (mobile preset, simulated throttling) over a sample of pages served by
// the site's own server: both homes and one answer page per section, in both languages.
// Prints performance / accessibility / best practices / SEO, LCP, TBT and the request count
// per page. Lighthouse is fetched on demand (`npx lighthouse@12.8.1`), not
// installed with the project: CI does not need it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const answers = ['gen/mode-collapse', 'llm/self-attention', 'mm/clip-and-dalle', 'emb/nearest-neighbour-search', 'tie/generation-metrics'];
export const lighthousePages = ['/en/', '/zh-Hant/', ...answers.flatMap((a) => [`/en/${a}/`, `/zh-Hant/${a}/`])];

export function runLighthouse(origin, pages = lighthousePages) {
  mkdirSync('bench-results/lighthouse', { recursive: true });
  const rows = [];
  for (const path of pages) {
    const out = `bench-results/lighthouse/${path.replace(/\W+/g, '_')}.json`;
    try {
      execFileSync(
        'npx',
        ['--yes', 'lighthouse@12.8.1', origin + path, '--quiet', '--output=json', `--output-path=${out}`,
          '--only-categories=performance,accessibility,best-practices,seo',
          `--chrome-flags=--headless=new --no-sandbox --disable-quic`],
        { stdio: 'ignore', env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, timeout: 240_000 }
      );
      const r = JSON.parse(readFileSync(out, 'utf8'));
      const c = (k) => Math.round((r.categories[k]?.score ?? 0) * 100);
      rows.push({
        page: path,
        performance: c('performance'),
        accessibility: c('accessibility'),
        bestPractices: c('best-practices'),
        seo: c('seo'),
        lcp: r.audits['largest-contentful-paint'].displayValue,
        tbt: r.audits['total-blocking-time'].displayValue,
        requests: r.audits['network-requests']?.details?.items?.length
      });
    } catch (e) {
      rows.push({ page: path, note: `failed: ${String(e.message).split('\n')[0]}` });
    }
  }
  return rows;
}

/**
 * Whether this machine has a CJK font. Without one Chromium searches the font fallback chain
 * for every Chinese character it lays out: on the zh-Hant home that took TBT from 70 ms to
 * 360 ms and the score from 99 to 91 (one run each, 2026-12-04), a cost no reader's phone or
 * computer pays. `apt-get install fonts-noto-cjk` gives phone-like figures.
 */
export function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return true; // no fontconfig: cannot tell
  }
}

export function printLighthouse(rows) {
  const pad = (s, n) => String(s ?? '').padEnd(n);
  if (!hasCjkFont()) console.log('\nWarning: no CJK font on this machine (fc-list :lang=zh): zh-Hant pages pay a font fallback search per character here that a reader does not (install fonts-noto-cjk).');
  console.log(`\nLighthouse (mobile)\n${pad('page', 42)}${pad('perf', 6)}${pad('a11y', 6)}${pad('bp', 6)}${pad('seo', 6)}${pad('LCP', 9)}${pad('TBT', 9)}requests`);
  for (const r of rows) {
    console.log(r.note ? `${pad(r.page, 42)}${r.note}` : `${pad(r.page, 42)}${pad(r.performance, 6)}${pad(r.accessibility, 6)}${pad(r.bestPractices, 6)}${pad(r.seo, 6)}${pad(r.lcp, 9)}${pad(r.tbt, 9)}${r.requests}`);
  }
}
