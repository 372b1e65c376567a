import {
  type CreateThreadBody,
  createThreadBodySchema,
  type Message,
  type MessageRecipients,
  type PostMessageBody,
  postMessageBodySchema,
  type Thread,
  type ThreadList,
  type ThreadSummary,
  threadListQuerySchema,
  type UnreadCounts,
} from '@nestje/contract';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { Principal } from '../../authz/principal.ts';
import { guardianOfChild, type IdQuery, type RuleContext } from '../../authz/rules.ts';
import type { AppContext } from '../../context.ts';
import { pageOfGroups, parseGroupCursor } from '../../db/cursor.ts';
import type { DB } from '../../db/generated/schema.ts';
import type { Executor } from '../../db/sql.ts';
import { BadRequest, fieldError, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { claimUploads } from '../../media/claim.ts';
import { mediaViews } from '../../media/media-views.ts';
import { toDate, todayIn } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { notify, previewOf } from '../notifications/notify.ts';
import { messageStaffOfGroup } from './messages.actions.ts';
import * as q from './messages.queries.ts';

type ListQuery = z.input<typeof threadListQuerySchema>;

function ruleContext(ctx: AppContext, principal: Principal): RuleContext {
  return { db: ctx.db, principal, today: todayIn(ctx.clock).toString(), now: ctx.clock.now().toString() };
}

/** The ids a rule allows, or a set that matches nothing when the rule does not apply to the account. */
function idsOf(ctx: AppContext, principal: Principal, rule: (c: RuleContext) => IdQuery | null): IdQuery {
  return (
    rule(ruleContext(ctx, principal)) ??
    ctx.db.selectFrom('organisations').select('id').where('id', 'is', null)
  );
}

/** Takes the writer's unused uploads (photos, and PDFs); one it cannot take is a 400 on `attachmentIds.<i>`. */
async function claim(db: Executor, principal: Principal, mediaIds: string[], at: Date): Promise<void> {
  const { organisationId, accountId } = principal;
  const path = (i: number) => `attachmentIds.${i}`;
  const fields = await claimUploads(db, { organisationId, accountId, mediaIds, at }, path, {
    documents: true,
  });
  if (fields.length > 0) throw new BadRequest('validation_failed', 'The attachments cannot be used', fields);
}

function summaryOf(row: Awaited<ReturnType<typeof q.selectThreadSummaries>>[number]): ThreadSummary {
  return {
    id: row.id,
    childId: row.childId,
    childName: row.childName,
    groupId: row.groupId,
    groupName: row.groupName,
    subject: row.subject,
    startedAt: row.startedAt.toISOString(),
    lastMessageAt: row.lastMessageAt.toISOString(),
    lastMessagePreview: row.lastMessagePreview,
    lastAuthorName: row.lastAuthorName,
    unread: row.unread,
  };
}

/** Messages as the account sees them, with their attachments' signed URLs (two queries for any number). */
async function loadMessages(
  ctx: AppContext,
  principal: Principal,
  threadId: string,
  messageIds?: string[],
): Promise<Message[]> {
  const rows = await q.selectMessages(ctx.db, principal.organisationId, threadId, messageIds);
  const views = await mediaViews(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    accountId: principal.accountId,
    media: rows.flatMap((r) => (r.mediaIds ?? []).map((id) => ({ id, downloadable: true }))),
  });
  return rows.map((r) => ({
    id: r.id,
    threadId: r.threadId,
    authorName: r.authorName,
    authorKind: r.authorKind === 'staff' ? 'staff' : 'guardian',
    mine: r.authorAccountId === principal.accountId,
    body: r.body,
    sentAt: r.sentAt.toISOString(),
    attachments: (r.mediaIds ?? []).flatMap((id) => {
      const view = views.get(id);
      return view ? [view] : [];
    }),
  }));
}

/**
 * A new message reaches everyone else in the thread: a notification each (guardians open it in the portal, staff
 * in the group's inbox), and a live event to every participant, the writer's other browsers included, so unread
 * badges follow at once.
 */
