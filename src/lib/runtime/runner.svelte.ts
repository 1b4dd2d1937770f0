/**
 * The cancellable training runner: play / pause / step / reset and a speed control over a
 * TrainerHost (worker or main thread). A generation token cancels stale loops (as the
 * TF playground's timerIndex does). It pauses while the demo is off-screen or the tab is
 * hidden, reads back metrics once per call and a snapshot every ~100 ms, and stops with
 * an explanation when a metric diverges.
 */
import type { Metrics } from '$lib/ml/core/trainer';
import { resolveAuto, type BackendChoice, type BackendName, type BackendResult } from './backend';
import { findDivergence, type Divergence } from './divergence';
import { appendHistory, emptyHistory, type History } from './history';
import { createHost, type TrainerHost } from './host';
import { SnapshotPacer } from './pacing';

export type RunState = 'idle' | 'running' | 'paused' | 'diverged';

/** While playing, the counter and the history charts repaint at most this often between snapshots. */
export const PUBLISH_GAP_MS = 250;
/**
 * The share of training time snapshots may take, and (separately) the redraws they cause
 * (src/lib/runtime/pacing.ts). At 0.2 the toy GAN on software WebGL lost about a third of
 * its rate to the views; at 0.1 about a fifth, and the plane still redraws every second or so.
 */
export const SNAPSHOT_SHARE = 0.1;

/** Speed levels: steps per call at most, and a pause between calls (slow motion). */
export const speeds = [
  { cap: 1, delay: 300 },
  { cap: 1, delay: 60 },
  { cap: 4, delay: 0 },
  { cap: 32, delay: 0 },
  { cap: 256, delay: 0 }
] as const;

export interface RunnerOptions {
  demo: string;
  wasmBase: string;
  /** 'worker' (default) or 'main' (main thread in short slices). */
  where?: 'worker' | 'main';
  /** At most this share of the training time goes to snapshots (default SNAPSHOT_SHARE). */
  snapshotShare?: number;
  /** Never two snapshots closer than this many milliseconds (default 100). */
  snapshotGap?: number;
  /**
   * Pause by itself when the step count reaches this (e.g. a schedule's planned length).
   * Gets the newest metrics, which the page may not show yet.
   */
  stopAt?: (latest: Metrics) => number | undefined;
}

export class Runner<S = unknown> {
  state = $state<RunState>('idle');
  step = $state(0);
  metrics = $state.raw<Metrics>({});
  history = $state.raw<History>(emptyHistory());
  snapshot = $state.raw<S | null>(null);
  backend = $state<BackendName | null>(null);
  fallback = $state.raw<BackendResult['fallback'] | null>(null);
  divergence = $state.raw<(Divergence & { step: number }) | null>(null);
  error = $state<string | null>(null);
  speed = $state(3);
  stepsPerSecond = $state(0);
  loading = $state(false);
  suspended = $state(false);
  /** Share of the training time spent on snapshots since Play (bounded by the pacer). */
  snapshotShare = $state(0);
  /** What the page's last redraw cost the training (ms), as the pacer estimates it. */
  drawMs = $state(0);

  private host: TrainerHost;
  /**
   * Results of training calls not yet shown. While playing, the loop publishes step,
   * metrics and history together with each snapshot and otherwise at most every
   * PUBLISH_GAP_MS: each publish repaints the counter and the charts, and on a machine whose
   * GL is software the page's paints share the GPU process with WebGL training (16
   * repaints a second cost the toy GAN most of its speed).
   */
  private pending: { step: number; metrics: Metrics; history: History } | null = null;
  /** Where playTo() stops, until reached or paused. */
  private until: number | null = null;
  private gen = 0;
  private visible = true;
  private wake: (() => void) | null = null;
  private params: Record<string, unknown> = {};
  private seed = 0;
  private choice: BackendChoice = 'auto';

  constructor(private opts: RunnerOptions) {
    this.host = createHost(opts.where ?? 'worker');
  }

  get where() {
    return this.host.where;
  }

