import { createHash } from 'node:crypto';
import type { CalendarFeedCreated, CalendarFeedStatus } from '@nestje/contract';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { NotFound } from '../../errors.ts';
import { fromDate, toDate, todayIn } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { selectCareDays } from '../care-days/care-days.queries.ts';
import { hashToken, newToken } from '../identity/tokens.ts';
import * as q from './calendar-feed.queries.ts';
import { type IcsEvent, writeCalendar } from './ics.ts';

/** The feed holds the care days from this many days ago… */
export const FEED_DAYS_BACK = 30;
/** …to this many days ahead of today (Amsterdam). */
export const FEED_DAYS_AHEAD = 365;

/** The public path of a feed, under the API prefix. */
export const feedPath = (token: string) => `/calendar/${token}.ics`;

/** A token as `newToken` makes it (256 bits, base64url) followed by `.ics`. */
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

function guardianOf(principal: Principal): string {
  if (principal.guardianId === null) throw new NotFound();
  return principal.guardianId;
}

export async function getFeedStatus(ctx: AppContext, principal: Principal): Promise<CalendarFeedStatus> {
  const feed = await q.selectActiveFeed(ctx.db, principal.organisationId, guardianOf(principal));
  return {
    active: feed !== undefined,
    createdAt: feed ? fromDate(feed.created_at).toString() : null,
  };
}

/**
 * Makes a new feed address for the guardian. A working address is revoked in the same transaction, so it stops
 * working at once. The token is returned once, inside the address; only its hash is stored.
 */
export async function createFeed(ctx: AppContext, principal: Principal): Promise<CalendarFeedCreated> {
  const organisationId = principal.organisationId;
  const guardianId = guardianOf(principal);
  const token = newToken();
  const now = toDate(ctx.clock.now());
  await ctx.db.transaction().execute(async (trx) => {
    const name = await q.lockGuardian(trx, organisationId, guardianId);
    if (name === undefined) throw new NotFound();
    const rotated = await q.revokeActiveFeed(trx, organisationId, guardianId, now);
    await q.insertFeed(trx, organisationId, guardianId, hashToken(token), now);
    await recordAudit(trx, ctx.clock, {
      organisationId,
      actorAccountId: principal.accountId,
      action: rotated ? 'calendarFeed.rotate' : 'calendarFeed.create',
      subjectType: 'guardian',
      subjectId: guardianId,
      subjectLabel: name,
    });
  });
  return { url: `${ctx.config.publicUrl}/api/v1${feedPath(token)}` };
}

/** Revokes the guardian's feed address, if there is one: it stops working at once. */
export async function revokeFeed(ctx: AppContext, principal: Principal): Promise<void> {
  const organisationId = principal.organisationId;
  const guardianId = guardianOf(principal);
  await ctx.db.transaction().execute(async (trx) => {
    const name = await q.lockGuardian(trx, organisationId, guardianId);
    if (name === undefined) throw new NotFound();
    if (!(await q.revokeActiveFeed(trx, organisationId, guardianId, toDate(ctx.clock.now())))) return;
    await recordAudit(trx, ctx.clock, {
      organisationId,
      actorAccountId: principal.accountId,
      action: 'calendarFeed.revoke',
      subjectType: 'guardian',
      subjectId: guardianId,
      subjectLabel: name,
    });
  });
}

/** The token of a feed's file name, or null for anything that is not one. */
export function tokenOfFile(file: string): string | null {
  return FEED_FILE.exec(file)?.[1] ?? null;
}

/**
 * An event's UID: the same child, date and product give the same UID at every fetch, so calendar apps update an
 * event instead of adding it again. An open request line gets the UID its care day will have once approved.
 */
export function eventUid(childId: string, date: string, productId: string): string {
  const digest = createHash('sha256').update(`${childId}|${date}|${productId}`).digest('hex');
  return `${digest.slice(0, 32)}@nestje`;
}

/** The feed's calendar for the address's token; 404 for an unknown or revoked token. */
export async function renderFeed(ctx: AppContext, file: string): Promise<string> {
  const token = tokenOfFile(file);
  if (token === null) throw new NotFound();
  const feed = await q.selectActiveFeedByHash(ctx.db, hashToken(token));
  if (!feed) throw new NotFound();
  const { organisation_id: organisationId, guardian_id: guardianId } = feed;

  const today = todayIn(ctx.clock);
  const from = today.subtract({ days: FEED_DAYS_BACK }).toString();
  const to = today.add({ days: FEED_DAYS_AHEAD }).toString();
  const children = await q.selectGuardianChildren(ctx.db, organisationId, guardianId);
  const childIds = children.map((c) => c.id);
  const careDays = await selectCareDays(ctx.db, organisationId, childIds, from, to);
  const pending = await q.selectPendingLines(ctx.db, organisationId, childIds, from, to);
  const groupIds = new Set([...careDays.map((d) => d.groupId), ...pending.map((l) => l.group_id)]);
  const productIds = new Set([
    ...careDays.map((d) => d.careProductId),
    ...pending.map((l) => l.care_product_id),
  ]);
  const [groups, products, organisationName] = await Promise.all([
    q.selectGroupNames(ctx.db, organisationId, [...groupIds]),
    q.selectProductNames(ctx.db, organisationId, [...productIds]),
    q.selectOrganisationName(ctx.db, organisationId),
  ]);

  const childName = new Map(children.map((c) => [c.id, c.first_name]));
  const group = new Map(groups.map((g) => [g.id, g]));
  const productName = new Map(products.map((p) => [p.id, p.name]));
  const used = new Set<string>();
  const event = (
    e: {
      childId: string;
      date: string;
      groupId: string;
      productId: string;
      startTime: string;
      endTime: string;
    },
    kind: 'contract' | 'extra' | 'pending',
    absent = false,
  ): IcsEvent | null => {
    const uid = eventUid(e.childId, e.date, e.productId);
    // A planned day wins over an open line for the same day part (it is listed first).
    if (used.has(uid)) return null;
    used.add(uid);
    const g = group.get(e.groupId);
    const product = productName.get(e.productId) ?? '';
    const summary = `${childName.get(e.childId) ?? ''} – ${g?.name ?? ''}`;
    return {
      uid,
      date: e.date,
      startTime: e.startTime,
      endTime: e.endTime,
      summary: kind === 'pending' ? `Aangevraagd: ${summary}` : absent ? `Afwezig: ${summary}` : summary,
      description:
        kind === 'pending'
          ? `${product}\nOptie extra: nog niet beoordeeld`
          : kind === 'extra'
            ? `${product}\nExtra dag`
            : product,
      location: g?.location_name ?? '',
      status: kind === 'pending' ? 'TENTATIVE' : absent ? 'CANCELLED' : 'CONFIRMED',
    };
  };
  const events = [
    ...careDays.map((d) =>
      event(
        { ...d, productId: d.careProductId },
        d.source === 'extra' ? 'extra' : 'contract',
        d.absenceLineId !== null,
      ),
    ),
    ...pending.map((l) =>
      event(
        {
          childId: l.child_id,
          date: l.date,
          groupId: l.group_id,
          productId: l.care_product_id,
          startTime: l.start_time,
          endTime: l.end_time,
        },
        'pending',
      ),
    ),
  ].filter((e): e is IcsEvent => e !== null);
  events.sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
  return writeCalendar({ name: `Opvang – ${organisationName}`, stamp: ctx.clock.now(), events });
}
