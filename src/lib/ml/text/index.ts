/** Text metrics (plain TypeScript, no tfjs): BLEU (sacreBLEU 2.x), ROUGE (rouge-score), perplexity, distinct-n. */
export { corpusBleu, sentenceBleu, bleuFromStats, type BleuOptions, type BleuScore } from './bleu';
export { bleuTokens, bleuTokenize, type BleuTokenizer } from './bleu-tokenize';
export { explainSentenceBleu, type BleuExplanation, type NgramRow } from './bleu-explain';
export { rougeScore, rougeTokens, type RougeF, type RougeType } from './rouge';
export { porterStem } from './porter';
export { perplexity, seqLogProb, tokenPerplexities, distinctN, diversityTokens, type DistinctN } from './lm-metrics';
export { measureTextThroughput, type TextThroughput } from './throughput';
