/**
 * Heavy views take turns across frames: each caller of `nextFrameSlot()` gets its own
 * task after a paint, one per animation frame, first come first served. A demo that
 * mounts five charts then costs five short tasks instead of one long one, so the page
 * never blocks for long at load, at mount or at the first Play.
 */
const queue: (() => void)[] = [];
let pumping = false;

function pump(): void {
  pumping = true;
  requestAnimationFrame(() =>
    // After the frame is painted, in a fresh task.
    setTimeout(() => {
      queue.shift()?.();
      if (queue.length) pump();
      else pumping = false;
    }, 0)
  );
}

export function nextFrameSlot(): Promise<void> {
  return new Promise((resolve) => {
    queue.push(resolve);
    if (!pumping) pump();
  });
}
