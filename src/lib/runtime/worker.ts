/// <reference lib="webworker" />
/** The training worker: runs one TrainerSession off the main thread. */
import type { Envelope, Request } from './protocol';
import { TrainerSession } from './trainer-session';

const session = new TrainerSession();
let queue: Promise<unknown> = Promise.resolve();

self.onmessage = (ev: MessageEvent<Envelope<Request>>) => {
  const { id, body } = ev.data;
  // Requests run one after another, in order.
  queue = queue.then(async () => {
    try {
      const value = await session.handle(body);
      (self as unknown as Worker).postMessage({ id, body: { ok: true, value } });
    } catch (e) {
      (self as unknown as Worker).postMessage({ id, body: { ok: false, error: (e as Error)?.message ?? String(e) } });
    }
  });
};
