/** What the page and the trainer share: tf-free, so the page can import it without pulling tfjs onto its first load (the trainer runs in the worker). */

export const COPIES = ['without', 'with'] as const;
export type Copy = (typeof COPIES)[number];
