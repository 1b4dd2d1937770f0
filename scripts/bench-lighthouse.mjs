// Lighthouse 12.8 (mobile preset, simulated throttling) over a sample of pages served by
// the site's own server: both homes and one answer page per section, in alternating
// languages. Prints performance / accessibility / best practices / SEO, LCP, TBT and the
// request count per page. Lighthouse is fetched on demand (`npx lighthouse@12.8.1`), not
// installed with the project: CI does not need it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

export const lighthousePages = [
  '/en/',
  '/zh-Hant/',
  '/en/gen/mode-collapse/',
  '/zh-Hant/llm/self-attention/',
  '/en/mm/clip-and-dalle/',
  '/zh-Hant/emb/nearest-neighbour-search/',
  '/en/tie/generation-metrics/'
];

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

export function printLighthouse(rows) {
  const pad = (s, n) => String(s ?? '').padEnd(n);
  console.log(`\nLighthouse (mobile)\n${pad('page', 42)}${pad('perf', 6)}${pad('a11y', 6)}${pad('bp', 6)}${pad('seo', 6)}${pad('LCP', 9)}${pad('TBT', 9)}requests`);
  for (const r of rows) {
    console.log(r.note ? `${pad(r.page, 42)}${r.note}` : `${pad(r.page, 42)}${pad(r.performance, 6)}${pad(r.accessibility, 6)}${pad(r.bestPractices, 6)}${pad(r.seo, 6)}${pad(r.lcp, 9)}${pad(r.tbt, 9)}${r.requests}`);
  }
}
