/**
 * The contract between a model (in src/lib/ml) and the runner (src/lib/runtime) that
 * drives it, on the main thread or in a Web Worker. Views never see tensors: everything
 * crossing this boundary is plain numbers, arrays and typed arrays (structured-clonable).
 */
export type Metrics = Record<string, number>;

export interface Trainer<Params = Record<string, unknown>, Snapshot = unknown> {
  /**
   * Run `steps` optimisation steps. Each step's compute is synchronous inside tf.tidy;
   * the method reads back only the final step's metrics (one await per call, never per
   * step) and returns them as plain numbers. A NaN or Inf in a returned loss is what the
   * runner's divergence guard looks for.
   */
  train(steps: number): Promise<Metrics>;
  /** Read back what the views draw, as plain data. Called every few steps, not per step. */
  snapshot(): Promise<Snapshot>;
  /** Apply parameters whose schema entry says apply: 'live' (learning rate, ...). */
  setParams?(params: Partial<Params>): void;
  /** Free every tensor and variable the trainer owns. */
  dispose(): void;
}

/** A module that builds a trainer: what a demo's `trainer.ts` default-exports. */
export type TrainerFactory<Params = Record<string, unknown>, Snapshot = unknown> = (
  params: Params,
  seed: number
) => Trainer<Params, Snapshot>;
