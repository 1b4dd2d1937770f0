/**
 * When to take the next snapshot (the read-back the views draw) while training: budget the
 * drawing, not the clock. A snapshot is due once the training done since the last one is
 * at least (1 - maxShare) / maxShare times what that snapshot cost (so snapshots take at
 * most `maxShare` of the worker's time, however slow the backend), and at least `minGapMs`
 * after it (never more than one per frame; no faster than the views need).
 *
 * What a redraw costs the training counts too. Where GL is software (SwiftShader), the
 * page's raster and compositing run in the same GPU process as the worker's WebGL training,
 * and on a 2-core machine the page's drawing takes CPU from the worker: the toy GAN in GAN
 * Lab's setup trained at 2.2 iterations/s with the page repainting four times a second and
 * at 15 with one repaint every 3 s. The page cannot time that work (it happens in another
 * process, after the frame), but the training calls show it: the pacer keeps the fastest
 * time per step it has seen (slowly forgetting it) and counts what the calls after a redraw
 * took beyond it as that redraw's cost: the excess in the first `drawWindowMs` of training
 * after the redraw, less what calls further from any redraw exceed the best by on average
 * (the machine's own noise, which would otherwise add up over a long gap and, by lengthening
 * the gap, grow: on wasm, with 8 ms steps, that noise read as a 130-400 ms "redraw cost" and
 * held the views at the 2 s cap). A snapshot is then due only once the training since
 * the last one is (1 - maxShare) / maxShare times the snapshot's and the redraw's cost
 * together, and the step counter repaints no more often than its own cost allows. The
 * redraw's part of the wait is capped at `maxDrawGapMs`, so a view is never left stale for
 * long by a noisy estimate.
 */
export class SnapshotPacer {
  private trainTotal = 0;
  private snapTotal = 0;
  private trainSince = 0;
  private lastCost = 0;
  private lastAt = -Infinity;
  private drawCost = 0;
  private bestPerStep = Infinity;
  /** Excess and training time in the window right after the last redraw, and after it. */
  private win = { excess: 0, ms: 0 };
  private rest = { excess: 0, ms: 0 };
  /** Excess per ms of training away from redraws (the machine's noise). */
  private baseRate = 0;

  constructor(
    readonly maxShare = 0.2,
    readonly minGapMs = 100,
    readonly maxDrawGapMs = 2000,
    readonly drawWindowMs = 600,
    readonly maxStaleMs = 5000
  ) {}

  /** A training call of `steps` steps took `ms` (wall time, as the page sees it). */
  trained(ms: number, steps = 1): void {
    this.trainTotal += ms;
    this.trainSince += ms;
    if (!(steps > 0) || !Number.isFinite(ms)) return;
    const per = ms / steps;
    // Forget the best slowly (1 % a call), so a machine that gets slower is not misread.
    this.bestPerStep = Math.min(this.bestPerStep * 1.01, per);
    const part = this.win.ms < this.drawWindowMs ? this.win : this.rest;
    part.excess += Math.max(0, ms - steps * this.bestPerStep);
    part.ms += ms;
  }

  /** The cost of a snapshot taken before training (it sets the first budget, not the share). */
  calibrate(ms: number, now: number): void {
    this.lastCost = ms;
    this.lastAt = now;
  }

  /** A snapshot finished at `now` and took `ms`; the page redraws with it. */
  snapped(ms: number, now: number): void {
    this.snapTotal += ms;
    this.lastCost = ms;
    this.trainSince = 0;
    this.lastAt = now;
    this.redrawn();
  }

  /**
   * The page redraws (a snapshot or the counter): what training lost since the last redraw
   * is that redraw's cost.
   */
  redrawn(): void {
    if (this.rest.ms > 0) this.baseRate = this.rest.excess / this.rest.ms;
    this.drawCost = Math.max(0, this.win.excess - this.baseRate * this.win.ms);
    this.win = { excess: 0, ms: 0 };
    this.rest = { excess: 0, ms: 0 };
  }

  /** The estimated cost to training of the last redraw (ms). */
  get drawMs(): number {
    return this.drawCost;
  }

  private spacing(cost: number): number {
    return (cost * (1 - this.maxShare)) / this.maxShare;
  }

  due(now: number): boolean {
    // Never more than maxStaleMs of training between snapshots, however dear one is (the
    // captioner's on software WebGL: at a 10% share a 2 s snapshot would wait 18 s).
    const wait = Math.min(this.maxStaleMs, Math.max(this.spacing(this.lastCost), Math.min(this.spacing(this.lastCost + this.drawCost), this.maxDrawGapMs)));
    return now - this.lastAt >= this.minGapMs && this.trainSince >= wait;
  }

  /** Whether the step counter may repaint, `since` ms after it last did (at least `minMs` apart). */
  counterDue(now: number, since: number, minMs: number): boolean {
    return now - since >= Math.max(minMs, Math.min(this.spacing(this.drawCost), this.maxDrawGapMs));
  }

  /** Share of the time spent on snapshots since the pacer started (0 before any). */
  get share(): number {
    const all = this.trainTotal + this.snapTotal;
    return all > 0 ? this.snapTotal / all : 0;
  }
}
