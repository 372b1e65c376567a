import type { Transaction } from 'kysely';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/generated/schema.ts';
import { lineExpiry } from '../modules/requests/day-parts.ts';
import { computeOptions, type EvaluatedOption } from '../modules/requests/options.service.ts';
import { closeLines, insertLines, insertRequest } from '../modules/requests/requests.queries.ts';
import { toDate, todayIn } from '../time/clock.ts';

interface RequestDemoIds {
  sanne: string;
  sanneAccount: string;
  fatima: string;
  fatimaAccount: string;
  noortje: string;
  ties: string;
  yara: string;
  plannerAccount: string;
}

interface Pick {
  childId: string;
  groupId: string;
  date: string;
  found: EvaluatedOption;
}

/**
 * Requests like the manual's overview (Aanvragenoverzicht): for Sanne an approved extra morning for Noortje, a
 * rejected afternoon for Ties and a pending day for Noortje; for Fatima two pending lines for Yara, so the planner
 * has lines to assess. Dates are the first day parts the rules offer from today on, so the demo is valid on any day.
 */
export async function seedRequests(
  ctx: AppContext,
  trx: Transaction<DB>,
  o: string,
  ids: RequestDemoIds,
): Promise<void> {
  const today = todayIn(ctx.clock);
  const from = today.add({ days: 2 }).toString();
  const to = today.add({ days: 32 }).toString();
  const { response, evaluated } = await computeOptions(
    trx,
    ctx.clock,
    o,
    [ids.noortje, ids.ties, ids.yara],
    from,
    to,
  );
  const taken = new Set<string>();
  const pick = (childId: string, productName: string | null, after = ''): Pick | null => {
    for (const date of response.dates) {
      if (date.date <= after || taken.has(`${childId}|${date.date}`)) continue;
      for (const c of date.children.filter((x) => x.childId === childId)) {
        const option = c.options.find(
          (x) => x.unavailable.length === 0 && (productName === null || x.name === productName),
        );
        if (!option) continue;
        taken.add(`${childId}|${date.date}`);
        const found = evaluated.get(`${childId}|${c.groupId}|${date.date}|${option.careProductId}`);
        if (found) return { childId, groupId: c.groupId, date: date.date, found };
      }
    }
    return null;
  };
  const now = ctx.clock.now();
  const request = async (
    guardianId: string,
    accountId: string,
    picks: (Pick | null)[],
    opts: { daysAgo: number; comment?: string; decision?: 'approved' | 'rejected'; reason?: string },
  ) => {
    const lines = picks.filter((p): p is Pick => p !== null);
    if (lines.length === 0) return;
    const requestId = await insertRequest(trx, {
      organisationId: o,
      guardianId,
      accountId,
      assessAsWhole: false,
      expiresOn: null,
      comment: opts.comment ?? '',
      submittedAt: toDate(now.subtract({ hours: 24 * opts.daysAgo })),
    });
    await insertLines(
      trx,
      o,
      requestId,
      lines.map((p) => ({
        id: crypto.randomUUID(),
        bookingId: crypto.randomUUID(),
        childId: p.childId,
        groupId: p.groupId,
        careProductId: p.found.product.id,
        date: p.date,
        startTime: p.found.product.startTime,
        endTime: p.found.product.endTime,
        priceCents: p.found.option.priceCents,
        expiresAt: toDate(lineExpiry(p.date, p.found.product.startTime, p.found.policy, null)),
      })),
    );
    if (!opts.decision) return;
    const ids2 = await trx
      .selectFrom('care_request_lines')
      .select('id')
      .where('organisation_id', '=', o)
      .where('request_id', '=', requestId)
      .execute();
    await closeLines(
      trx,
      o,
      ids2.map((r) => r.id),
      {
        status: opts.decision,
        at: toDate(now.subtract({ hours: 24 * (opts.daysAgo - 1) })),
        accountId: ids.plannerAccount,
        ...(opts.reason ? { reason: opts.reason } : {}),
      },
    );
    await trx
      .updateTable('care_requests')
      .set({ concluded_at: toDate(now.subtract({ hours: 24 * (opts.daysAgo - 1) })) })
      .where('organisation_id', '=', o)
      .where('id', '=', requestId)
      .execute();
  };
  const approved = pick(ids.noortje, 'Incidentele ochtend');
  await request(ids.sanne, ids.sanneAccount, [approved], { daysAgo: 6, decision: 'approved' });
  await request(ids.sanne, ids.sanneAccount, [pick(ids.ties, null)], {
    daysAgo: 5,
    decision: 'rejected',
    reason: 'Groep Floris is die middag vol.',
  });
  await request(ids.sanne, ids.sanneAccount, [pick(ids.noortje, 'Incidentele hele dag', approved?.date)], {
    daysAgo: 1,
    comment: 'Opa en oma zijn die week op vakantie.',
  });
  const first = pick(ids.yara, 'Incidentele hele dag');
  await request(ids.fatima, ids.fatimaAccount, [first], { daysAgo: 2 });
  await request(ids.fatima, ids.fatimaAccount, [pick(ids.yara, 'RP Ochtend', first?.date)], { daysAgo: 0 });
}
