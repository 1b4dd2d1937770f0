/**
 * Every demo's presets, derived from the folders (each `<id>/presets.ts` exports
 * `presets`) and imported eagerly: the build validates preset links in the answers against
 * it. Small modules only (schemas and presets), never model code.
 */
import type { Label } from '$lib/params/schema';

type PresetIndex = Record<string, Record<string, { label: Label }>>;

export const demoPresets: PresetIndex = Object.fromEntries(
  Object.entries(import.meta.glob<PresetIndex[string]>('./*/presets.ts', { eager: true, import: 'presets' })).map(([p, m]) => [p.split('/')[1], m])
);

export function hasPreset(demo: string, preset: string): boolean {
  return Object.prototype.hasOwnProperty.call(demoPresets[demo] ?? {}, preset);
}
