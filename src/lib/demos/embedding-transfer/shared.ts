/** What the page and the trainer share: tf-free, so the page can import it without pulling tfjs onto its first load (the trainer runs in the worker). */

export const VARIANTS = ['random', 'frozen', 'finetuned'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Items (users) in the categorical comparison. */
export const ITEMS = 50;