async function announceMessage(
  ctx: AppContext,
  trx: Transaction<DB>,
  principal: Principal,
  m: { threadId: string; messageId: string; body: string },
): Promise<void> {
  const org = principal.organisationId;
  const participants = await q.selectThreadParticipants(trx, org, m.threadId);
  const facts = await q.selectMessageFacts(trx, org, m.threadId, principal.accountId);
  await notify(ctx, trx, {
    organisationId: org,
    category: 'message',
    eventKey: `message:${m.messageId}`,
    childId: facts.childId,
    params: {
      threadId: m.threadId,
      authorName: facts.authorName,
      childName: facts.childName,
      subject: facts.subject,
      preview: previewOf(m.body),
    },
    recipients: participants
      .filter((p) => p.notified && p.accountId !== principal.accountId)
      .map((p) => ({
        accountId: p.accountId,
        link:
          p.kind === 'staff'
            ? `/beheer/berichten/${m.threadId}?groep=${p.groupId}`
            : `/berichten/${m.threadId}`,
      })),
  });
  const everyone = [...new Set([principal.accountId, ...participants.map((p) => p.accountId)])];
  await ctx.realtime.publish(trx, org, everyone, { type: 'messages', threadId: m.threadId });
}

async function loadThread(ctx: AppContext, principal: Principal, threadId: string): Promise<Thread> {
  const [row] = await q.selectThreadSummaries(ctx.db, principal.organisationId, principal.accountId, {
    threadIds: [threadId],
  });
  if (!row) throw new NotFound();
  return { ...summaryOf(row), messages: await loadMessages(ctx, principal, threadId) };
}

/** POST /threads: "Bericht schrijven" — a thread about a child with one of its groups, and its first message. */
export async function startThread(
  ctx: AppContext,
  principal: Principal,
  input: CreateThreadBody,
  idempotency: Idempotency | null = null,
): Promise<Thread> {
  const body = createThreadBodySchema.parse(input);
  const org = principal.organisationId;
  const today = todayIn(ctx.clock).toString();
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const groups = await q.selectChildGroups(trx, org, body.childId, today);
    let groupId = body.groupId;
    if (groupId === undefined) {
      if (groups.length !== 1) throw fieldError('groupId', 'required', 'Choose the group the message is for');
      groupId = (groups[0] as { id: string }).id;
    } else if (!groups.some((g) => g.id === groupId)) {
      throw fieldError('groupId', 'not_in_group', 'The child is not placed in this group');
    }
    if (principal.kind === 'staff') {
      const own = idsOf(tx, principal, messageStaffOfGroup);
      const mine = await trx
        .selectFrom(own.as('own'))
        .select('own.id')
        .where('own.id', '=', groupId)
        .executeTakeFirst();
      if (!mine) throw fieldError('groupId', 'not_in_group', 'You do not work in this group');
    }
    const at = toDate(ctx.clock.now());
    await claim(trx, principal, body.attachmentIds, at);
    const threadId = await q.insertThread(trx, org, {
      childId: body.childId,
      groupId,
      subject: body.subject,
      accountId: principal.accountId,
      at,
    });
    const first = await q.insertMessage(trx, org, {
      threadId,
      accountId: principal.accountId,
      body: body.body,
      at,
      mediaIds: body.attachmentIds,
    });
    await announceMessage(ctx, trx, principal, { threadId, messageId: first.id, body: body.body });
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'thread.start',
      childIds: [body.childId],
      subjectType: 'messageThread',
      subjectId: threadId,
      details: { attachments: body.attachmentIds.length },
    });
    return loadThread(tx, principal, threadId);
  });
}

/** POST /threads/:threadId/messages: an answer in a thread the account takes part in. */
export async function postMessage(
  ctx: AppContext,
  principal: Principal,
  threadId: string,
  input: PostMessageBody,
  idempotency: Idempotency | null = null,
): Promise<Message> {
  const body = postMessageBodySchema.parse(input);
  const org = principal.organisationId;
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const at = toDate(ctx.clock.now());
    await claim(trx, principal, body.attachmentIds, at);
    const message = await q.insertMessage(trx, org, {
      threadId,
      accountId: principal.accountId,
      body: body.body,
      at,
      mediaIds: body.attachmentIds,
    });
    await announceMessage(ctx, trx, principal, { threadId, messageId: message.id, body: body.body });
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'message.send',
      childIds: [message.childId],
      subjectType: 'messageThread',
      subjectId: threadId,
      details: { attachments: body.attachmentIds.length },
    });
    const [answer] = await loadMessages(tx, principal, threadId, [message.id]);
    if (!answer) throw new Error('A message vanished in its own transaction');
    return answer;
  });
}

