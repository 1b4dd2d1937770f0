/**
 * The metric lab's claims, computed with the engine exactly as the view does (scoreCandidate):
 * - "a paraphrase BLEU punishes": on the preset and two more triples, a faithful paraphrase
 *   scores lower than a near-copy that changes the meaning, on BLEU and on ROUGE-L;
 * - clipping (Papineni et al. 2002, sec. 2.1: "the the the the the the the" -> 2/7);
 * - the brevity penalty exp(1 - r/c) for a short candidate;
 * - Chinese: with 13a a sentence is one token (BLEU 0 unless identical); with char the closer
 *   candidate scores clearly higher.
 * BLEU and ROUGE themselves are tested against sacreBLEU's and rouge-score's cases in src/lib/ml/text.
 */
import { describe, expect, it } from 'vitest';
import { defaults } from '$lib/params/schema';
import { params } from './params';
import { presets } from './presets';
import { scoreCandidate, type LabOptions } from './compute';

const opts = (o: Partial<LabOptions> = {}): LabOptions => ({ tokenize: '13a', smooth: 'exp', lowercase: false, stemmer: false, ...o });
const valuesOf = (p: keyof typeof presets) => ({ ...defaults(params), ...presets[p].values });

describe('metric-lab', () => {
  it('paraphrase vs meaning-changing near-copy: the near-copy wins on BLEU and ROUGE-L (3 triples)', () => {
    const v = valuesOf('paraphrase');
    const triples = [
      { ref: v.ref1, para: v.candA, copy: v.candB },
      { ref: 'the meeting was moved to friday because the manager was ill', para: 'since the manager was sick they postponed the meeting until friday', copy: 'the meeting was moved to monday because the manager was away' },
      { ref: 'she did not like the film at all', para: 'she really disliked the movie', copy: 'she did like the film a lot' }
    ];
    for (const t of triples) {
      const a = scoreCandidate(t.para, [t.ref], opts());
      const b = scoreCandidate(t.copy, [t.ref], opts());
      expect(b.bleu!.score.score - a.bleu!.score.score, t.ref).toBeGreaterThan(15);
      expect(b.rouge!.rougeL.fmeasure - a.rouge!.rougeL.fmeasure, t.ref).toBeGreaterThan(0.2);
    }
  });

  it('clipping: "the" x 7 gets 2 / 7 unigram credit and BLEU 0 (no bigram match)', () => {
    const v = valuesOf('clipping');
    const r = scoreCandidate(v.candA, [v.ref1, v.ref2], opts());
    expect(r.bleu!.orders[0]).toEqual([{ ngram: 'the', count: 7, refMax: 2, clipped: 2 }]);
    expect(r.bleu!.score.precisions[0]).toBeCloseTo((100 * 2) / 7, 10);
    expect(r.distinct1).toBeCloseTo(1 / 7, 10);
  });

  it('brevity: a 6-token candidate against 10- and 9-token references has BP exp(1 - 9/6)', () => {
    const v = valuesOf('brevity');
    const r = scoreCandidate(v.candA, [v.ref1, v.ref2], opts());
    expect(r.bleu!.score.sysLen).toBe(6);
    expect(r.bleu!.score.refLen).toBe(9); // the closest reference length (9 is closer than 10)
    expect(r.bleu!.score.bp).toBeCloseTo(Math.exp(1 - 9 / 6), 12);
    const full = scoreCandidate(v.candB, [v.ref1, v.ref2], opts());
    expect(full.bleu!.score.bp).toBe(1);
    expect(full.bleu!.score.score).toBeGreaterThan(r.bleu!.score.score);
  });

  it('Chinese: 13a scores both candidates 0; char ranks the closer one far higher', () => {
    const v = valuesOf('chinese');
    const a13 = scoreCandidate(v.candA, [v.ref1], opts({ tokenize: '13a' }));
    const b13 = scoreCandidate(v.candB, [v.ref1], opts({ tokenize: '13a' }));
    expect(a13.bleu!.candidate).toEqual([v.candA]);
    expect(a13.bleu!.score.score).toBe(0);
    expect(b13.bleu!.score.score).toBe(0);
    const aC = scoreCandidate(v.candA, [v.ref1], opts({ tokenize: 'char' }));
    const bC = scoreCandidate(v.candB, [v.ref1], opts({ tokenize: 'char' }));
    expect(aC.bleu!.score.score).toBeGreaterThan(40);
    expect(aC.bleu!.score.score - bC.bleu!.score.score).toBeGreaterThan(30);
  });

  it('ROUGE takes the best reference per type; blank references are ignored; no reference gives no score', () => {
    const r = scoreCandidate('a cat sat on a mat', ['the dog ran', '  ', 'a cat sat on the mat'], opts());
    expect(r.rouge!.rouge1.ref).toBe(1); // index among the non-blank references
    expect(scoreCandidate('x', ['', ' '], opts()).bleu).toBeNull();
  });
});
