/**
 * The runner drives a real trainer (lr-schedules on the cpu backend, main-thread host,
 * as the page does when no worker is available): play / pause / step / reset, the
 * generation token cancelling stale work, and the divergence guard.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from './runner.svelte';
import { findDivergence } from './divergence';
import { appendHistory, emptyHistory } from './history';
import { defaults } from '$lib/params/schema';
import { params } from '$lib/demos/lr-schedules/params';

const until = async (cond: () => boolean, ms = 20_000) => {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

const make = () => new Runner({ demo: 'lr-schedules', wasmBase: 'file:///nowhere/', where: 'main' });
const p = () => ({ ...defaults(params) }) as Record<string, unknown>;

describe('Runner', () => {
  it('plays, pauses, steps and resets', async () => {
    const r = make();
    await r.init(p(), 1, 'cpu');
    expect(r.backend).toBe('cpu');
    expect(r.state).toBe('idle');
    expect(r.snapshot).not.toBeNull();
    await r.stepOnce();
    expect(r.step).toBe(1);
    expect(r.state).toBe('paused');
    r.play();
    expect(r.state).toBe('running');
    await until(() => r.step >= 20);
    r.pause();
    await new Promise((res) => setTimeout(res, 50));
    const s = r.step;
    await new Promise((res) => setTimeout(res, 100));
    expect(r.step).toBe(s);
    expect(r.history.steps.length).toBeGreaterThan(0);
    expect(Object.keys(r.history.series)).toContain('cosine');
    await r.reset();
    expect(r.step).toBe(0);
    expect(r.state).toBe('idle');
    expect(r.history.steps).toEqual([]);
    r.destroy();
  });

  it('playTo lands exactly on its step at full speed, shows it, and a pause cancels it', async () => {
    const r = make();
    await r.init(p(), 3, 'cpu');
    r.speed = 4;
    r.playTo(77);
    await until(() => r.state === 'paused');
    expect(r.step).toBe(77);
    expect(r.history.steps.at(-1)).toBe(77);
    // The target is spent: Play runs on past it.
    r.play();
    await until(() => r.step > 77);
    r.pause();
    await until(() => r.state === 'paused');
    r.playTo(r.step + 10_000);
    r.pause();
    r.play();
    await until(() => r.step > 77 + 5);
    expect(r.state).toBe('running');
    r.destroy();
  });

  it('stops at stopAt and does not run past it', async () => {
    const r = new Runner({ demo: 'lr-schedules', wasmBase: '', where: 'main', stopAt: () => 30 });
    await r.init(p(), 2, 'cpu');
    r.speed = 4;
    r.play();
    await until(() => r.state === 'paused');
    expect(r.step).toBe(30);
    r.destroy();
  });

  it('marks a run diverged and stops when every copy blows up', async () => {
    const r = make();
    await r.init({ ...p(), lr: 2, warmup: 0 }, 1, 'cpu');
    r.play();
    await until(() => r.state === 'diverged');
    expect(r.divergence?.metric).toBe('loss');
    expect(r.divergence?.value).toBe('NaN');
    const s = r.step;
    r.play(); // refused while diverged
    expect(r.state).toBe('diverged');
    expect(r.step).toBe(s);
    await r.reset({ ...p() }, 1);
    expect(r.state).toBe('idle');
    expect(r.divergence).toBeNull();
    r.destroy();
  });

  it('is deterministic per seed (same seed, same metrics)', async () => {
    const a = make();
    const b = make();
    await a.init(p(), 7, 'cpu');
    await b.init(p(), 7, 'cpu');
    for (let i = 0; i < 5; i++) {
      await a.stepOnce();
      await b.stepOnce();
    }
    expect(a.metrics).toEqual(b.metrics);
    a.destroy();
    b.destroy();
  });
});

describe('divergence guard and history', () => {
  it('flags NaN, infinities and explosions only', () => {
    expect(findDivergence({ a: 1, b: 2 })).toBeNull();
    expect(findDivergence({ a: NaN })).toEqual({ metric: 'a', value: 'NaN' });
    expect(findDivergence({ a: 1, b: -Infinity })).toEqual({ metric: 'b', value: '−∞' });
    expect(findDivergence({ a: 3e12 })?.metric).toBe('a');
  });
  it('keeps history bounded and aligned', () => {
    let h = emptyHistory();
    for (let i = 1; i <= 50; i++) h = appendHistory(h, i, i === 10 ? { a: i, b: 1 } : { a: i }, 20);
    expect(h.steps.length).toBeLessThanOrEqual(20);
    expect(h.steps.at(-1)).toBe(50);
    expect(h.series.a.length).toBe(h.steps.length);
    expect(h.series.b.length).toBe(h.steps.length);
  });
});
