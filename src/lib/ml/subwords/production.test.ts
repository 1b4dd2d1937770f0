/**
 * The production tokenizer loads from the installed package (no network). Reference: OpenAI's
 * tiktoken o200k_base encodes "hello world" as [24912, 2375]; the rest checks our grouping of
 * byte tokens into characters.
 */
import { describe, expect, it } from 'vitest';
import { loadO200k } from './production';

describe('o200k_base through gpt-tokenizer', () => {
  it('encodes English in few tokens and groups byte tokens of a CJK character into one piece', async () => {
    const tok = await loadO200k();
    expect(tok.encode('hello world')).toEqual([24912, 2375]);
    const en = tok.pieces('Tokenizers split rare words into pieces.');
    expect(en.map((p) => p.text).join('')).toBe('Tokenizers split rare words into pieces.');
    expect(en.every((p) => p.tokens === 1)).toBe(true);
    const zh = tok.pieces('分詞器會把罕見的詞切成小片段。');
    expect(zh.map((p) => p.text).join('')).toBe('分詞器會把罕見的詞切成小片段。');
    // 罕 is not one token: two byte tokens that only together are a character.
    expect(zh.find((p) => p.text === '罕')?.tokens).toBe(2);
    expect(zh.reduce((s, p) => s + p.tokens, 0)).toBe(tok.encode('分詞器會把罕見的詞切成小片段。').length);
  });
});
