/** The feature net's layers a perceptual distance can read (tf-free, so params can import it). */
export const FEATURE_LAYERS = ['maps', 'pooled', 'logits'] as const;
export type FeatureLayer = (typeof FEATURE_LAYERS)[number];
