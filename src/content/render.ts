/**
 * Build-time rendering of an answer: Markdown -> HTML with KaTeX maths, our link schemes
 * (preset:, q:), no raw HTML, and the first use of each glossary term carrying the other
 * language's term on hover. Runs only during prerendering (imported by +page.server.ts),
 * so neither marked nor KaTeX's JS reaches the browser.
 */
import katex from 'katex';
import { Marked, type Tokens } from 'marked';
import type { Lang } from '$lib/params/schema';
import { questionById, questionPath } from './catalogue';
import { glossary } from './glossary';
import { ContentError, parseAnswer, type PartKey } from './parse';

export interface RenderedAnswer {
  related: string[];
  parts: { key: PartKey; heading: string; html: string }[];
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where an answer page links: relative, so the site works from any sub-path. */
function resolveHref(href: string, lang: Lang, file: string, knownPresets: (demo: string, preset: string) => boolean) {
  if (href.startsWith('preset:')) {
    const [demo, preset] = href.slice(7).split('/');
    if (!demo || !preset || !knownPresets(demo, preset)) {
      // Drafting aid only (never in CI): EXPLORABLES_DRAFT=1 builds with such links inert.
      if (process.env.EXPLORABLES_DRAFT === '1') return { href: '#', attrs: ' data-missing-preset' };
      throw new ContentError(`${file}: unknown preset link ${href}`);
    }
    return { href: `?${demo}.preset=${preset}#demo-${demo}`, attrs: ` data-preset="${demo}/${preset}" class="preset-link"` };
  }
  if (href.startsWith('q:')) {
    const q = questionById(href.slice(2));
    if (!q) throw new ContentError(`${file}: link to unknown question ${href}`);
    return { href: `../../..${questionPath(lang, q)}`, attrs: '' };
  }
  if (/^https?:\/\//.test(href)) return { href, attrs: ' rel="noopener noreferrer" target="_blank"' };
  if (href.startsWith('#')) return { href, attrs: '' };
  throw new ContentError(`${file}: unsupported link ${href}`);
}

function makeMarked(lang: Lang, file: string, knownPresets: (d: string, p: string) => boolean) {
  return new Marked({
    gfm: true,
    renderer: {
      link(this: { parser: { parseInline(t: Tokens.Generic[]): string } }, tok: Tokens.Link) {
        const text = this.parser.parseInline(tok.tokens);
        const { href, attrs } = resolveHref(tok.href, lang, file, knownPresets);
        return `<a href="${escapeHtml(href)}"${attrs}>${text}</a>`;
      },
      html(tok: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(tok.text);
      },
      image() {
        throw new ContentError(`${file}: images are not allowed in answers`);
      }
    }
  });
}

/** Replace maths by placeholders that Markdown leaves alone; return the KaTeX for each. */
function extractMath(md: string, file: string): { md: string; math: string[] } {
  const math: string[] = [];
  const render = (tex: string, displayMode: boolean) => {
    try {
      return katex.renderToString(tex, { displayMode, throwOnError: true, strict: 'ignore' });
    } catch (e) {
      throw new ContentError(`${file}: KaTeX error in "${tex.slice(0, 60)}": ${(e as Error).message}`);
    }
  };
  md = md.replace(/^\$\$\s*\n?([\s\S]+?)\n?\s*\$\$\s*$/gm, (_, tex: string) => {
    // Focusable, so a formula wider than the column can be scrolled from the keyboard.
    math.push(`<div class="math-display" tabindex="0">${render(tex.trim(), true)}</div>`);
    return `\n\nKXMATHD${math.length - 1}END\n\n`;
  });
  md = md.replace(/(?<![\\$\w])\$(?!\s)((?:\\\$|[^$\n])+?)(?<!\s)\$(?![\w$])/g, (_, tex: string) => {
    math.push(render(tex, false));
    return `KXMATHI${math.length - 1}END`;
  });
  return { md, math };
}

/** Everyday terms that would only add noise if marked on every page. */
const unmarked = new Set(['data', 'model', 'training', 'parameter', 'layer', 'information', 'default', 'program', 'text', 'image', 'video', 'memory', 'interface', 'computation', 'weight', 'feature', 'label', 'network', 'vector', 'matrix', 'quality', 'algorithm', 'sample (noun)', 'support (e.g. a library supports)', 'variable', 'evaluation', 'metric', 'sequence']);

/** Wrap the first use of each glossary term in text (outside tags, links and code). */
function markTerms(html: string, lang: Lang, seen: Set<string>): string {
  const entries = glossary
    .filter((g) => !unmarked.has(g.en))
    .map((g) => ({ local: lang === 'en' ? g.en.replace(/\s*\(.*\)$/, '') : g.zh, other: lang === 'en' ? g.zh : g.en }))
    .filter((e) => e.local.length >= 2 && e.local !== e.other)
    .sort((a, b) => b.local.length - a.local.length);
  let skipDepth = 0;
  return html.replace(/(<[^>]+>)|([^<]+)/g, (whole, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      if (/^<(a|code|h\d)\b/i.test(tag)) skipDepth++;
      else if (/^<\/(a|code|h\d)>/i.test(tag)) skipDepth = Math.max(0, skipDepth - 1);
      return tag;
    }
    if (skipDepth > 0 || !text) return whole;
    let out = text;
    for (const e of entries) {
      if (seen.has(e.local)) continue;
      const re = lang === 'en' ? new RegExp(`\\b(${e.local.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\b`, 'i') : new RegExp(e.local.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const m = re.exec(out);
      if (!m || /KXMATH/.test(out.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8))) continue;
      // Do not split an already-wrapped term.
      const before = out.slice(0, m.index);
      if ((before.match(/<span/g)?.length ?? 0) !== (before.match(/<\/span>/g)?.length ?? 0)) continue;
      seen.add(e.local);
      out = `${before}<span class="term" title="${escapeHtml(e.other)}">${m[0]}</span>${out.slice(m.index + m[0].length)}`;
    }
    return out;
  });
}

export function renderAnswer(
  source: string,
  lang: Lang,
  file: string,
  knownPresets: (demo: string, preset: string) => boolean
): RenderedAnswer {
  const parsed = parseAnswer(source, lang, file);
  const marked = makeMarked(lang, file, knownPresets);
  const seen = new Set<string>();
  const parts = parsed.parts.map((p) => {
    const { md, math } = extractMath(p.markdown, file);
    let html = marked.parse(md, { async: false }) as string;
    html = markTerms(html, lang, seen);
    html = html
      .replace(/<p>KXMATHD(\d+)END<\/p>/g, (_, i) => math[+i])
      .replace(/KXMATH[DI](\d+)END/g, (_, i) => math[+i]);
    return { key: p.key, heading: p.heading, html };
  });
  for (const id of parsed.related) if (!questionById(id)) throw new ContentError(`${file}: unknown related id ${id}`);
  return { related: parsed.related, parts };
}
