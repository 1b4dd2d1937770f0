/**
 * A demo instance's state: its parameter values (from schema defaults, the page's preset,
 * then the URL), the controls hidden for a class, and its runner when it trains. One
 * instance per mounted demo (no module state). The URL is read after mount and written
 * back debounced with SvelteKit's replaceState.
 */
import { replaceState } from '$app/navigation';
import { defaults, needsReset, sanitize, SEED_MAX, type Presets, type Schema, type Values } from '$lib/params/schema';
import { readUrl, writeUrl } from '$lib/params/url';
import { isBackendChoice, type BackendChoice } from './backend';
import { Runner } from './runner.svelte';
import type { Metrics } from '$lib/ml/core/trainer';

export interface DemoConfig<S extends Schema> {
  id: string;
  schema: S;
  presets: Presets<S>;
  /** The preset the page opens in. */
  preset?: string;
  /** Whether the demo trains (has a trainer module and a runner). */
  trains: boolean;
  wasmBase: string;
  /** Map parameter values to what the trainer takes (default: all values). */
  trainerParams?: (v: Values<S>) => Record<string, unknown>;
  /** Pause by itself at this step (see RunnerOptions.stopAt); `latest` are the newest metrics. */
  stopAt?: (v: Values<S>, latest: Metrics) => number | undefined;
}

export class DemoState<S extends Schema, Snap = unknown> {
  values: Values<S>;
  hidden = $state.raw(new Set<string>());
  activePreset = $state<string | undefined>(undefined);
  backendChoice = $state<BackendChoice>('auto');
  readonly runner: Runner<Snap> | null = null;
  readonly base: Values<S>;
  private urlTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(readonly cfg: DemoConfig<S>) {
    const preset = cfg.preset ? cfg.presets[cfg.preset] : undefined;
    this.base = { ...defaults(cfg.schema), ...(preset?.values ?? {}) } as Values<S>;
    this.values = $state({ ...this.base });
    this.activePreset = cfg.preset;
    if (cfg.trains && typeof window !== 'undefined') {
      const where = new URL(location.href).searchParams.get('worker') === '0' ? 'main' : 'worker';
      const stopAt = cfg.stopAt;
      this.runner = new Runner<Snap>({ demo: cfg.id, wasmBase: cfg.wasmBase, where, stopAt: stopAt && ((m) => stopAt(this.values, m)) });
    }
  }

  get seed(): number {
    const k = Object.keys(this.cfg.schema).find((k) => this.cfg.schema[k].kind === 'seed');
    return k ? (this.values[k] as number) : 0;
  }

  private trainerParams(): Record<string, unknown> {
    const v = $state.snapshot(this.values) as Values<S>;
    return this.cfg.trainerParams ? this.cfg.trainerParams(v) : (v as Record<string, unknown>);
  }

  /** Call once after mount: read the URL (untrusted), then build the model. */
  async start(): Promise<void> {
    const params = new URL(location.href).searchParams;
    const fromUrl = readUrl(this.cfg.schema, this.cfg.presets, params, this.cfg.id);
    if (fromUrl.preset) this.activePreset = fromUrl.preset;
    this.values = sanitize(this.cfg.schema, fromUrl.preset ? ({ ...defaults(this.cfg.schema), ...this.cfg.presets[fromUrl.preset].values } as Values<S>) : this.base, fromUrl.values as Record<string, unknown>);
    this.hidden = fromUrl.hidden;
    const b = params.get('backend');
    if (isBackendChoice(b)) this.backendChoice = b;
    await this.runner?.init(this.trainerParams(), this.seed, this.backendChoice);
  }

  /** A control changed: validate, then apply live or rebuild. */
  set(key: string, raw: unknown): void {
    const before = $state.snapshot(this.values) as Values<S>;
    const after = sanitize(this.cfg.schema, before, { [key]: raw });
    if (after[key] === before[key]) return;
    this.values = after;
    this.activePreset = undefined;
    if (this.runner) {
      if (needsReset(this.cfg.schema, before, after)) void this.runner.reset(this.trainerParams(), this.seed);
      else void this.runner.setLive(this.trainerParams());
    }
    this.writeUrlSoon();
  }

  applyPreset(name: string): void {
    const p = this.cfg.presets[name];
    if (!p) return;
    const seed = this.seed;
    const seedKey = Object.keys(this.cfg.schema).find((k) => this.cfg.schema[k].kind === 'seed');
    this.values = { ...defaults(this.cfg.schema), ...(seedKey ? { [seedKey]: seed } : {}), ...p.values } as Values<S>;
    this.activePreset = name;
    void this.runner?.reset(this.trainerParams(), this.seed);
    this.writeUrlSoon();
  }

  newSeed(): void {
    const seedKey = Object.keys(this.cfg.schema).find((k) => this.cfg.schema[k].kind === 'seed');
    if (!seedKey) return;
    const buf = new Uint32Array(1);
    crypto.getRandomValues(buf);
    this.set(seedKey, buf[0] % SEED_MAX);
  }

  reset(): void {
    void this.runner?.reset(this.trainerParams(), this.seed);
  }

  setBackend(choice: BackendChoice): void {
    this.backendChoice = choice;
    void this.runner?.setBackend(choice);
    this.writeUrlSoon();
  }

  private writeUrlSoon(): void {
    if (this.urlTimer) clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      this.urlTimer = null;
      const url = new URL(location.href);
      writeUrl(this.cfg.schema, $state.snapshot(this.values) as Values<S>, this.base, url.searchParams, this.cfg.id);
      if (this.activePreset && this.activePreset !== this.cfg.preset) url.searchParams.set(`${this.cfg.id}.preset`, this.activePreset);
      if (this.backendChoice !== 'auto') url.searchParams.set('backend', this.backendChoice);
      else url.searchParams.delete('backend');
      try {
        replaceState(url, {});
      } catch {
        history.replaceState(history.state, '', url);
      }
    }, 250);
  }

  destroy(): void {
    if (this.urlTimer) clearTimeout(this.urlTimer);
    this.runner?.destroy();
  }
}
