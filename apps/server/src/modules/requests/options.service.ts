import type { DayPartOption, PlannedPart, PlanningPolicyValues, RequestOptions } from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';
import type { Executor } from '../../db/sql.ts';
import { type Clock, todayIn } from '../../time/clock.ts';
import { selectCareDays } from '../care-days/care-days.queries.ts';
import { type CreditRow, selectSpendableCredits } from '../credits/credit-ledger.queries.ts';
import { selectEffectivePolicies } from '../planning-policy/planning-policy.queries.ts';
import { type Interval, priceOf, requestDeadline, unavailableReasons } from './day-parts.ts';
import { type Slot, selectOccupancy } from './occupancy.queries.ts';
import {
  type ChildGroupDay,
  type OfferedProduct,
  selectChildGroupDays,
  selectChildNames,
  selectOfferedProducts,
  selectOpenLines,
  selectProductNames,
} from './options.queries.ts';

/** One evaluated day part of a child in a group on a date: what a submission needs to make its line. */
export interface EvaluatedOption {
  option: DayPartOption;
  product: OfferedProduct;
  policy: PlanningPolicyValues;
  day: ChildGroupDay;
}

export interface ComputedOptions {
  response: RequestOptions;
  /** By `optionKey(childId, groupId, date, productId)`. */
  evaluated: Map<string, EvaluatedOption>;
  /** The groups each child is placed in on each date, by `${childId}|${date}`. */
  placedGroups: Map<string, Set<string>>;
}

/** What paying a day part takes from a credit: its minutes, or one point. */
export function creditCost(
  unit: CreditRow['unit'],
  product: Pick<OfferedProduct, 'startTime' | 'endTime'>,
): number {
  if (unit === 'points') return 1;
  return Temporal.PlainTime.from(product.startTime)
    .until(Temporal.PlainTime.from(product.endTime))
    .total('minutes');
}

/** Whether a credit can pay a day part of its child on a date in full (P8): valid then, right week type, enough. */
export function creditPays(credit: CreditRow, day: ChildGroupDay, product: OfferedProduct): boolean {
  return (
    credit.childId === day.childId &&
    credit.validFrom <= day.date &&
    day.date <= credit.validUntil &&
    (credit.weekType === 'any' || (credit.weekType === 'holiday') === day.isHoliday) &&
    credit.remaining >= creditCost(credit.unit, product)
  );
}

/** The credits that can pay the day part in full, the first to expire first (the suggestion). */
function creditsPaying(credits: readonly CreditRow[], day: ChildGroupDay, product: OfferedProduct) {
  return credits
    .filter((c) => creditPays(c, day, product))
    .map((c) => ({
      creditId: c.id,
      unit: c.unit,
      source: c.source,
      remaining: c.remaining,
      cost: creditCost(c.unit, product),
      validUntil: c.validUntil,
      description: c.description,
    }));
}

export const optionKey = (childId: string, groupId: string, date: string, productId: string) =>
  `${childId}|${groupId}|${date}|${productId}`;

function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const end = Temporal.PlainDate.from(to);
  for (let d = Temporal.PlainDate.from(from); Temporal.PlainDate.compare(d, end) <= 0; d = d.add({ days: 1 }))
    out.push(d.toString());
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * For every date from `from` to `to` (at most a month; the caller checks) and every child of `childIds` with a
 * placement then: what the child has planned in each group ("Reeds gepland") and each day part the group offers,
 * with its price, free places and the reasons it cannot be requested. A fixed number of queries, whatever the
 * number of dates, children and products.
 */
