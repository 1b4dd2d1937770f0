import { describe, expect, it } from 'vitest';
import { SnapshotPacer } from './pacing';

describe('SnapshotPacer', () => {
  it('keeps snapshots under their share of the time when they are expensive', () => {
    // A slow backend: each training call 50 ms, each snapshot 200 ms.
    const p = new SnapshotPacer(0.2, 16);
    let now = 0;
    p.calibrate(200, now);
    let snaps = 0;
    for (let i = 0; i < 1000; i++) {
      now += 50;
      p.trained(50);
      if (p.due(now)) {
        now += 200;
        p.snapped(200, now);
        snaps++;
      }
    }
    expect(snaps).toBeGreaterThan(10);
    expect(p.share).toBeLessThanOrEqual(0.2 + 1e-9);
    expect(p.share).toBeGreaterThan(0.15);
  });

  it('never snapshots more often than minGapMs when snapshots are cheap', () => {
    const p = new SnapshotPacer(0.2, 100);
    let now = 0;
    p.calibrate(1, now);
    const at: number[] = [];
    for (let i = 0; i < 1000; i++) {
      now += 5;
      p.trained(5);
      if (p.due(now)) {
        now += 1;
        p.snapped(1, now);
        at.push(now);
      }
    }
    for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(100);
    expect(at.length).toBeGreaterThan(40);
  });

  it('spaces redraws by what they cost the training, up to maxDrawGapMs', () => {
    // Training runs at 10 ms a step, but each redraw slows the next calls by 200 ms in all
    // (software GL: the page's compositing shares the GPU process with training).
    const run = (maxDrawGapMs: number) => {
      const p = new SnapshotPacer(0.2, 16, maxDrawGapMs);
      let now = 0;
      p.calibrate(5, now);
      let penalty = 0;
      const at: number[] = [];
      for (let i = 0; i < 5000; i++) {
        const slow = Math.min(penalty, 50);
        penalty -= slow;
        now += 10 + slow;
        p.trained(10 + slow, 1);
        if (p.due(now)) {
          now += 5;
          p.snapped(5, now);
          penalty = 200;
          at.push(now);
        }
      }
      return { p, at };
    };
    const { p, at } = run(10_000);
    // Each redraw costs 200 ms of training: at a 20 % share, 4 x (5 + 200) ms between them.
    expect(p.drawMs).toBeGreaterThan(190);
    expect(p.drawMs).toBeLessThanOrEqual(200);
    // (The first two redraws come before any cost is known.)
    for (let i = 3; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(780);
    // Capped: never more than maxDrawGapMs of training between redraws for the draw's sake.
    const capped = run(400).at;
    for (let i = 2; i < capped.length; i++) expect(capped[i] - capped[i - 1]).toBeLessThan(700);
    // The counter follows the same budget, never faster than its own floor.
    expect(p.counterDue(500, 0, 250)).toBe(false);
    expect(p.counterDue(900, 0, 250)).toBe(true);
    const fresh = new SnapshotPacer(0.2, 16);
    expect(fresh.counterDue(250, 0, 250)).toBe(true);
    expect(fresh.counterDue(249, 0, 250)).toBe(false);
  });

  it('never leaves the views stale for more than maxStaleMs of training', () => {
    // A 2 s snapshot at a 10% share would wait 18 s; capped at 5 s.
    const p = new SnapshotPacer(0.1, 100);
    p.calibrate(2000, 0);
    let now = 0;
    for (let i = 0; i < 49; i++) (now += 100), p.trained(100, 1);
    expect(p.due(now)).toBe(false);
    now += 100;
    p.trained(100, 1);
    expect(p.due(now)).toBe(true);
  });

  it("does not read the machine's noise as a redraw cost", () => {
    // 8 ms steps with up to 4 ms of jitter on every call (a busy 2-core machine) and no
    // redraw penalty at all: summed over a long gap the jitter alone is hundreds of ms.
    const p = new SnapshotPacer(0.1, 100);
    let now = 0;
    let seed = 1;
    const jitter = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 4;
    p.calibrate(5, now);
    const at: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const ms = 8 + jitter();
      now += ms;
      p.trained(ms, 1);
      if (p.due(now)) {
        now += 5;
        p.snapped(5, now);
        at.push(now);
      }
    }
    expect(p.drawMs).toBeLessThan(60);
    // Redraws stay frequent: the median gap well under the 2 s cap.
    const gaps = at.slice(1).map((t, i) => t - at[i]).sort((a, b) => a - b);
    expect(gaps[gaps.length >> 1]).toBeLessThan(700);
  });

  it('learns the clean time per step from the fastest calls and forgets it slowly', () => {
    const p = new SnapshotPacer(0.2, 16);
    p.trained(100, 10); // 10 ms a step
    p.trained(30, 1); // 20 ms beyond 10
    p.redrawn();
    expect(p.drawMs).toBeCloseTo(20, 0); // 30 - 10.1: the best forgets 1 % a call
    p.trained(NaN, 1);
    p.trained(5, 0);
    p.redrawn();
    expect(p.drawMs).toBe(0);
  });
});
