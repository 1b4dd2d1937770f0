/**
 * The KaTeX fonts a page's rendered maths uses, so the page can preload them. Without a
 * preload a font is found only once the stylesheet is parsed and the maths laid out; it then
 * arrives after the first paint and, being `font-display: swap`, moves the text below it
 * (Lighthouse measured a layout shift of 0.20 on the VAE page, 2026-12-04). The markers are
 * KaTeX's own classes (katex 0.18 buildCommon / delimiter): `mathnormal` letters are Math-Italic,
 * `mathcal` Caligraphic, `mathbb` and `amsrm` AMS, a `small-op` or a `delimsizing size1`
 * Size1, a `large-op` or `delimsizing size2` Size2, `mathbf` / `textbf` Main-Bold; every
 * formula uses Main-Regular. (The plain `size1`..`size11` classes are font sizes, not fonts.)
 * A font missed here still loads, only later; one named needlessly costs its download.
 */
const markers: [font: string, test: RegExp][] = [
  ['Math-Italic', /class="[^"]*\bmathnormal\b/],
  ['Caligraphic-Regular', /class="[^"]*\bmathcal\b/],
  ['AMS-Regular', /class="[^"]*\b(?:mathbb|amsrm)\b/],
  ['Size1-Regular', /class="[^"]*\b(?:small-op|delimsizing size1)\b/],
  ['Size2-Regular', /class="[^"]*\b(?:large-op|delimsizing size2)\b/],
  ['Main-Bold', /class="[^"]*\b(?:mathbf|textbf)\b/]
];

/** Font file names (without `KaTeX_` and `.woff2`) the maths in `html` uses; [] without maths. */
export function katexFonts(html: string): string[] {
  if (!html.includes('class="katex')) return [];
  return ['Main-Regular', ...markers.filter(([, test]) => test.test(html)).map(([font]) => font)];
}