export async function computeOptions(
  db: Executor,
  clock: Clock,
  organisationId: string,
  childIds: readonly string[],
  from: string,
  to: string,
): Promise<ComputedOptions> {
  const days = await selectChildGroupDays(db, organisationId, childIds, from, to);
  const groupIds = [...new Set(days.map((d) => d.groupId))];
  const [products, policies, careDays, openLines, children, credits] = await Promise.all([
    selectOfferedProducts(db, organisationId, groupIds),
    selectEffectivePolicies(db, organisationId, groupIds),
    selectCareDays(db, organisationId, childIds, from, to),
    selectOpenLines(db, organisationId, childIds, from, to),
    selectChildNames(db, organisationId, childIds),
    selectSpendableCredits(db, organisationId, childIds, from, to),
  ]);
  const productNames = await selectProductNames(
    db,
    organisationId,
    careDays.map((c) => c.careProductId),
  );
  const productsByGroup = new Map<string, OfferedProduct[]>();
  for (const p of products) push(productsByGroup, p.groupId, p);

  const slots: Slot[] = [];
  for (const day of days)
    for (const p of productsByGroup.get(day.groupId) ?? [])
      slots.push({ groupId: day.groupId, date: day.date, startTime: p.startTime, endTime: p.endTime });
  const occupancy = await selectOccupancy(db, organisationId, slots);

  // A day part reported absent is still planned (it cannot be requested again); it only frees its place.
  const plannedByChildDate = new Map<string, (Interval & { groupId: string; part: PlannedPart })[]>();
  for (const c of careDays)
    push(plannedByChildDate, `${c.childId}|${c.date}`, {
      startTime: c.startTime,
      endTime: c.endTime,
      groupId: c.groupId,
      part: {
        startTime: c.startTime,
        endTime: c.endTime,
        source: c.source,
        productName: productNames.get(c.careProductId) ?? '',
      },
    });
  const openByChildDate = new Map<string, (Interval & { groupId: string; part: PlannedPart })[]>();
  for (const l of openLines)
    push(openByChildDate, `${l.childId}|${l.date}`, {
      startTime: l.startTime,
      endTime: l.endTime,
      groupId: l.groupId,
      part: { startTime: l.startTime, endTime: l.endTime, source: 'pending', productName: l.productName },
    });

  const now = clock.now();
  const today = todayIn(clock);
  const evaluated = new Map<string, EvaluatedOption>();
  const placedGroups = new Map<string, Set<string>>();
  const byDate = new Map<string, RequestOptions['dates'][number]>();
  for (const date of datesBetween(from, to))
    byDate.set(date, { date, weekType: null, closed: null, children: [] });

  let slotIndex = 0;
  for (const day of days) {
    const entry = byDate.get(day.date);
    const policy = policies.get(day.groupId);
    if (!entry || !policy) continue;
    entry.weekType ??= day.isHoliday ? 'holiday' : 'school';
    entry.closed ??= day.closed;
    const childDate = `${day.childId}|${day.date}`;
    const placed = placedGroups.get(childDate) ?? new Set<string>();
    placed.add(day.groupId);
    placedGroups.set(childDate, placed);
    const planned = plannedByChildDate.get(childDate) ?? [];
    const open = openByChildDate.get(childDate) ?? [];
    const options: DayPartOption[] = [];
    for (const product of productsByGroup.get(day.groupId) ?? []) {
      const occ = occupancy[slotIndex++];
      if (!occ) throw new Error('occupancy missing for a slot');
      const option: DayPartOption = {
        careProductId: product.id,
        name: product.name,
        startTime: product.startTime,
        endTime: product.endTime,
        priceCents: priceOf(product),
        unavailable: unavailableReasons({ now, today, day, product, policy, planned, open, occupancy: occ }),
        freePlaces: Math.max(0, occ.capacity - occ.total),
        requestDeadline: requestDeadline(day.date, product.startTime, policy).toString(),
        credits: creditsPaying(credits, day, product),
      };
      options.push(option);
      evaluated.set(optionKey(day.childId, day.groupId, day.date, product.id), {
        option,
        product,
        policy,
        day,
      });
    }
    entry.children.push({
      childId: day.childId,
      groupId: day.groupId,
      groupName: day.groupName,
      planned: [...planned, ...open].filter((p) => p.groupId === day.groupId).map((p) => p.part),
      options,
    });
  }
  return {
    response: {
      children: children.map((c) => ({ id: c.id, firstName: c.firstName, lastName: c.lastName })),
      dates: [...byDate.values()],
      policies: [...policies.entries()].map(([groupId, values]) => ({ groupId, ...values })),
    },
    evaluated,
    placedGroups,
  };
}
