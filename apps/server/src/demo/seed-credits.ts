import type { Transaction } from 'kysely';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/generated/schema.ts';
import { insertAbsence, insertAbsenceLines } from '../modules/absences/absences.queries.ts';
import { selectCareDays } from '../modules/care-days/care-days.queries.ts';
import { insertCredit } from '../modules/credits/credit-ledger.queries.ts';
import { toDate, todayIn } from '../time/clock.ts';

interface CreditDemoIds {
  sanne: string;
  sanneAccount: string;
  noortje: string;
  ties: string;
  plannerAccount: string;
}

/**
 * Credits and absences for the demo: the organisation uses credits, and an absence reported a day ahead yields a
 * credit valid four weeks. Noortje was ill on her last planned day (reported in time: a credit of that afternoon);
 * Ties has a compensation of two day parts in points, and Noortje one of three hours for a closed day.
 */
export async function seedCredits(ctx: AppContext, trx: Transaction<DB>, o: string, ids: CreditDemoIds) {
  await trx.updateTable('organisations').set({ feature_credits: true }).where('id', '=', o).execute();
  await trx
    .updateTable('planning_policies')
    .set({ absence_credit_weeks: 4, absence_credit_lead_hours: 24 })
    .where('organisation_id', '=', o)
    .execute();
  const today = todayIn(ctx.clock);
  const now = ctx.clock.now();
  const at = toDate(now);
  const past = await selectCareDays(
    trx,
    o,
    [ids.noortje],
    today.subtract({ days: 14 }).toString(),
    today.subtract({ days: 1 }).toString(),
  );
  const last = past[past.length - 1];
  if (last) {
    const absenceId = await insertAbsence(trx, {
      organisationId: o,
      guardianId: ids.sanne,
      accountId: ids.sanneAccount,
      reason: 'sick',
      comment: 'Koorts',
      at: toDate(now.subtract({ hours: 24 * (today.since(last.date).days + 2) })),
    });
    const lineId = crypto.randomUUID();
    await insertAbsenceLines(trx, o, absenceId, [
      {
        id: lineId,
        childId: last.childId,
        groupId: last.groupId,
        careProductId: last.careProductId,
        date: last.date,
        startTime: last.startTime,
        endTime: last.endTime,
        requestLineId: null,
      },
    ]);
    const [h1, m1] = last.startTime.split(':').map(Number) as [number, number];
    const [h2, m2] = last.endTime.split(':').map(Number) as [number, number];
    await insertCredit(trx, o, {
      childId: last.childId,
      unit: 'minutes',
      source: 'absence',
      absenceLineId: lineId,
      validFrom: today.subtract({ days: today.since(last.date).days + 2 }).toString(),
      validUntil: today.add({ weeks: 4 }).toString(),
      weekType: 'any',
      description: `${last.date} ${last.startTime}–${last.endTime}`,
      amount: h2 * 60 + m2 - (h1 * 60 + m1),
      at,
      byAccountId: ids.sanneAccount,
    });
  }
  await insertCredit(trx, o, {
    childId: ids.noortje,
    unit: 'minutes',
    source: 'compensation',
    validFrom: today.toString(),
    validUntil: today.add({ weeks: 8 }).toString(),
    weekType: 'any',
    description: 'Compensatie sluiting door stroomstoring',
    amount: 180,
    at,
    byAccountId: ids.plannerAccount,
  });
  await insertCredit(trx, o, {
    childId: ids.ties,
    unit: 'points',
    source: 'grant',
    validFrom: today.toString(),
    validUntil: today.add({ weeks: 12 }).toString(),
    weekType: 'school',
    description: 'Twee extra middagen (kennismaking BSO)',
    amount: 2,
    at,
    byAccountId: ids.plannerAccount,
  });
}
