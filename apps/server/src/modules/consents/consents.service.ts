import type {
  AnswerConsentBody,
  BuiltinConsentKey,
  ChildConsents,
  ConsentAnswer,
  ConsentItem,
  ConsentItemList,
  CreateConsentItemBody,
  CreateConsentTextBody,
  UpdateConsentItemBody,
} from '@nestje/contract';
import { isPermitted } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { Conflict, fieldError, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { toDate } from '../../time/clock.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import { childConsentsAnswer, consentItemCreate } from './consents.actions.ts';
import * as q from './consents.queries.ts';

function toItem(row: q.ItemRow): ConsentItem {
  return {
    id: row.id,
    key: row.key as BuiltinConsentKey | null,
    title: row.title,
    position: row.position,
    active: row.active,
    text: {
      id: row.text_id,
      version: row.text_version,
      body: row.text_body,
      createdAt: row.text_created_at.toISOString(),
    },
  };
}

function toAnswer(row: q.AnswerRow): ConsentAnswer {
  return {
    id: row.id,
    consentItemId: row.consent_item_id,
    guardianId: row.guardian_id,
    guardianName: row.guardian_name,
    answeredByName: row.answered_by_name,
    granted: row.granted,
    answeredAt: row.answered_at.toISOString(),
    textVersion: row.text_version,
  };
}

const isAdmin = (ctx: AppContext, principal: Principal) =>
  isPermitted(ctx.db, principal, ctx.clock, consentItemCreate.name, principal.organisationId);

/** GET /consent-items: the active items with their current text; organisation admins see inactive ones too. */
export async function listConsentItems(ctx: AppContext, principal: Principal): Promise<ConsentItemList> {
  const inactive = await isAdmin(ctx, principal);
  const rows = await q.selectItems(ctx.db, principal.organisationId, { inactive });
  return { items: rows.map(toItem) };
}

async function getItem(ctx: AppContext, principal: Principal, itemId: string): Promise<ConsentItem> {
  const [row] = await q.selectItems(ctx.db, principal.organisationId, { itemId, inactive: true });
  if (!row) throw new NotFound();
  return toItem(row);
}

/** POST /consent-items: a new item of the organisation's own, with the first version of its text. */
export function createConsentItem(
  ctx: AppContext,
  principal: Principal,
  body: CreateConsentItemBody,
  idempotency: Idempotency | null = null,
): Promise<ConsentItem> {
  const orgId = principal.organisationId;
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const createdAt = toDate(ctx.clock.now());
    const position = await q.selectNextPosition(trx, orgId);
    const itemId = await q.insertItem(trx, orgId, { title: body.title, position, createdAt });
    await q.insertText(trx, orgId, {
      itemId,
      version: 1,
      body: body.body,
      createdAt,
      createdBy: principal.accountId,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'consentItem.create',
      subjectType: 'consentItem',
      subjectId: itemId,
      subjectLabel: body.title,
      details: changeDetails(null, { title: body.title, position, active: true, body: body.body }),
    });
    return getItem(tx, principal, itemId);
  });
}

/** PATCH /consent-items/:itemId: title, order and activity; the built-in items stay active. */
export async function updateConsentItem(
  ctx: AppContext,
  principal: Principal,
  itemId: string,
  body: UpdateConsentItemBody,
): Promise<ConsentItem> {
  const orgId = principal.organisationId;
  await ctx.db.transaction().execute(async (trx) => {
    const row = await q.selectItemLocked(trx, orgId, itemId, 'update');
    if (!row) throw new NotFound();
    if (row.key !== null && body.active === false) {
      throw fieldError('active', 'consent_builtin', 'A built-in consent item cannot be made inactive');
    }
    const before = { title: row.title, position: row.position, active: row.active };
    const after = {
      title: body.title ?? before.title,
      position: body.position ?? before.position,
      active: body.active ?? before.active,
    };
    const details = changeDetails(before, after);
    if (details.fields.length === 0) return;
    await q.updateItem(trx, orgId, itemId, after);
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: before.active && !after.active ? 'consentItem.deactivate' : 'consentItem.update',
      subjectType: 'consentItem',
      subjectId: itemId,
      subjectLabel: after.title,
      details,
    });
  });
  return getItem(ctx, principal, itemId);
}

/**
 * POST /consent-items/:itemId/texts: a new version of the text. Earlier answers stay as they were (to the
 * version they name) and show as outdated until the guardian answers the new text.
 */
