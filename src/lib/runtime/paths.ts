import { assets } from '$app/paths';

/** Absolute URL of the self-hosted tfjs wasm files (copied into static/tfjs-wasm/). */
export function wasmBase(): string {
  return new URL(`${assets}/tfjs-wasm/`, location.href).href;
}
