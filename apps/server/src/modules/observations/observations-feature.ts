import type { AppContext } from '../../context.ts';
import { Forbidden } from '../../errors.ts';
import { selectObservationsFeature } from './observations.queries.ts';

/** Every observations route refuses with 403 `observations.feature_off` where the organisation does not use them. */
export async function requireObservationsFeature(ctx: AppContext, organisationId: string): Promise<void> {
  if (!(await selectObservationsFeature(ctx.db, organisationId))) {
    throw new Forbidden('observations.feature_off', 'The organisation does not use observations');
  }
}
