/**
 * Projector mode: `?present=1` or the header's button. While it is on, the document
 * element carries `data-present` (classroom.css gives large type, a light high-contrast
 * theme, and the demo full-width beside the short answer) and the keyboard drives the demo
 * and the lesson: Space play/pause, → one step, N / P next / previous, F full-screen demo,
 * Esc leaves.
 */
import { replaceState } from '$app/navigation';
import { commandDemo } from './demo-hooks.svelte';

export const presentState = $state({ on: false });

function writeUrl(on: boolean): void {
  const url = new URL(location.href);
  if (on) url.searchParams.set('present', '1');
  else url.searchParams.delete('present');
  if (url.href === location.href) return;
  try {
    replaceState(url, {});
  } catch {
    history.replaceState(history.state, '', url);
  }
}

export function setPresent(on: boolean): void {
  presentState.on = on;
  document.documentElement.toggleAttribute('data-present', on);
  writeUrl(on);
  if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}

/** Read `?present=1` (after mount and after each navigation); keeps the mode across pages. */
export function syncPresentFromUrl(): void {
  const want = new URL(location.href).searchParams.get('present') === '1';
  if (want && !presentState.on) setPresent(true);
  else if (presentState.on) {
    document.documentElement.setAttribute('data-present', '');
    writeUrl(true);
  }
}

/** The demo the keys act on: the one holding focus, else the first one on screen, else the first. */
export function primaryDemo(): HTMLElement | null {
  const all = [...document.querySelectorAll<HTMLElement>('[data-demo]')];
  const focused = all.find((d) => d.contains(document.activeElement));
  if (focused) return focused;
  const onScreen = all.find((d) => {
    const r = d.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });
  return onScreen ?? all[0] ?? null;
}

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|A|SUMMARY)$/.test(el.tagName));

function follow(rel: 'next' | 'prev'): void {
  document.querySelector<HTMLAnchorElement>(`a[rel="${rel}"]`)?.click();
}

async function toggleFullscreen(): Promise<void> {
  if (document.fullscreenElement) return document.exitFullscreen();
  const d = primaryDemo();
  if (d) await d.requestFullscreen?.().catch(() => {});
}

/** The keyboard of projector mode; returns whether the key was used. */
export function presentKey(e: KeyboardEvent): boolean {
  if (!presentState.on || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return false;
  if (e.key === 'Escape') {
    if (document.fullscreenElement) void document.exitFullscreen();
    else if (!document.querySelector('dialog[open]')) setPresent(false);
    else return false;
    return true;
  }
  if (typing(e.target) || document.querySelector('dialog[open]')) return false;
  const demo = primaryDemo();
  switch (e.key) {
    case ' ':
      if (demo) commandDemo(demo, 'toggle');
      return !!demo;
    case 'ArrowRight':
      if (demo) commandDemo(demo, 'step');
      return !!demo;
    case 'n':
    case 'N':
      follow('next');
      return true;
    case 'p':
    case 'P':
      follow('prev');
      return true;
    case 'f':
    case 'F':
      void toggleFullscreen();
      return true;
  }
  return false;
}
