/** What the page and the trainers share: tf-free, so the page can import it without pulling tfjs onto its first load (the trainer runs in the worker). */

/** Pictures are SIDE x SIDE pixels. */
export const SIDE = 16;
