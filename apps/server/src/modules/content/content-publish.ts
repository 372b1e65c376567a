import { contentItemPath } from '@nestje/contract';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/generated/schema.ts';
import type { JobRef } from '../../jobs/jobs.ts';
import { toDate, todayIn } from '../../time/clock.ts';
import { notify, previewOf } from '../notifications/notify.ts';
import { markNotified, type StoredItem, selectItemForUpdate } from './content.queries.ts';
import { selectAudienceGuardianAccounts } from './content-audience.queries.ts';

// Publishing a news item or newsletter notifies the guardians it reaches, once: at once when its moment has
// come, else by a job that starts at that moment. `notified_at` makes the notification happen at most once,
// whichever job or change gets there first. An item moved to a later moment sends a new job; the old one finds
// the moment changed and does nothing. Information pages notify no one.

export interface PublishJob {
  organisationId: string;
  contentId: string;
  /** The moment the job was sent for: a job for a moment the item no longer has is stale. */
  publishAt: string;
}

export const CONTENT_PUBLISH_JOB = 'content.publish';
export const publishJob: JobRef<PublishJob> = { name: CONTENT_PUBLISH_JOB };

/** A job that came before its item's moment (the queue's clock ahead of the product's): it is tried again. */
export class NotDueYet extends Error {}

type Announceable = Pick<StoredItem, 'kind' | 'title' | 'summary' | 'locationId' | 'groupId'> & {
  publishAt: Date | null;
  notifiedAt: Date | null;
};

function needsNotice(
  item: Announceable,
): item is Announceable & { kind: 'news' | 'newsletter'; publishAt: Date } {
  return item.kind !== 'info_page' && item.publishAt !== null && item.notifiedAt === null;
}

/** Notifies every guardian the item reaches today and marks it notified, in the caller's transaction. */
async function notifyGuardians(
  ctx: AppContext,
  trx: Transaction<DB>,
  organisationId: string,
  id: string,
  item: Announceable & { kind: 'news' | 'newsletter' },
): Promise<void> {
  const accounts = await selectAudienceGuardianAccounts(
    trx,
    organisationId,
    item,
    todayIn(ctx.clock).toString(),
  );
  await notify(ctx, trx, {
    organisationId,
    category: item.kind,
    eventKey: `content:${id}`,
    childId: null,
    params: { title: item.title, preview: previewOf(item.summary) },
    recipients: accounts.map((accountId) => ({ accountId, link: contentItemPath(item.kind, id) })),
  });
  await markNotified(trx, organisationId, id, toDate(ctx.clock.now()));
}

/**
 * After an item was written (created or changed) in `trx`: notifies now when it is published and nobody was
 * notified yet, or sends the job that does so at its moment.
 */
export async function announceWhenDue(
  ctx: AppContext,
  trx: Transaction<DB>,
  organisationId: string,
  id: string,
  item: Announceable,
): Promise<void> {
  if (!needsNotice(item)) return;
  if (item.publishAt.getTime() <= toDate(ctx.clock.now()).getTime()) {
    await notifyGuardians(ctx, trx, organisationId, id, item);
    return;
  }
  await ctx.jobs.send(
    trx,
    publishJob,
    { organisationId, contentId: id, publishAt: item.publishAt.toISOString() },
    { startAfter: item.publishAt },
  );
}

/** The job at an item's moment: notifies if the item is still published at that moment and not yet notified. */
export async function runPublishJob(ctx: AppContext, data: PublishJob): Promise<'notified' | 'skipped'> {
  return ctx.db.transaction().execute(async (trx) => {
    const item = await selectItemForUpdate(trx, data.organisationId, data.contentId);
    if (!item || item.removedAt !== null || !needsNotice(item)) return 'skipped';
    if (item.publishAt.toISOString() !== data.publishAt) return 'skipped';
    if (item.publishAt.getTime() > toDate(ctx.clock.now()).getTime())
      throw new NotDueYet(`Content ${data.contentId} is published at ${data.publishAt}, not yet`);
    await notifyGuardians(ctx, trx, data.organisationId, data.contentId, item);
    return 'notified';
  });
}