/** GET /threads/:threadId: the whole thread; reading it marks it read up to now for the account. */
export async function openThread(ctx: AppContext, principal: Principal, threadId: string): Promise<Thread> {
  const org = principal.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const tx = { ...ctx, db: trx };
    const at = toDate(ctx.clock.now());
    // The reader's other browsers drop this thread's unread badge; only when this read anything new, so that
    // a browser refetching the thread on that event does not set off another one.
    if (await q.markRead(trx, org, { threadId, accountId: principal.accountId, at }))
      await ctx.realtime.publish(trx, org, [principal.accountId], { type: 'messages', threadId });
    const thread = await loadThread(tx, principal, threadId);
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'thread.read',
      childIds: [thread.childId],
      subjectType: 'messageThread',
      subjectId: threadId,
    });
    return thread;
  });
}

async function listThreads(
  ctx: AppContext,
  principal: Principal,
  query: ListQuery,
  filter: { groupId?: string; childIds?: IdQuery },
): Promise<ThreadList> {
  const { before, limit } = threadListQuerySchema.parse(query);
  const rows = await q.selectThreadSummaries(ctx.db, principal.organisationId, principal.accountId, {
    ...filter,
    before: parseGroupCursor(before),
    limit: limit + 1,
  });
  const { page, nextBefore } = pageOfGroups(rows, limit, (r) => ({ at: r.lastMessageAt, id: r.id }));
  return { threads: page.map(summaryOf), nextBefore };
}

/** GET /threads: the threads about the guardian's children, newest activity first. */
export function listGuardianThreads(
  ctx: AppContext,
  principal: Principal,
  query: ListQuery,
): Promise<ThreadList> {
  return listThreads(ctx, principal, query, { childIds: idsOf(ctx, principal, guardianOfChild) });
}

/** GET /groups/:groupId/threads: the group's inbox for its staff, newest activity first. */
export function listGroupThreads(
  ctx: AppContext,
  principal: Principal,
  groupId: string,
  query: ListQuery,
): Promise<ThreadList> {
  return listThreads(ctx, principal, query, { groupId });
}

/** GET /messages/unread: guardians in all; staff per group they work in, and in all. */
export async function unreadCounts(ctx: AppContext, principal: Principal): Promise<UnreadCounts> {
  const org = principal.organisationId;
  if (principal.kind === 'guardian') {
    const total = await q.selectUnreadOfChildren(
      ctx.db,
      org,
      principal.accountId,
      idsOf(ctx, principal, guardianOfChild),
    );
    return { total, groups: [] };
  }
  const groups = await q.selectUnreadPerGroup(
    ctx.db,
    org,
    principal.accountId,
    idsOf(ctx, principal, messageStaffOfGroup),
  );
  return { total: groups.reduce((sum, g) => sum + g.unread, 0), groups };
}

/** GET /messages/recipients: the children the account may write about, each with its current groups. */
export async function listRecipients(ctx: AppContext, principal: Principal): Promise<MessageRecipients> {
  const today = todayIn(ctx.clock).toString();
  const rows = await q.selectChildrenInGroups(
    ctx.db,
    principal.organisationId,
    principal.kind === 'guardian'
      ? { today, children: idsOf(ctx, principal, guardianOfChild) }
      : { today, groups: idsOf(ctx, principal, messageStaffOfGroup) },
  );
  const children = new Map<string, MessageRecipients['children'][number]>();
  for (const r of rows) {
    let child = children.get(r.id);
    if (!child) {
      child = { id: r.id, firstName: r.firstName, lastName: r.lastName, groups: [] };
      children.set(r.id, child);
    }
    child.groups.push({ id: r.groupId, name: r.groupName });
  }
  return { children: [...children.values()] };
}
