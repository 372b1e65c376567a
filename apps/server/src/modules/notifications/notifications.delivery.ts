import type { Locale, PushPayload } from '@nestje/contract';
import type { AppContext } from '../../context.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { toDate } from '../../time/clock.ts';
import { notificationMail, notificationTexts, pushTagOf } from './notification-texts.ts';
import type { DeliverJob } from './notifications.jobs.ts';
import {
  deleteSubscription,
  recordPushDelivery,
  selectForDelivery,
  selectUnreachedSubscriptions,
  setChannelState,
} from './notifications.queries.ts';
import type { NotificationContent } from './notify.ts';

/** A push the phone has not received within a day is dropped by the push service: it is old news by then. */
const PUSH_TTL_SECONDS = 24 * 60 * 60;

type Row = NonNullable<Awaited<ReturnType<typeof selectForDelivery>>>;

/**
 * The stable Message-ID of a notification's e-mail. Should the process die after the SMTP server took the mail
 * but before the notification was marked sent, the retry sends it again with the same Message-ID, which lets
 * mail systems recognise and drop the duplicate.
 */
export const notificationMessageId = (id: string) => `<notification-${id}@nestje>`;

function contentOf(row: Row): NotificationContent {
  return { category: row.category, params: row.params } as NotificationContent;
}

async function deliverEmail(ctx: AppContext, mailer: Mailer, row: Row, organisationId: string) {
  const mail = notificationMail(row.locale as Locale, contentOf(row), {
    firstName: row.firstName,
    organisationName: row.organisationName,
    url: `${ctx.config.publicUrl}${row.link}`,
  });
  await mailer.send({ organisationId, to: row.email, messageId: notificationMessageId(row.id), ...mail });
  await setChannelState(ctx.db, organisationId, row.id, 'email', 'sent', toDate(ctx.clock.now()));
}

async function deliverPush(ctx: AppContext, row: Row, organisationId: string) {
  const content = contentOf(row);
  const texts = notificationTexts(row.locale as Locale, content);
  const payload: PushPayload = {
    title: texts.title,
    body: texts.body,
    url: row.link,
    tag: pushTagOf(content, row.eventKey),
    notificationId: row.id,
  };
  // The notification's id (32 hex digits, the most a Topic may have): should a retry push it again before the
  // phone fetched the first, the push service replaces that one instead of showing it twice.
  const topic = row.id.replaceAll('-', '');
  const failures: unknown[] = [];
  for (const sub of await selectUnreachedSubscriptions(ctx.db, organisationId, row)) {
    const target = { endpoint: sub.endpoint, p256dh: sub.p256dh, auth: sub.auth };
    try {
      const outcome = await ctx.push.send(target, JSON.stringify(payload), {
        ttlSeconds: PUSH_TTL_SECONDS,
        topic,
      });
      const at = toDate(ctx.clock.now());
      if (outcome === 'sent')
        await recordPushDelivery(ctx.db, organisationId, {
          notificationId: row.id,
          subscriptionId: sub.id,
          at,
        });
      else await deleteSubscription(ctx.db, organisationId, sub.id);
    } catch (err) {
      // One browser's push service failing does not keep the account's other browsers waiting.
      failures.push(err);
    }
  }
  if (failures.length > 0)
    throw failures.length === 1 ? failures[0] : new AggregateError(failures, 'Pushes failed');
  await setChannelState(ctx.db, organisationId, row.id, 'push', 'sent', toDate(ctx.clock.now()));
}

/**
 * Delivers the e-mail and push of each notification that are still pending. Each step is recorded as soon as it
 * is done (the e-mail as sent, each browser reached). A step that fails leaves its notification pending while the
 * others go on; the job then fails and its retry finds only what is still pending, as it does after a worker died
 * half-way (pg-boss retries a job whose worker stopped answering). Nothing is sent twice, except in the moment
 * between the SMTP server taking a mail and that being recorded (see `notificationMessageId`).
 */
export async function deliverNotifications(ctx: AppContext, mailer: Mailer, job: DeliverJob): Promise<void> {
  const { organisationId } = job;
  const failures: unknown[] = [];
  for (const id of job.ids) {
    try {
      await deliverOne(ctx, mailer, organisationId, id);
    } catch (err) {
      // The others of the event still go out now; the retry finds only what failed still pending.
      failures.push(err);
    }
  }
  if (failures.length > 0)
    throw failures.length === 1
      ? failures[0]
      : new AggregateError(failures, 'Notifications were not delivered');
}

async function deliverOne(
  ctx: AppContext,
  mailer: Mailer,
  organisationId: string,
  id: string,
): Promise<void> {
  const row = await selectForDelivery(ctx.db, organisationId, id);
  if (!row) return; // the account was removed since
  const at = toDate(ctx.clock.now());
  if (row.disabledAt !== null) {
    // Disabled since the notification was written: it stays in the list, nothing goes out.
    await setChannelState(ctx.db, organisationId, id, 'email', 'off', at);
    await setChannelState(ctx.db, organisationId, id, 'push', 'off', at);
    return;
  }
  // The channels go out independently: a mail server that is down does not hold back the push, nor the reverse.
  const [email, push] = await Promise.allSettled([
    row.emailState === 'pending' ? deliverEmail(ctx, mailer, row, organisationId) : null,
    row.pushState === 'pending' ? deliverPush(ctx, row, organisationId) : null,
  ]);
  if (email.status === 'rejected') throw email.reason;
  if (push.status === 'rejected') throw push.reason;
}
