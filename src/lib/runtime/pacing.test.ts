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
});
