/**
 * The step-by-step view of one HNSW query: the trace (one LayerTrace per layer, top first)
 * flattened into frames. Frame 0 of a layer enters it at its entry point(s); each further
 * frame expands one candidate. Pure functions, tested.
 */
import type { LayerTrace } from '$lib/ml/search/hnsw';

export interface Frame {
  layer: number;
  /** Index of the expansion within the layer (-1: entering). */
  index: number;
  expand: number | null;
  /** Points compared so far on this layer (entry included), in order. */
  visitedLayer: number[];
  /** Points compared so far over all layers (each layer counts its own). */
  visitedTotal: number;
  /** Points compared by this frame's expansion. */
  fresh: number[];
  /** The entry points of the current layer. */
  entry: number[];
  /** The route taken so far: the entry point of each layer reached, top first. */
  route: number[];
  /** Set on the last frame: the layer-0 result. */
  result: number[] | null;
}

export function framesOf(trace: LayerTrace[]): Frame[] {
  const out: Frame[] = [];
  let total = 0;
  const route: number[] = [];
  trace.forEach((t, li) => {
    route.push(t.entry[0]);
    const visited = [...t.entry];
    total += t.entry.length;
    out.push({ layer: t.layer, index: -1, expand: null, visitedLayer: [...visited], visitedTotal: total, fresh: [...t.entry], entry: [...t.entry], route: [...route], result: null });
    t.steps.forEach((s, i) => {
      const fresh = s.visited.map((v) => v.id);
      visited.push(...fresh);
      total += fresh.length;
      out.push({ layer: t.layer, index: i, expand: s.expand, visitedLayer: [...visited], visitedTotal: total, fresh, entry: [...t.entry], route: [...route], result: null });
    });
    if (li === trace.length - 1 && out.length) out[out.length - 1].result = [...t.result];
  });
  return out;
}
