/**
 * Linear quantisation with ONNX semantics (QuantizeLinear, DequantizeLinear,
 * DynamicQuantizeLinear; https://onnx.ai/onnx/operators/):
 *   y = saturate(round_half_even(x / y_scale) + y_zero_point)
 * with x and y_scale float32 (the division done in float32), and
 *   x = (y - x_zero_point) * x_scale.
 * Dynamic: uint8 over [min(0, min x), max(0, max x)], y_scale = (max - min) / 255 in float32,
 * y_zero_point = saturate(round_half_even((0 - min) / y_scale)).
 * Per-tensor (one scale, one zero point); call per row / block for the axis and blocked forms.
 */
export type QuantType = 'int8' | 'uint8' | 'int16' | 'int4';

/** The saturation range of each type (ONNX QuantizeLinear: int4 [-8, 7]). */
export const QUANT_RANGE: Record<QuantType, readonly [number, number]> = {
  int4: [-8, 7],
  int8: [-128, 127],
  uint8: [0, 255],
  int16: [-32768, 32767]
};

const f32 = Math.fround;

/** Round to the nearest integer, ties to even (IEEE 754 roundTiesToEven; numpy.rint). */
export function roundHalfEven(v: number): number {
  if (!Number.isFinite(v)) return v;
  const f = Math.floor(v);
  const d = v - f;
  if (d < 0.5) return f;
  if (d > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

export function saturate(v: number, dtype: QuantType): number {
  const [lo, hi] = QUANT_RANGE[dtype];
  if (Number.isNaN(v)) return 0;
  return v < lo ? lo : v > hi ? hi : v;
}

export function quantizeLinear(x: number[], scale: number, zeroPoint: number, dtype: 'int8' | 'uint8' | 'int16' | 'int4'): number[] {
  const s = f32(scale);
  return x.map((v) => saturate(roundHalfEven(f32(f32(v) / s)) + zeroPoint, dtype));
}

export function dequantizeLinear(q: number[], scale: number, zeroPoint: number): number[] {
  const s = f32(scale);
  return q.map((v) => f32(f32(v - zeroPoint) * s));
}

export function dynamicQuantizeLinear(x: number[]): { y: number[]; scale: number; zeroPoint: number } {
  let lo = 0;
  let hi = 0;
  for (const v of x) {
    const w = f32(v);
    if (w < lo) lo = w;
    if (w > hi) hi = w;
  }
  const scale = f32(f32(hi - lo) / 255);
  // All zeros: scale 0. ONNX Runtime then quantizes every value to the zero point 0.
  if (scale === 0) return { y: x.map(() => 0), scale: 0, zeroPoint: 0 };
  const zeroPoint = saturate(roundHalfEven(f32(f32(0 - lo) / scale)), 'uint8');
  return { y: quantizeLinear(x, scale, zeroPoint, 'uint8'), scale, zeroPoint };
}
