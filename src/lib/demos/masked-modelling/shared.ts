/** What the page and the trainer share: tf-free, so the page can import it without pulling tfjs onto its first load (the trainer runs in the worker). */

/** Pictures are SIDE x SIDE pixels, cut into GRID x GRID patches of PATCH x PATCH. */
export const SIDE = 8;
export const PATCH = 2;
export const GRID = SIDE / PATCH;
export const PATCHES = GRID * GRID;
/** Masking ratios the copies are evaluated at. */
export const EVAL_RATIOS = [0.25, 0.5, 0.75, 0.9];
export const COPIES = ['with', 'without'] as const;
export type Copy = (typeof COPIES)[number];