  /** (Re)build the model with these parameters; training state starts over. */
  async init(params: Record<string, unknown>, seed: number, choice: BackendChoice = this.choice): Promise<void> {
    const gen = ++this.gen;
    this.params = params;
    this.seed = seed;
    this.choice = choice;
    this.state = 'idle';
    this.pending = null;
    this.until = null;
    this.step = 0;
    this.metrics = {};
    this.history = emptyHistory();
    this.divergence = null;
    this.error = null;
    this.loading = true;
    try {
      const wanted = resolveAuto(choice);
      const result = await this.host.init(this.opts.demo, params, seed, wanted, this.opts.wasmBase);
      if (gen !== this.gen) return;
      this.backend = result.backend;
      this.fallback = result.fallback ?? null;
      const snap = await this.host.snapshot<S>();
      if (gen !== this.gen) return;
      this.snapshot = snap;
    } catch (e) {
      if (gen === this.gen) this.error = (e as Error).message;
    } finally {
      if (gen === this.gen) this.loading = false;
    }
  }

  play(): void {
    if (this.state === 'running' || this.state === 'diverged' || this.loading || this.error) return;
    this.state = 'running';
    void this.loop(this.gen);
  }

  pause(): void {
    this.until = null;
    if (this.state === 'running') this.state = 'paused';
  }

  /**
   * Play and pause exactly at step `target` (a shared link's step): the loop sizes its last
   * call to land on it, whatever the speed and however often the counter is repainted.
   */
  playTo(target: number): void {
    if (this.reached >= target) return;
    this.play();
    if (this.state === 'running') this.until = target;
  }

  toggle(): void {
    if (this.state === 'running') this.pause();
    else this.play();
  }

  /** One training step, then a redraw. */
  async stepOnce(): Promise<void> {
    if (this.state === 'diverged' || this.loading || this.error) return;
    this.pause();
    const gen = this.gen;
    await this.advance(gen, 1);
    if (gen === this.gen && (this.state as RunState) !== 'diverged') {
      if (this.state === 'idle') this.state = 'paused';
      this.snapshot = await this.host.snapshot<S>();
    }
  }

  reset(params: Record<string, unknown> = this.params, seed: number = this.seed): Promise<void> {
    return this.init(params, seed, this.choice);
  }

  /** Apply live parameters without rebuilding. */
  async setLive(params: Record<string, unknown>): Promise<void> {
    this.params = { ...this.params, ...params };
    if (!this.loading) await this.host.setParams(params).catch(() => {});
  }

  setBackend(choice: BackendChoice): Promise<void> {
    return this.init(this.params, this.seed, choice);
  }

  setVisible(v: boolean): void {
    this.visible = v;
    if (this.isAwake()) this.wake?.();
  }

  private isAwake(): boolean {
    return this.visible && (typeof document === 'undefined' || !document.hidden);
  }

  onVisibilityChange = (): void => {
    if (this.isAwake()) this.wake?.();
  };

  async numTensors(): Promise<number> {
    return this.host.numTensors();
  }

  /** Bench hook: kernels, uploads, read-backs and time of `steps` steps and one snapshot. */
  profile(steps = 5): Promise<unknown> {
    return this.host.profile(steps);
  }

  /** Test hook: lose the WebGL context under the running model. */
  loseContext(): Promise<unknown> {
    return this.host.loseContext();
  }

  destroy(): void {
    this.gen++;
    this.wake?.();
    this.host.terminate();
  }

  /** Train `n` steps, record metrics, check divergence. Returns false when it stopped. */
  /** The step reached, shown or not yet. */
  private get reached(): number {
    return this.pending?.step ?? this.step;
  }

  /** Show what training has reached (one repaint). */
  private publish(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.step = p.step;
    this.metrics = p.metrics;
    this.history = p.history;
  }

  /** Train `n` steps; shown at once unless `defer` (then the loop publishes). */
  private async advance(gen: number, n: number, defer = false): Promise<boolean> {
    let m: Metrics;
    try {
      m = await this.host.train(n);
    } catch (e) {
      if (gen !== this.gen) return false;
      this.publish();
      return this.recover(e as Error);
    }
    if (gen !== this.gen) return false;
    const step = this.reached + n;
    this.pending = { step, metrics: m, history: appendHistory(this.pending?.history ?? this.history, step, m) };
    const div = findDivergence(m);
    if (!defer || div) this.publish();
    if (div) {
      this.state = 'diverged';
      this.divergence = { ...div, step };
      return false;
    }
    return true;
  }

