import type { Transaction } from 'kysely';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/generated/schema.ts';
import { selectCareDays } from '../modules/care-days/care-days.queries.ts';
import { lineExpiry } from '../modules/requests/day-parts.ts';
import { computeOptions } from '../modules/requests/options.service.ts';
import { insertLines, insertRequest } from '../modules/requests/requests.queries.ts';
import { toDate, todayIn } from '../time/clock.ts';

/**
 * A pending swap for the demo (P13): Noortje gives up her next planned afternoon at least three days ahead for the
 * first morning ("RP Ochtend", 07:00–12:30) the rules offer within two weeks after it; the remaining half hour lapses.
 */
export async function seedSwap(
  ctx: AppContext,
  trx: Transaction<DB>,
  o: string,
  ids: { sanne: string; sanneAccount: string; noortje: string },
): Promise<void> {
  const today = todayIn(ctx.clock);
  const planned = await selectCareDays(
    trx,
    o,
    [ids.noortje],
    today.add({ days: 3 }).toString(),
    today.add({ days: 17 }).toString(),
  );
  const give = planned.find((d) => d.source === 'contract' && d.absenceLineId === null);
  if (!give) return;
  const from = give.date;
  const until = today.add({ days: 31 }).toString();
  const { response, evaluated } = await computeOptions(trx, ctx.clock, o, [ids.noortje], from, until);
  let take: { date: string; key: string } | null = null;
  for (const date of response.dates) {
    if (date.date === give.date) continue;
    const option = date.children
      .flatMap((c) => c.options.map((x) => ({ c, x })))
      .find(({ x }) => x.name === 'RP Ochtend' && x.unavailable.length === 0);
    if (option) {
      take = {
        date: date.date,
        key: `${ids.noortje}|${option.c.groupId}|${date.date}|${option.x.careProductId}`,
      };
      break;
    }
  }
  const wanted = take ? evaluated.get(take.key) : undefined;
  if (!take || !wanted) return;
  const requestId = await insertRequest(trx, {
    organisationId: o,
    kind: 'swap',
    guardianId: ids.sanne,
    accountId: ids.sanneAccount,
    assessAsWhole: false,
    expiresOn: null,
    comment: 'Die middag hebben we een afspraak in het ziekenhuis.',
    submittedAt: toDate(ctx.clock.now().subtract({ hours: 3 })),
  });
  const expiresAt = toDate(lineExpiry(give.date, give.startTime, wanted.policy, null));
  const bookingId = crypto.randomUUID();
  await insertLines(trx, o, requestId, [
    {
      id: crypto.randomUUID(),
      bookingId,
      role: 'give',
      childId: ids.noortje,
      groupId: give.groupId,
      careProductId: give.careProductId,
      date: give.date,
      startTime: give.startTime,
      endTime: give.endTime,
      priceCents: 0,
      expiresAt,
    },
    {
      id: crypto.randomUUID(),
      bookingId,
      role: 'take',
      childId: ids.noortje,
      groupId: wanted.day.groupId,
      careProductId: wanted.product.id,
      date: take.date,
      startTime: wanted.product.startTime,
      endTime: wanted.product.endTime,
      priceCents: 0,
      expiresAt,
    },
  ]);
}
