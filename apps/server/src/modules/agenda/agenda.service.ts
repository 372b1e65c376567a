import type { Agenda, AgendaDay, AgendaItem } from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { Forbidden, fieldError } from '../../errors.ts';
import { todayIn } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { selectCareDays } from '../care-days/care-days.queries.ts';
import { plannedCareDayOf } from '../care-days/care-days.service.ts';
import { selectChildNames, selectProductNames } from '../requests/options.queries.ts';
import { selectGuardianChildIds } from '../requests/requests.queries.ts';
import {
  selectChildLocationIds,
  selectClosures,
  selectGroupNames,
  selectOpenAgendaLines,
} from './agenda.queries.ts';

/**
 * GET /agenda (P7): every day from `from` for `days` days with the planned care of all the guardian's children
 * (contract and approved extra days) and their open requests, and the closing days of their locations. A fixed
 * number of queries for any number of days.
 */
export async function getAgenda(
  ctx: AppContext,
  principal: Principal,
  query: { from?: string; days: number },
): Promise<Agenda> {
  if (principal.guardianId === null) throw new Forbidden();
  let start: Temporal.PlainDate;
  try {
    start = query.from ? Temporal.PlainDate.from(query.from, { overflow: 'reject' }) : todayIn(ctx.clock);
  } catch {
    throw fieldError('from', 'invalid_format', 'Expected a date (YYYY-MM-DD)');
  }
  const end = start.add({ days: query.days - 1 });
  const from = start.toString();
  const to = end.toString();
  const org = principal.organisationId;
  const childIds = await selectGuardianChildIds(ctx.db, org, principal.guardianId);
  const [careDays, open, children, locationIds] = await Promise.all([
    selectCareDays(ctx.db, org, childIds, from, to),
    selectOpenAgendaLines(ctx.db, org, childIds, from, to),
    selectChildNames(ctx.db, org, childIds),
    selectChildLocationIds(ctx.db, org, childIds, from, to),
  ]);
  const [groups, products, closures] = await Promise.all([
    selectGroupNames(ctx.db, org, [...careDays.map((c) => c.groupId), ...open.map((l) => l.groupId)]),
    selectProductNames(
      ctx.db,
      org,
      careDays.map((c) => c.careProductId),
    ),
    selectClosures(ctx.db, org, locationIds, from, to),
  ]);

  const days = new Map<string, AgendaDay>();
  for (let d = start; Temporal.PlainDate.compare(d, end) <= 0; d = d.add({ days: 1 }))
    days.set(d.toString(), { date: d.toString(), items: [], closures: [] });
  const group = (id: string) => groups.get(id) ?? { groupName: '', locationName: '' };
  for (const c of careDays) {
    const { date, ...care } = plannedCareDayOf(c, { groups, products });
    const item: AgendaItem = {
      kind: 'care',
      childId: c.childId,
      ...care,
      status: c.source === 'contract' ? null : 'approved',
    };
    days.get(date)?.items.push(item);
  }
  for (const l of open) {
    days.get(l.date)?.items.push({
      kind: 'request',
      childId: l.childId,
      groupId: l.groupId,
      groupName: group(l.groupId).groupName,
      locationName: group(l.groupId).locationName,
      productName: l.productName,
      startTime: l.startTime,
      endTime: l.endTime,
      source: null,
      lineId: l.id,
      status: 'pending',
      absence: null,
    });
  }
  for (const c of closures)
    days.get(c.date)?.closures.push({ locationName: c.locationName ?? '', description: c.description });
  const order = new Map(children.map((c, i) => [c.id, i]));
  for (const day of days.values())
    day.items.sort(
      (a, b) =>
        a.startTime.localeCompare(b.startTime) || (order.get(a.childId) ?? 0) - (order.get(b.childId) ?? 0),
    );
  if (childIds.length > 0) {
    await recordAudit(ctx.db, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'agenda.read',
      childIds,
      details: { from, to },
    });
  }
  return {
    children: children.map((c) => ({ id: c.id, firstName: c.firstName, lastName: c.lastName })),
    days: [...days.values()],
    nextFrom: end.add({ days: 1 }).toString(),
  };
}
