/**
 * The page side of the tokenizer worker: one request at a time, newest wins. Falls back to
 * loading the tokenizer on the page (lazily) where workers are unavailable.
 */
import type { ProductionPiece } from '$lib/ml/subwords/production';

export interface TokenizeRequest {
  id: number;
  texts: string[];
}
export type TokenizeReply =
  | { id: number; ok: true; name: string; results: ProductionPiece[][] }
  | { id: number; ok: false; error: string };

export class ProductionClient {
  private worker: Worker | null = null;
  private next = 1;
  private waiting = new Map<number, (r: TokenizeReply) => void>();

  constructor() {
    if (typeof Worker === 'undefined') return;
    try {
      this.worker = new Worker(new URL('./tokenizer.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (ev: MessageEvent<TokenizeReply>) => {
        this.waiting.get(ev.data.id)?.(ev.data);
        this.waiting.delete(ev.data.id);
      };
      this.worker.onerror = (ev) => {
        for (const [id, done] of this.waiting) done({ id, ok: false, error: ev.message || 'worker error' });
        this.waiting.clear();
      };
    } catch {
      this.worker = null;
    }
  }

  async tokenize(texts: string[]): Promise<TokenizeReply> {
    const id = this.next++;
    if (!this.worker) {
      try {
        const { loadO200k } = await import('$lib/ml/subwords/production');
        const tok = await loadO200k();
        return { id, ok: true, name: tok.name, results: texts.map((t) => tok.pieces(t)) };
      } catch (e) {
        return { id, ok: false, error: (e as Error)?.message ?? String(e) };
      }
    }
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker!.postMessage({ id, texts } satisfies TokenizeRequest);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const [id, done] of this.waiting) done({ id, ok: false, error: 'closed' });
    this.waiting.clear();
  }
}
