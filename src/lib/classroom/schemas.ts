/**
 * Every demo's parameter schema, from its folder's `params.ts` (the export named `params`,
 * else the first export that is a schema). For the lesson builder (which controls to hide)
 * and the lesson tests; small modules, no model code.
 */
import type { Schema } from '$lib/params/schema';

const isSchema = (x: unknown): x is Schema =>
  !!x && typeof x === 'object' && Object.values(x).length > 0 && Object.values(x).every((s) => !!s && typeof s === 'object' && 'kind' in s && 'label' in s);

export const demoSchemas: Record<string, Schema> = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, unknown>>('../demos/*/params.ts', { eager: true })).map(([p, mod]) => {
    const schema = isSchema(mod.params) ? mod.params : Object.values(mod).find(isSchema);
    return [p.split('/')[2], schema ?? {}];
  })
);
