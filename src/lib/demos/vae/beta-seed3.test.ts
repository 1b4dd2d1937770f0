import { it } from 'vitest';
import { BETA_HIGH, BETA_ZERO, CLAIM_STEPS, checkBetaClaims } from './beta-claims';

it(`seed 3: beta ${BETA_HIGH} vs beta ${BETA_ZERO} after ${CLAIM_STEPS} steps: smaller KL and latents nearer N(0, I), but worse reconstructions`, () =>
  checkBetaClaims(3));
