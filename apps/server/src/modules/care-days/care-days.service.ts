import { Temporal } from 'temporal-polyfill';
import type { Executor } from '../../db/sql.ts';
import { fieldError } from '../../errors.ts';
import { type CareDayRow, type ChildSet, selectCareDays } from './care-days.queries.ts';

/** The longest range asked for at once: a school year and a bit. */
export const MAX_CARE_DAY_RANGE_DAYS = 400;

function parseDay(field: string, value: string): Temporal.PlainDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw fieldError(field, 'invalid_format', 'Expected a date (YYYY-MM-DD)');
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw fieldError(field, 'invalid_format', 'Expected a date (YYYY-MM-DD)');
  }
}

/**
 * The planned care days of `children` in the organisation from `from` to `to`, both inclusive (at most
 * MAX_CARE_DAY_RANGE_DAYS days). The caller has already limited `children` to what the principal may see.
 */
export async function plannedCareDays(
  db: Executor,
  organisationId: string,
  children: ChildSet,
  from: string,
  to: string,
): Promise<CareDayRow[]> {
  const start = parseDay('from', from);
  const end = parseDay('to', to);
  if (Temporal.PlainDate.compare(end, start) < 0) {
    throw fieldError('to', 'date_order', 'The end date lies before the start date');
  }
  if (start.until(end).days + 1 > MAX_CARE_DAY_RANGE_DAYS) {
    throw fieldError('to', 'too_big', `At most ${MAX_CARE_DAY_RANGE_DAYS} days at once`);
  }
  return selectCareDays(db, organisationId, children, start.toString(), end.toString());
}
