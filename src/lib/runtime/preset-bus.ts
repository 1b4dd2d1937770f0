/**
 * Lets the answer text open a demo in a named preset: preset links in the prose call
 * `open(demo, preset)`; the demo (maybe not loaded yet) receives it on subscribe.
 */
export class PresetBus {
  private pending = new Map<string, string>();
  private handlers = new Map<string, (preset: string) => void>();

  open(demo: string, preset: string): void {
    const h = this.handlers.get(demo);
    if (h) h(preset);
    else this.pending.set(demo, preset);
  }

  subscribe(demo: string, handler: (preset: string) => void): () => void {
    this.handlers.set(demo, handler);
    const p = this.pending.get(demo);
    if (p !== undefined) {
      this.pending.delete(demo);
      handler(p);
    }
    return () => {
      if (this.handlers.get(demo) === handler) this.handlers.delete(demo);
    };
  }
}
