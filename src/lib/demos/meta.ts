/**
 * What a demo folder says about itself in its `meta.json` (plain JSON, so the e2e tests
 * and the benchmark read it from disk too):
 * - `trains`: it has a `trainer.ts` and a Play button; false for demos that compute
 *   without training (the tests then check that no Play button is shown);
 * - `pages`: the question ids it appears on, each with the preset that page opens in;
 * - `moment`: its teaching moment (the preset and the step at which the claim test asserts
 *   the effect), which `npm run bench` times from Play;
 * - `order`: where it stands on a page that shows several demos (lower first).
 */
export interface DemoMeta {
  trains: boolean;
  pages: Record<string, string | null>;
  moment?: { preset: string; step: number; what: string };
  order?: number;
}

/** Throws on a malformed meta.json (the build and the unit tests fail). */
export function checkMeta(id: string, m: unknown): DemoMeta {
  const meta = m as DemoMeta;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`demo id "${id}" must be kebab-case`);
  if (typeof meta?.trains !== 'boolean') throw new Error(`${id}/meta.json: "trains" must be true or false`);
  if (!meta.pages || typeof meta.pages !== 'object') throw new Error(`${id}/meta.json: "pages" is missing`);
  for (const [q, p] of Object.entries(meta.pages)) {
    if (!/^(gen|llm|mm|emb|tie)-\d\d$/.test(q)) throw new Error(`${id}/meta.json: "${q}" is not a question id`);
    if (p !== null && typeof p !== 'string') throw new Error(`${id}/meta.json: preset of ${q} must be a string or null`);
  }
  return meta;
}
