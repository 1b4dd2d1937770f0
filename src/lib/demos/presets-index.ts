/**
 * Every demo's presets, imported statically: the build validates preset links in the
 * answers against it, and tests check it matches the registry. Small modules only
 * (schemas and presets), never model code.
 */
import type { Label } from '$lib/params/schema';
import { presets as genVsDisc } from './gen-vs-disc/presets';
import { presets as limitedData } from './limited-data/presets';
import { presets as lrSchedules } from './lr-schedules/presets';

export const demoPresets: Record<string, Record<string, { label: Label }>> = {
  'gen-vs-disc': genVsDisc,
  'limited-data': limitedData,
  'lr-schedules': lrSchedules
};

export function hasPreset(demo: string, preset: string): boolean {
  return Object.prototype.hasOwnProperty.call(demoPresets[demo] ?? {}, preset);
}
