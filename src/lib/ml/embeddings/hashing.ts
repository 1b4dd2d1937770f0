/**
 * The hashing trick for categorical features (Weinberger et al. 2009, "Feature Hashing for
 * Large Scale Multitask Learning"): a category's key is hashed into one of B buckets and the
 * bucket, not the category, owns a row of the table. Parameters fall from C x d to B x d;
 * categories that land in the same bucket share (collide on) one vector.
 *
 *   - `fnv1a32(s)`: 32-bit FNV-1a of the UTF-16 code units (reference values in the test);
 *   - `bucketOf(key, buckets, salt)`: fnv1a32(salt + ':' + key) mod B;
 *   - `collisionStats(keys, B)`: share of keys that share their bucket with at least one other
 *     key, buckets used, largest bucket; `expectedCollidingShare(C, B)` = 1 - (1 - 1/B)^(C-1),
 *     the chance that a given key shares its bucket under uniform hashing;
 *   - parameter counts: one-hot into a dense layer of width h costs C h + h (weights, bias);
 *     an embedding table C d; a hashed one B d.
 */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function bucketOf(key: string | number, buckets: number, salt = 0): number {
  return fnv1a32(`${salt}:${key}`) % buckets;
}

export interface CollisionStats {
  keys: number;
  buckets: number;
  /** Share of keys whose bucket holds at least one other key. */
  collidingShare: number;
  /** Buckets holding at least one key. */
  usedBuckets: number;
  /** Keys in the fullest bucket. */
  maxLoad: number;
}

export function collisionStats(bucketIds: ArrayLike<number>, buckets: number): CollisionStats {
  const load = new Int32Array(buckets);
  for (let i = 0; i < bucketIds.length; i++) load[bucketIds[i]]++;
  let colliding = 0;
  let used = 0;
  let maxLoad = 0;
  for (let b = 0; b < buckets; b++) {
    if (load[b] > 0) used++;
    if (load[b] > 1) colliding += load[b];
    if (load[b] > maxLoad) maxLoad = load[b];
  }
  return { keys: bucketIds.length, buckets, collidingShare: bucketIds.length ? colliding / bucketIds.length : 0, usedBuckets: used, maxLoad };
}

export function expectedCollidingShare(keys: number, buckets: number): number {
  return keys <= 1 ? 0 : 1 - Math.pow(1 - 1 / buckets, keys - 1);
}

export const paramCounts = {
  oneHotDense: (categories: number, width: number) => categories * width + width,
  embedding: (categories: number, dim: number) => categories * dim,
  hashed: (buckets: number, dim: number) => buckets * dim
};
