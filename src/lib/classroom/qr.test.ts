import { describe, expect, it } from 'vitest';
import { decodeQR } from 'qr/decode.js';
import { matrixPath, qrMatrix } from './qr';

/** Rasterise the path the page draws (dark runs per row) and read it back with the decoder. */
function rasterise(path: string, n: number, scale = 4): { width: number; height: number; data: Uint8Array } {
  const w = n * scale;
  const data = new Uint8Array(w * w * 4).fill(255);
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    const [x0, y0, len] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let y = y0 * scale; y < (y0 + 1) * scale; y++)
      for (let x = x0 * scale; x < (x0 + len) * scale; x++) data.set([0, 0, 0, 255], (y * w + x) * 4);
  }
  return { width: w, height: w, data };
}

describe('QR codes', () => {
  it('the drawn path decodes to the text, for a long link with a lesson in it', async () => {
    const url = 'http://192.168.1.20:4173/zh-Hant/lessons/play/#lesson=' + 'eyJ2IjoxLCJ0Ijoi'.repeat(20);
    const m = await qrMatrix(url);
    expect(decodeQR(rasterise(matrixPath(m), m.length))).toBe(url);
  });

  it('has the four-module quiet zone', async () => {
    const m = await qrMatrix('https://example.org/');
    for (const row of [m[0], m[1], m[2], m[3], m.at(-1)!]) expect(row.every((v) => !v)).toBe(true);
  });
});
