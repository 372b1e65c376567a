import type { LiveEvent, NotificationCategory } from '@nestje/contract';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/generated/schema.ts';
import { toDate } from '../../time/clock.ts';
import type { OutcomeLine } from '../requests/request-mail.ts';
import { deliverJob } from './notifications.jobs.ts';
import { insertNotifications } from './notifications.queries.ts';

// The facts each category's texts are made from, stored with the notification: the texts are rendered in the
// reader's language when the list is shown and when the e-mail and push go out, never at the cause.

export interface MessageParams {
  threadId: string;
  authorName: string;
  childName: string;
  subject: string;
  preview: string;
}
export interface PhotoParams {
  postId: string;
  groupName: string;
  authorName: string;
  /** 0 for a post with text only. */
  photos: number;
  preview: string;
}
export interface DiaryParams {
  entryId: string;
  authorName: string;
  childName: string;
  preview: string;
}
export interface RequestOutcomeParams {
  lines: OutcomeLine[];
}
export interface AbsenceParams {
  authorName: string;
  childName: string;
  /** The first and last day reported, `YYYY-MM-DD`. */
  from: string;
  to: string;
  reason: 'sick' | 'holiday' | 'other';
}
export interface NewsParams {
  title: string;
  preview: string;
}

/** A category with the facts its texts need. */
export type NotificationContent =
  | { category: 'message'; params: MessageParams }
  | { category: 'photo'; params: PhotoParams }
  | { category: 'diary'; params: DiaryParams }
  | { category: 'request_assessed' | 'request_expired'; params: RequestOutcomeParams }
  | { category: 'absence'; params: AbsenceParams }
  | { category: 'news' | 'newsletter'; params: NewsParams };

export type NotificationParams = NotificationContent['params'];

export interface NotificationRecipient {
  accountId: string;
  /** Where the notification leads in the portal; staff and guardians see the same thing at different paths. */
  link: string;
}

export type NotifyInput = NotificationContent & {
  organisationId: string;
  /** What happened, e.g. `message:<id>`: an account never gets two notifications for one event. */
  eventKey: string;
  childId: string | null;
  recipients: readonly NotificationRecipient[];
};

/** Notifications per delivery job: at a few hundred milliseconds per mail, a minute or so per job. */
export const DELIVERY_BATCH = 100;

/** The first characters of a text, on one line, for a preview. */
export function previewOf(text: string, length = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

/**
 * Writes the notifications of one event in the transaction of its cause: one per recipient (disabled accounts
 * left out, an event a recipient already has ignored), with the e-mail and push states the recipient's switches
 * decide, one delivery job for all of them, and a live event so open browsers update their badge. Everything
 * happens exactly when the cause commits. A fixed number of statements per hundred recipients.
 */
export async function notify(ctx: AppContext, trx: Transaction<DB>, input: NotifyInput): Promise<void> {
  const recipients = [...new Map(input.recipients.map((r) => [r.accountId, r])).values()];
  if (recipients.length === 0) return;
  const rows = await insertNotifications(trx, {
    organisationId: input.organisationId,
    category: input.category as NotificationCategory,
    eventKey: input.eventKey,
    params: input.params,
    childId: input.childId,
    at: toDate(ctx.clock.now()),
    recipients,
  });
  if (rows.length === 0) return;
  const pending = rows.filter((r) => r.emailState === 'pending' || r.pushState === 'pending');
  // A job delivers at most a batch, well within the time the queue gives a job before it hands it out again
  // (a news item to a whole organisation is many jobs, not one that could be running twice).
  for (let i = 0; i < pending.length; i += DELIVERY_BATCH)
    await ctx.jobs.send(trx, deliverJob, {
      organisationId: input.organisationId,
      ids: pending.slice(i, i + DELIVERY_BATCH).map((r) => r.id),
    });
  const event: LiveEvent = { type: 'notifications' };
  await ctx.realtime.publish(
    trx,
    input.organisationId,
    rows.map((r) => r.accountId),
    event,
  );
}
