/// <reference lib="webworker" />
/**
 * A small worker for GPT-4o's tokenizer (o200k_base through gpt-tokenizer): started by the
 * comparison panel when the reader opens it, so its 2 MB merge table is loaded off the page's
 * thread and only on demand.
 */
import { loadO200k } from '$lib/ml/subwords/production';
import type { TokenizeReply, TokenizeRequest } from './tokenize';

self.onmessage = async (ev: MessageEvent<TokenizeRequest>) => {
  const { id, texts } = ev.data;
  let reply: TokenizeReply;
  try {
    const tok = await loadO200k();
    reply = { id, ok: true, name: tok.name, results: texts.map((t) => tok.pieces(t)) };
  } catch (e) {
    reply = { id, ok: false, error: (e as Error)?.message ?? String(e) };
  }
  (self as unknown as Worker).postMessage(reply);
};
