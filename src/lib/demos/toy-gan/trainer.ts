import { createGanTrainer, type GanSnapshot } from '$lib/ml/gan/trainer';
import type { GanParams } from '$lib/ml/gan/config';
import type { TrainerFactory } from '$lib/ml/core/trainer';
import type { Values } from '$lib/params/schema';
import type { params } from './params';

/** The schema's values plus the reader's drawn points (dataset 'custom'). */
export type ToyGanParams = Values<typeof params> & { customPoints?: number[] };

// Compile-time checks that the schema and the model's GanParams do not drift apart:
// every schema value fits GanParams (the assignment below), and every GanParams key
// except the drawn points and the generator's output kind has a control.
type MissingControls = Exclude<keyof GanParams, keyof typeof params | 'customPoints' | 'gOutput'>;
const noMissingControls: [MissingControls] extends [never] ? true : MissingControls = true;
void noMissingControls;

const factory: TrainerFactory<ToyGanParams, GanSnapshot> = createGanTrainer;
export default factory;