export function publishConsentText(
  ctx: AppContext,
  principal: Principal,
  itemId: string,
  body: CreateConsentTextBody,
  idempotency: Idempotency | null = null,
): Promise<ConsentItem> {
  const orgId = principal.organisationId;
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const row = await q.selectItemLocked(trx, orgId, itemId, 'update');
    if (!row) throw new NotFound();
    const version = row.text_version + 1;
    await q.insertText(trx, orgId, {
      itemId,
      version,
      body: body.body,
      createdAt: toDate(ctx.clock.now()),
      createdBy: principal.accountId,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'consentItem.text',
      subjectType: 'consentItem',
      subjectId: itemId,
      subjectLabel: row.title,
      details: { version, ...changeDetails({ body: row.text_body }, { body: body.body }) },
    });
    return getItem(tx, principal, itemId);
  });
}

/**
 * The child's consents as the principal may see them (the route checked that they may read the child): the
 * active items (for staff also inactive ones that were answered for the child), per guardian with parental
 * authority the current answer, whether the child has the consent, and every answer, newest first.
 */
export async function loadChildConsents(
  ctx: AppContext,
  principal: Principal,
  childId: string,
): Promise<ChildConsents> {
  const orgId = principal.organisationId;
  const [items, guardians, current, history, canAnswer] = await Promise.all([
    q.selectItems(
      ctx.db,
      orgId,
      principal.kind === 'staff' ? { answeredForChild: childId } : { inactive: false },
    ),
    q.selectAuthorityGuardians(ctx.db, orgId, childId),
    q.selectChildCurrentAnswers(ctx.db, orgId, childId),
    q.selectChildHistory(ctx.db, orgId, childId),
    isPermitted(ctx.db, principal, ctx.clock, childConsentsAnswer.name, childId),
  ]);
  const answerOf = new Map(current.map((a) => [`${a.consent_item_id}/${a.guardian_id}`, a]));
  return {
    childId,
    items: items.map((row) => {
      const perGuardian = guardians.map((g) => {
        const answer = answerOf.get(`${row.id}/${g.id}`) ?? null;
        return {
          guardianId: g.id,
          guardianName: g.name,
          answer: answer ? toAnswer(answer) : null,
          outdated: answer !== null && answer.text_version < row.text_version,
          you: g.id === principal.guardianId,
        };
      });
      return {
        item: toItem(row),
        granted: perGuardian.length > 0 && perGuardian.every((g) => g.answer?.granted === true),
        guardians: perGuardian,
        canAnswer: canAnswer && row.active,
      };
    }),
    history: history.map(toAnswer),
  };
}

/** GET /children/:childId/consents, audited as a read of the child's data. */
export async function getChildConsents(
  ctx: AppContext,
  principal: Principal,
  childId: string,
): Promise<ChildConsents> {
  const consents = await loadChildConsents(ctx, principal, childId);
  await recordAudit(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    actorAccountId: principal.accountId,
    action: 'child.read',
    childIds: [childId],
    details: { view: 'consents' },
  });
  return consents;
}

/**
 * PUT /children/:childId/consents/:itemId (the route checked the guardian's parental authority): records the
 * answer to the text version `textId` and makes it the guardian's current one, in one transaction. The same
 * answer again is recorded too: it confirms the answer at a later moment (and perhaps to a newer text).
 */
export async function answerConsent(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  itemId: string,
  body: AnswerConsentBody,
): Promise<ChildConsents> {
  const orgId = principal.organisationId;
  const guardianId = principal.guardianId;
  if (guardianId === null) throw new NotFound();
  await ctx.db.transaction().execute(async (trx) => {
    const item = await q.selectItemLocked(trx, orgId, itemId, 'share');
    if (!item?.active) throw new NotFound();
    if (item.text_id !== body.textId) {
      throw new Conflict('consent.text_changed', 'The text of this consent has changed; read it again');
    }
    const answerId = await q.insertAnswer(trx, orgId, {
      childId,
      guardianId,
      itemId,
      textId: item.text_id,
      granted: body.granted,
      answeredAt: toDate(ctx.clock.now()),
      accountId: principal.accountId,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'consent.answer',
      childIds: [childId],
      subjectType: 'consentItem',
      subjectId: itemId,
      subjectLabel: item.title,
      details: { answerId, guardianId, granted: body.granted, textVersion: item.text_version },
    });
  });
  return loadChildConsents(ctx, principal, childId);
}
