import type { GroupDay, GroupDayChild, GroupDayPart } from '@nestje/contract';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { NotFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { selectCareDays } from '../care-days/care-days.queries.ts';
import { selectOccupancy } from '../requests/occupancy.queries.ts';
import {
  selectChildNames,
  selectDayProducts,
  selectGroupDayHeader,
  selectPendingLines,
} from './group-day.queries.ts';

const byName = new Intl.Collator('nl', { sensitivity: 'base' });

/**
 * GET /groups/:groupId/day (S3): every child expected in the group on `date` with their day parts (contract,
 * approved extra day, open request), absences marked, and the occupancy of each day part: the group's products
 * offered that day and any other product a child has that day. The route has checked `group.readDay`. A fixed
 * number of queries, whatever the number of children.
 */
export async function getGroupDay(
  ctx: AppContext,
  principal: Principal,
  groupId: string,
  date: string,
): Promise<GroupDay> {
  const org = principal.organisationId;
  const header = await selectGroupDayHeader(ctx.db, org, groupId, date);
  if (!header) throw new NotFound();
  // The group's scope gives the care days in this group only (contract days and approved extra days here).
  const here = await selectCareDays(ctx.db, org, { groups: [groupId] }, date, date);
  const pending = await selectPendingLines(ctx.db, org, groupId, date);
  const childIds = [...new Set([...here.map((r) => r.childId), ...pending.map((r) => r.childId)])];
  const usedProducts = [...new Set([...here, ...pending].map((r) => r.careProductId))];
  const [names, products] = await Promise.all([
    selectChildNames(ctx.db, org, childIds),
    selectDayProducts(ctx.db, org, groupId, date, header.isHoliday, usedProducts),
  ]);
  const productName = new Map(products.map((p) => [p.id, p.name]));

  const partsOf = new Map<string, GroupDayPart[]>(childIds.map((id) => [id, []]));
  for (const row of here) {
    partsOf.get(row.childId)?.push({
      careProductId: row.careProductId,
      startTime: row.startTime,
      endTime: row.endTime,
      productName: productName.get(row.careProductId) ?? '',
      kind: row.source,
      absence: row.absenceReason ? { reason: row.absenceReason } : null,
    });
  }
  for (const line of pending) {
    partsOf.get(line.childId)?.push({
      careProductId: line.careProductId,
      startTime: line.startTime,
      endTime: line.endTime,
      productName: productName.get(line.careProductId) ?? '',
      kind: 'pending',
      absence: null,
    });
  }
  const children: GroupDayChild[] = names
    .map((c) => ({
      childId: c.id,
      name: `${c.firstName} ${c.lastName}`,
      parts: (partsOf.get(c.id) ?? []).sort(
        (a, b) => a.startTime.localeCompare(b.startTime) || a.endTime.localeCompare(b.endTime),
      ),
    }))
    .sort((a, b) => byName.compare(a.name, b.name));

  const used = new Set(usedProducts);
  const shown = products.filter((p) => p.offered || used.has(p.id));
  const occupancy = await selectOccupancy(
    ctx.db,
    org,
    shown.map((p) => ({ groupId, date, startTime: p.startTime, endTime: p.endTime })),
  );

  if (childIds.length > 0) {
    await recordAudit(ctx.db, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'group.day.read',
      childIds,
      subjectType: 'group',
      subjectId: groupId,
      subjectLabel: header.name,
      details: { date },
    });
  }
  return {
    group: {
      id: header.id,
      name: header.name,
      locationName: header.locationName,
      capacity: header.capacity,
    },
    date,
    closed: header.closed,
    children,
    occupancy: shown.map((p, i) => {
      const occ = occupancy[i];
      return {
        careProductId: p.id,
        name: p.name,
        startTime: p.startTime,
        endTime: p.endTime,
        confirmed: occ?.confirmed ?? 0,
        pending: occ?.pending ?? 0,
        capacity: occ?.capacity ?? header.capacity,
      };
    }),
  };
}
