// Demo-specific benchmark lines (e.g. the GAN against a plain main-thread tfjs loop).
// Each entry opens a page and returns result rows; kept apart so bench.mjs stays generic.
export async function extraBenches() {
  return [];
}
