/** The distorted copies the demo scores (no tfjs: the views import it too). */
export const DISTORTIONS = ['shift', 'blur', 'noise', 'other'] as const;
export type Distortion = (typeof DISTORTIONS)[number];
