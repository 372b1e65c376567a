import type { CorrectCreditBody, Credit, CreditList, grantCreditBodySchema } from '@nestje/contract';
import type { z } from 'zod';
import { permittedIds } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import { permittedAmong } from '../../authz/references.ts';
import type { AppContext } from '../../context.ts';
import { Forbidden, fieldError, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { toDate, todayIn } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { childRead } from '../families/families.actions.ts';
import { insertCredit, insertEntries, lockCredits } from './credit-ledger.queries.ts';
import { creditCorrect } from './credits.actions.ts';
import * as q from './credits.queries.ts';

type GrantCreditInput = z.output<typeof grantCreditBodySchema>;

/** Why a credit cannot pay now, or `usable`; `today` is the date in Amsterdam. */
export function creditState(row: q.CreditListRow, today: string): Credit['state'] {
  if (row.remaining <= 0) return 'used_up';
  if (row.validUntil < today) return 'expired';
  if (row.validFrom > today) return 'not_yet_valid';
  return 'usable';
}

function toCredit(
  row: q.CreditListRow,
  entries: q.CreditEntryRow[],
  today: string,
  correctable: boolean,
): Credit {
  return {
    id: row.id,
    childId: row.childId,
    childName: row.childName,
    unit: row.unit,
    source: row.source,
    description: row.description,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    weekType: row.weekType,
    initial: row.initial,
    remaining: row.remaining,
    state: creditState(row, today),
    entries: entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      amount: e.amount,
      at: e.at.toISOString(),
      reason: e.reason,
      requestLine:
        e.lineId === null
          ? null
          : {
              id: e.lineId,
              date: e.lineDate as string,
              startTime: e.lineStartTime as string,
              endTime: e.lineEndTime as string,
              status: e.lineStatus as string,
            },
    })),
    permittedActions: correctable ? [creditCorrect.name] : [],
  };
}

/** The credits `filter` selects with their entries and what the principal may do with each: three queries. */
async function readCredits(ctx: AppContext, principal: Principal, filter: q.CreditFilter): Promise<Credit[]> {
  const organisationId = principal.organisationId;
  const rows = await q.selectCredits(ctx.db, organisationId, filter);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const entries = await q.selectEntries(ctx.db, organisationId, ids);
  const correctable = await permittedAmong(ctx, principal, creditCorrect.name, ids);
  const byCredit = Map.groupBy(entries, (e) => e.creditId);
  const today = todayIn(ctx.clock).toString();
  return rows.map((r) => toCredit(r, byCredit.get(r.id) ?? [], today, correctable.has(r.id)));
}

async function readCredit(ctx: AppContext, principal: Principal, creditId: string): Promise<Credit> {
  const [credit] = await readCredits(ctx, principal, { creditId });
  if (!credit) throw new NotFound();
  return credit;
}

/** GET /credits: the credits of the guardian's children (empty without the credits feature). */
export async function listOwnCredits(ctx: AppContext, principal: Principal): Promise<CreditList> {
  const children = permittedIds(ctx.db, principal, ctx.clock, childRead.name);
  if (!children) return { credits: [] };
  return { credits: await readCredits(ctx, principal, { children }) };
}

/** GET /children/:childId/credits: one child's credits, audited as a read of the child's data. */
export async function listChildCredits(
  ctx: AppContext,
  principal: Principal,
  childId: string,
): Promise<CreditList> {
  const credits = await readCredits(ctx, principal, { childId });
  if (credits.length > 0) {
    await recordAudit(ctx.db, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'child.read',
      childIds: [childId],
      details: { view: 'credits' },
    });
  }
  return { credits };
}

async function requireCreditsFeature(ctx: AppContext, organisationId: string): Promise<void> {
  if (!(await q.selectCreditsFeature(ctx.db, organisationId))) {
    throw new Forbidden('credits.feature_off', 'The organisation does not use credits');
  }
}

/** POST /children/:childId/credits: a new credit with its grant entry, audited. */
export async function grantCredit(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  body: GrantCreditInput,
  idempotency: Idempotency | null = null,
): Promise<Credit> {
  const organisationId = principal.organisationId;
  await requireCreditsFeature(ctx, organisationId);
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const creditId = await insertCredit(trx, organisationId, {
      childId,
      unit: body.unit,
      source: body.source,
      validFrom: body.validFrom,
      validUntil: body.validUntil,
      weekType: body.weekType,
      description: body.description,
      amount: body.amount,
      at: toDate(ctx.clock.now()),
      byAccountId: principal.accountId,
    });
    const credit = await readCredit(tx, principal, creditId);
    await recordAudit(trx, ctx.clock, {
      organisationId,
      actorAccountId: principal.accountId,
      action: 'credit.granted',
      childIds: [childId],
      subjectType: 'credit',
      subjectId: creditId,
      subjectLabel: `${credit.childName}: ${credit.description}`,
      details: {
        unit: body.unit,
        amount: body.amount,
        source: body.source,
        validFrom: body.validFrom,
        validUntil: body.validUntil,
        weekType: body.weekType,
      },
    });
    return credit;
  });
}

/**
 * POST /credits/:creditId/corrections: adds to or takes from a credit, with a reason, audited. The credit is
 * locked first, so corrections and spending of one credit are decided one after the other; what would take it
 * below zero is `amount` `below_zero`.
 */
export async function correctCredit(
  ctx: AppContext,
  principal: Principal,
  creditId: string,
  body: CorrectCreditBody,
  idempotency: Idempotency | null = null,
): Promise<Credit> {
  const organisationId = principal.organisationId;
  await requireCreditsFeature(ctx, organisationId);
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const locked = (await lockCredits(trx, organisationId, [creditId])).get(creditId);
    if (!locked) throw new NotFound();
    const after = locked.remaining + body.amount;
    if (after < 0) {
      throw fieldError('amount', 'below_zero', `At most ${locked.remaining} can be taken from this credit`);
    }
    await insertEntries(trx, organisationId, [
      {
        creditId,
        kind: 'correction',
        amount: body.amount,
        reason: body.reason,
        at: toDate(ctx.clock.now()),
        byAccountId: principal.accountId,
      },
    ]);
    const credit = await readCredit(tx, principal, creditId);
    await recordAudit(trx, ctx.clock, {
      organisationId,
      actorAccountId: principal.accountId,
      action: 'credit.corrected',
      childIds: [locked.childId],
      subjectType: 'credit',
      subjectId: creditId,
      subjectLabel: `${credit.childName}: ${credit.description}`,
      details: { amount: body.amount, reason: body.reason, remaining: { from: locked.remaining, to: after } },
    });
    return credit;
  });
}
