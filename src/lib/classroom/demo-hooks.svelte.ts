/**
 * What the classroom features need from a mounted demo, attached by DemoShell:
 * - commands from projector mode's keyboard (an `explorables:command` event on the demo's
 *   root: 'toggle' plays or pauses, 'step' trains one step);
 * - a shared link's `<demo>.step=N`: once the model is built, replay the seeded run to
 *   step N and pause there (fast while far, then in single steps, so it lands exactly).
 */
import { replaceState } from '$app/navigation';
import type { Runner } from '$lib/runtime/runner.svelte';
import { stepKey } from './state-url';

export type DemoCommand = 'toggle' | 'step';
export const COMMAND_EVENT = 'explorables:command';

interface Demo {
  cfg: { id: string };
  runner: Runner<unknown> | null;
}

const MAX_STEP = 100_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function attachClassroom(root: HTMLElement, demo: Demo): () => void {
  const onCommand = (e: Event) => {
    const r = demo.runner;
    const cmd = (e as CustomEvent<DemoCommand>).detail;
    if (!r) return;
    if (cmd === 'toggle') r.toggle();
    else if (cmd === 'step') void r.stepOnce();
  };
  root.addEventListener(COMMAND_EVENT, onCommand);
  let alive = true;
  const target = Number(new URL(location.href).searchParams.get(stepKey(demo.cfg.id)));
  if (demo.runner && Number.isInteger(target) && target > 0) void replayTo(demo.runner, Math.min(target, MAX_STEP), () => alive, demo.cfg.id);
  return () => {
    alive = false;
    root.removeEventListener(COMMAND_EVENT, onCommand);
  };
}

async function replayTo(r: Runner<unknown>, target: number, alive: () => boolean, id: string): Promise<void> {
  // Wait until the model is built (start() runs in the same mount).
  for (let i = 0; i < 1200 && alive() && (r.loading || !r.backend) && !r.error; i++) await sleep(50);
  if (!alive() || r.error || r.step >= target) return;
  const speed = r.speed;
  // Big slices (at most 256 steps a call); the runner sizes the last one to land on target.
  r.speed = 4;
  r.playTo(target);
  while (alive() && r.state === 'running') await sleep(20);
  // Paused early (the demo's own stop, or the reader): step the rest, as far as it goes.
  for (let i = 0; i < 300 && alive() && r.step < target && r.state !== 'diverged' && !r.error; i++) await r.stepOnce();
  r.speed = speed;
  if (!alive()) return;
  const url = new URL(location.href);
  url.searchParams.delete(stepKey(id));
  try {
    replaceState(url, {});
  } catch {
    /* before the router is ready: leave the URL */
  }
}

/** Send a command to a demo's root element. */
export function commandDemo(el: Element, cmd: DemoCommand): void {
  el.dispatchEvent(new CustomEvent(COMMAND_EVENT, { detail: cmd }));
}
