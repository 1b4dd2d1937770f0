/**
 * Small RGB pictures (values in [0, 1], NHWC: count x side x side x 3) laid side by side
 * as one ImageData, at data resolution; CSS scales it up, pixelated.
 */
export function stripImageData(images: ArrayLike<number>, count: number, side: number): ImageData {
  const img = new ImageData(Math.max(1, side * count), Math.max(1, side));
  const px = side * side * 3;
  for (let k = 0; k < count; k++)
    for (let y = 0; y < side; y++)
      for (let x = 0; x < side; x++) {
        const src = k * px + 3 * (y * side + x);
        const dst = 4 * (y * side * count + k * side + x);
        for (let c = 0; c < 3; c++) img.data[dst + c] = Math.round(255 * Math.min(1, Math.max(0, images[src + c] ?? 0)));
        img.data[dst + 3] = 255;
      }
  return img;
}