  /**
   * A backend failed mid-run (e.g. a lost WebGL context): rebuild on the next backend and
   * replay the seeded run to the step it had reached, so the reader keeps their place (the
   * weights on the lost backend cannot be read back). Every trainer is deterministic per
   * seed, so the replay retraces the same run, up to the backends' float rounding.
   */
  private async recover(e: Error): Promise<boolean> {
    const from = this.backend ?? 'webgl';
    const next: BackendName | null = from === 'webgl' ? 'wasm' : from === 'wasm' ? 'cpu' : null;
    this.state = 'paused';
    if (!next) {
      this.error = e.message;
      return false;
    }
    const reached = this.step;
    const history = this.history;
    await this.init(this.params, this.seed, next);
    const gen = this.gen;
    this.fallback = { from, reason: e.message.slice(0, 120) };
    if (this.error || reached === 0) return false;
    this.loading = true;
    try {
      let done = 0;
      while (done < reached && gen === this.gen) {
        const n = Math.min(250, reached - done);
        this.metrics = await this.host.train(n);
        done += n;
      }
      if (gen !== this.gen) return false;
      this.step = reached;
      this.history = history;
      this.snapshot = await this.host.snapshot<S>();
      this.state = 'paused';
    } catch (err) {
      if (gen === this.gen) this.error = (err as Error).message;
    } finally {
      if (gen === this.gen) this.loading = false;
    }
    return false;
  }

  private async loop(gen: number): Promise<void> {
    let n = 1;
    const pacer = new SnapshotPacer(this.opts.snapshotShare ?? SNAPSHOT_SHARE, this.opts.snapshotGap ?? 100);
    {
      // What a snapshot costs, measured before training starts: the pacer's first budget.
      const t0 = performance.now();
      const snap = await this.host.snapshot<S>().catch(() => null);
      if (gen !== this.gen) return;
      if (snap) this.snapshot = snap;
      pacer.calibrate(performance.now() - t0, performance.now());
    }
    let rateT = performance.now();
    let rateSteps = this.reached;
    let shownAt = performance.now();
    // ms of compute per call. Each call ends in a read-back, which on WebGL waits for the GPU
    // to drain its queue: the JS that issues kernels and the GPU that runs them overlap only
    // within a call, so WebGL gets longer calls (the toy GAN: +40% iterations/s at 150 ms).
    const budget = this.host.where === 'main' ? 25 : this.backend === 'webgl' ? 150 : 60;
    while (this.state === 'running' && gen === this.gen) {
      if (!this.isAwake()) {
        this.suspended = true;
        await new Promise<void>((r) => (this.wake = r));
        this.wake = null;
        this.suspended = false;
        continue;
      }
      const { cap, delay } = speeds[this.speed] ?? speeds[3];
      const asked = this.opts.stopAt?.(this.pending?.metrics ?? this.metrics);
      const stop = this.until === null ? asked : Math.min(asked ?? Infinity, this.until);
      if (stop !== undefined && this.reached >= stop) {
        this.until = null;
        this.state = 'paused';
        break;
      }
      n = Math.max(1, Math.min(n, cap, stop !== undefined ? stop - this.reached : Infinity));
      const t0 = performance.now();
      if (!(await this.advance(gen, n, true))) break;
      const dt = performance.now() - t0;
      pacer.trained(dt, n);
      // Adapt the slice so each call takes about `budget` ms.
      n = dt < budget / 2 ? Math.min(cap, n * 2) : dt > budget ? Math.max(1, Math.floor(n / 2)) : n;
      const now = performance.now();
      if (now - rateT > 500) {
        this.stepsPerSecond = ((this.reached - rateSteps) * 1000) / (now - rateT);
        rateT = now;
        rateSteps = this.reached;
      }
      if (pacer.due(now)) {
        const snap = await this.host.snapshot<S>().catch(() => null);
        if (gen !== this.gen) return;
        // The snapshot and the counter it belongs to, in one repaint.
        this.publish();
        shownAt = performance.now();
        if (snap) this.snapshot = snap;
        pacer.snapped(performance.now() - now, performance.now());
        this.snapshotShare = pacer.share;
        this.drawMs = pacer.drawMs;
      } else if (pacer.counterDue(now, shownAt, PUBLISH_GAP_MS)) {
        this.publish();
        shownAt = now;
        pacer.redrawn();
        this.drawMs = pacer.drawMs;
      }
      await new Promise((r) => setTimeout(r, delay || (this.host.where === 'main' ? 0 : 0)));
    }
    if (gen === this.gen) {
      this.publish();
      const snap = await this.host.snapshot<S>().catch(() => null);
      if (gen === this.gen && snap) this.snapshot = snap;
    }
  }
}

