// Which KaTeX fonts a page preloads: checked against KaTeX's own output for formulas that
// use each font (katex.renderToString, the renderer the answers go through).
import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { katexFonts } from './katex-fonts';

const tex = (s: string, displayMode = false) => katex.renderToString(s, { displayMode, output: 'htmlAndMathml' });

describe('katexFonts', () => {
  it('names none without maths, Main-Regular for any formula', () => {
    expect(katexFonts('<p>no maths here, class="size1"</p>')).toEqual([]);
    expect(katexFonts(tex('1 + 2'))).toEqual(['Main-Regular']);
  });
  it('names the fonts that KaTeX output for each construct uses', () => {
    expect(katexFonts(tex('x_i'))).toEqual(['Main-Regular', 'Math-Italic']);
    expect(katexFonts(tex('\\mathcal{L}'))).toContain('Caligraphic-Regular');
    expect(katexFonts(tex('\\mathbb{E}'))).toContain('AMS-Regular');
    expect(katexFonts(tex('\\sum_i'))).toContain('Size1-Regular');
    expect(katexFonts(tex('\\sum_i', true))).toContain('Size2-Regular');
    expect(katexFonts(tex('\\mathbf{W}'))).toContain('Main-Bold');
    // A subscript's font-size class (sizing ... size3) is not the Size3 font, nor Size1.
    expect(katexFonts(tex('1_2'))).toEqual(['Main-Regular']);
  });
});
