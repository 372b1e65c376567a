import type { PlanningPolicyValues, UnavailableReason } from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';
import { localMoment, startOfLocalDay } from '../../time/clock.ts';
import type { SlotOccupancy } from './occupancy.queries.ts';
import type { ChildGroupDay, OfferedProduct } from './options.queries.ts';

// The rules that decide whether a day part can be requested (P8, B2), and the moments the planning policy sets.
// Pure: the caller reads the facts in SQL and passes them in.

/** A day part's local times on its date, `HH:MM`. */
export interface Interval {
  startTime: string;
  endTime: string;
}

const overlaps = (a: Interval, b: Interval) => a.startTime < b.endTime && b.startTime < a.endTime;

/** What a day part costs: an hourly rate times its length (rounded to the cent), or its fixed price. */
export function priceOf(p: Pick<OfferedProduct, 'pricing' | 'priceCents' | 'startTime' | 'endTime'>): number {
  if (p.pricing === 'fixed') return p.priceCents;
  const minutes = Temporal.PlainTime.from(p.startTime)
    .until(Temporal.PlainTime.from(p.endTime))
    .total('minutes');
  return Math.round((p.priceCents * minutes) / 60);
}

const hoursBefore = (date: string, time: string, hours: number) =>
  localMoment(date, time).subtract({ hours });

/**
 * The last moment a day part can be requested: the policy's minimum lead time before it starts, or its request
 * deadline (when a line still open expires) when that is earlier, so a line is never born expired.
 */
export function requestDeadline(
  date: string,
  startTime: string,
  policy: PlanningPolicyValues,
): Temporal.Instant {
  return hoursBefore(date, startTime, Math.max(policy.minLeadHours, policy.expiryLeadHours));
}

/**
 * When an open line expires: the policy's request deadline (expiryLeadHours before its start), or 00:00
 * Europe/Amsterdam at the start of the parent's "vervalt automatisch op" date when that is earlier.
 */
export function lineExpiry(
  date: string,
  startTime: string,
  policy: PlanningPolicyValues,
  expiresOn: string | null,
): Temporal.Instant {
  const deadline = hoursBefore(date, startTime, policy.expiryLeadHours);
  if (expiresOn === null) return deadline;
  const chosen = startOfLocalDay(expiresOn);
  return Temporal.Instant.compare(chosen, deadline) < 0 ? chosen : deadline;
}

/** Until when an open line can be cancelled: the policy's cancellation deadline before its start. */
export function cancelDeadline(
  date: string,
  startTime: string,
  policy: Pick<PlanningPolicyValues, 'cancelDeadlineHours'>,
): Temporal.Instant {
  return hoursBefore(date, startTime, policy.cancelDeadlineHours);
}

export interface DayPartFacts {
  now: Temporal.Instant;
  today: Temporal.PlainDate;
  day: ChildGroupDay;
  product: OfferedProduct;
  policy: PlanningPolicyValues;
  /** Everything the child has planned that date, in any group (contract and approved extra days). */
  planned: readonly Interval[];
  /** The child's open request lines that date. */
  open: readonly Interval[];
  occupancy: SlotOccupancy;
}

/** Why the day part cannot be requested, the main reason first; empty when it can. */
export function unavailableReasons(f: DayPartFacts): UnavailableReason[] {
  const reasons: UnavailableReason[] = [];
  const date = Temporal.PlainDate.from(f.day.date);
  const { product, day } = f;
  if (Temporal.PlainDate.compare(date, f.today) < 0) reasons.push('past');
  if (day.closed !== null || day.opensAt === null || day.closesAt === null) reasons.push('closed');
  if (!product.weekdays.includes(date.dayOfWeek)) reasons.push('weekday');
  if (product.weekType !== 'any' && (product.weekType === 'holiday') !== day.isHoliday)
    reasons.push('week_type');
  if (day.opensAt !== null && day.closesAt !== null) {
    if (product.startTime < day.opensAt || product.endTime > day.closesAt)
      reasons.push('outside_opening_hours');
  }
  if (f.planned.some((p) => overlaps(p, product))) reasons.push('planned');
  if (f.open.some((p) => overlaps(p, product))) reasons.push('requested');
  if (
    !reasons.includes('past') &&
    Temporal.Instant.compare(f.now, requestDeadline(day.date, product.startTime, f.policy)) >= 0
  )
    reasons.push('too_late');
  if (date.since(f.today).days > f.policy.horizonDays) reasons.push('too_far');
  if (f.occupancy.total >= f.occupancy.capacity) reasons.push('full');
  return reasons;
}
