/** Expert colours (d3's schemeDark2, as RGB): dark enough for points, lightened for the router's regions. */
export const EXPERT_RGB: [number, number, number][] = [
  [27, 158, 119],
  [217, 95, 2],
  [117, 112, 179],
  [231, 41, 138],
  [102, 166, 30],
  [230, 171, 2],
  [166, 118, 29],
  [102, 102, 102]
];

export const expertColor = (e: number) => {
  const [r, g, b] = EXPERT_RGB[e % EXPERT_RGB.length];
  return `rgb(${r}, ${g}, ${b})`;
};
