/**
 * When to take the next snapshot (the read-back the views draw) while training: budget the
 * drawing, not the clock. A snapshot is due once the training done since the last one is
 * at least (1 - maxShare) / maxShare times what that snapshot cost (so snapshots take at
 * most `maxShare` of the worker's time, however slow the backend), and at least `minGapMs`
 * after it (never more than one per frame; no faster than the views need).
 */
export class SnapshotPacer {
  private trainTotal = 0;
  private snapTotal = 0;
  private trainSince = 0;
  private lastCost = 0;
  private lastAt = -Infinity;

  constructor(
    readonly maxShare = 0.2,
    readonly minGapMs = 100
  ) {}

  /** A training call took `ms`. */
  trained(ms: number): void {
    this.trainTotal += ms;
    this.trainSince += ms;
  }

  /** The cost of a snapshot taken before training (it sets the first budget, not the share). */
  calibrate(ms: number, now: number): void {
    this.lastCost = ms;
    this.lastAt = now;
  }

  /** A snapshot finished at `now` and took `ms`. */
  snapped(ms: number, now: number): void {
    this.snapTotal += ms;
    this.lastCost = ms;
    this.trainSince = 0;
    this.lastAt = now;
  }

  due(now: number): boolean {
    return now - this.lastAt >= this.minGapMs && this.trainSince >= (this.lastCost * (1 - this.maxShare)) / this.maxShare;
  }

  /** Share of the time spent on snapshots since the pacer started (0 before any). */
  get share(): number {
    const all = this.trainTotal + this.snapTotal;
    return all > 0 ? this.snapTotal / all : 0;
  }
}
