/**
 * Save a chart as SVG or PNG and its data as CSV. Works on an element holding an <svg>
 * and/or a <canvas> (heat maps: canvas below, SVG overlay on top).
 */
function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function serializeSvg(svg: SVGSVGElement, w: number, h: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));
  // Inline the computed colours so the file looks the same outside the page.
  const style = getComputedStyle(svg);
  clone.setAttribute('style', `color:${style.color};font-family:${style.fontFamily};font-size:11px;background:${getComputedStyle(document.body).backgroundColor}`);
  const vars = ['--fg', '--muted', '--line', '--s1', '--s2', '--s3', '--s4', '--s5', '--s6', '--s7', '--s8', '--accent', '--panel', '--bg'];
  let text = new XMLSerializer().serializeToString(clone);
  const root = getComputedStyle(document.documentElement);
  for (const v of vars) text = text.replaceAll(`var(${v})`, root.getPropertyValue(v).trim() || '#888');
  return text;
}

export function exportSvg(root: HTMLElement, name: string): void {
  const svg = root.querySelector('svg');
  if (!svg) return;
  const r = svg.getBoundingClientRect();
  download(`${name}.svg`, new Blob([serializeSvg(svg, r.width, r.height)], { type: 'image/svg+xml' }));
}

export async function exportPng(root: HTMLElement, name: string): Promise<void> {
  const box = root.getBoundingClientRect();
  const scale = 2;
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(box.width * scale));
  out.height = Math.max(1, Math.round(box.height * scale));
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = getComputedStyle(document.body).backgroundColor || '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const c of root.querySelectorAll('canvas')) {
    const r = c.getBoundingClientRect();
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(c, (r.left - box.left) * scale, (r.top - box.top) * scale, r.width * scale, r.height * scale);
  }
  for (const svg of root.querySelectorAll('svg')) {
    const r = svg.getBoundingClientRect();
    const img = new Image();
    const url = URL.createObjectURL(new Blob([serializeSvg(svg, r.width, r.height)], { type: 'image/svg+xml' }));
    await new Promise<void>((res) => {
      img.onload = () => res();
      img.onerror = () => res();
      img.src = url;
    });
    ctx.drawImage(img, (r.left - box.left) * scale, (r.top - box.top) * scale, r.width * scale, r.height * scale);
    URL.revokeObjectURL(url);
  }
  out.toBlob((b) => b && download(`${name}.png`, b), 'image/png');
}

/** RFC 4180 CSV: fields with commas, quotes or newlines are quoted. */
export function toCsv(rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function exportCsv(rows: (string | number)[][], name: string): void {
  download(`${name}.csv`, new Blob([toCsv(rows)], { type: 'text/csv' }));
}
