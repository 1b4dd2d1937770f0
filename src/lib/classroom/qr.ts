/**
 * QR codes from the `qr` library (paulmillr/qr, MIT OR Apache-2.0, zero dependencies),
 * loaded only when a code is first drawn. The code is drawn as one SVG path from the
 * library's module matrix (no markup from a string). Medium error correction and the
 * standard four-module quiet zone, so a phone reads it from the back of a room.
 */
export type Matrix = boolean[][];

let lib: Promise<typeof import('qr')> | null = null;
const load = () => (lib ??= import('qr'));

export async function qrMatrix(text: string): Promise<Matrix> {
  const { encodeQR } = await load();
  return encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
}

/** Start loading the library (e.g. when a page may print its handout). */
export function preloadQr(): void {
  void load();
}

/** One path for the dark modules, in module units (viewBox 0 0 n n). */
export function matrixPath(m: Matrix): string {
  let d = '';
  for (let y = 0; y < m.length; y++) {
    let x = 0;
    while (x < m[y].length) {
      if (!m[y][x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < m[y].length && m[y][x]) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return d;
}
