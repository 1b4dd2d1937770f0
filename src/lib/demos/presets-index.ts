/**
 * Every demo's presets, imported statically: the build validates preset links in the
 * answers against it, and tests check it matches the registry. Small modules only
 * (schemas and presets), never model code.
 */
import type { Label } from '$lib/params/schema';
import { presets as conditionalGeneration } from './conditional-generation/presets';
import { presets as curriculum } from './curriculum/presets';
import { presets as genVsDisc } from './gen-vs-disc/presets';
import { presets as gradientClipping } from './gradient-clipping/presets';
import { presets as gradientPenalty } from './gradient-penalty/presets';
import { presets as l1VsL2 } from './l1-vs-l2/presets';
import { presets as limitedData } from './limited-data/presets';
import { presets as lrSchedules } from './lr-schedules/presets';
import { presets as overfittingGenerative } from './overfitting-generative/presets';
import { presets as selfAttention } from './self-attention/presets';
import { presets as toyGan } from './toy-gan/presets';
import { presets as triplet } from './triplet/presets';
import { vaePresets as vae } from './vae/presets';

export const demoPresets: Record<string, Record<string, { label: Label }>> = {
  'conditional-generation': conditionalGeneration,
  'curriculum': curriculum,
  'gen-vs-disc': genVsDisc,
  'gradient-clipping': gradientClipping,
  'gradient-penalty': gradientPenalty,
  'l1-vs-l2': l1VsL2,
  'limited-data': limitedData,
  'lr-schedules': lrSchedules,
  'overfitting-generative': overfittingGenerative,
  'self-attention': selfAttention,
  'toy-gan': toyGan,
  'triplet': triplet,
  'vae': vae
};

export function hasPreset(demo: string, preset: string): boolean {
  return Object.prototype.hasOwnProperty.call(demoPresets[demo] ?? {}, preset);
}
