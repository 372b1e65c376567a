import {
  type Locale,
  type MarkNotificationsReadBody,
  NOTIFICATION_DEFAULTS,
  type NotificationCategory,
  type NotificationList,
  type NotificationPreferences,
  type NotificationUnread,
  notificationCategories,
  notificationListQuerySchema,
  type UpdateNotificationPreferenceBody,
  updateNotificationPreferenceBodySchema,
} from '@nestje/contract';
import type { z } from 'zod';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { pageOfGroups, parseGroupCursor } from '../../db/cursor.ts';
import { toDate } from '../../time/clock.ts';
import { notificationTexts } from './notification-texts.ts';
import * as q from './notifications.queries.ts';
import type { NotificationContent } from './notify.ts';

type ListQuery = z.input<typeof notificationListQuerySchema>;

/** GET /notifications: the account's notifications, newest first, in its language, with the unread count. */
export async function listNotifications(
  ctx: AppContext,
  principal: Principal,
  query: ListQuery,
): Promise<NotificationList> {
  const { before, limit } = notificationListQuerySchema.parse(query);
  const org = principal.organisationId;
  const locale = (await q.selectLocale(ctx.db, org, principal.accountId)) as Locale;
  const rows = await q.selectNotifications(ctx.db, org, principal.accountId, {
    before: parseGroupCursor(before),
    limit: limit + 1,
  });
  // Every notification is a group of its own: a page holds exactly `limit` of them.
  const { page, nextBefore } = pageOfGroups(rows, limit, (r) => ({ at: r.createdAt, id: r.id }));
  return {
    notifications: page.map((r) => ({
      id: r.id,
      category: r.category as NotificationCategory,
      ...notificationTexts(locale, { category: r.category, params: r.params } as NotificationContent),
      link: r.link,
      childId: r.childId,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    })),
    nextBefore,
    unread: await q.countUnread(ctx.db, org, principal.accountId),
  };
}

/** GET /notifications/unread */
export async function unreadNotifications(
  ctx: AppContext,
  principal: Principal,
): Promise<NotificationUnread> {
  return { unread: await q.countUnread(ctx.db, principal.organisationId, principal.accountId) };
}

/**
 * POST /notifications/read: the given notifications of the account (ids of others' are ignored), or all. The
 * account's other open browsers hear of it, so their badges follow.
 */
export async function markNotificationsRead(
  ctx: AppContext,
  principal: Principal,
  body: MarkNotificationsReadBody,
): Promise<NotificationUnread> {
  const org = principal.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const marked = await q.markRead(trx, org, principal.accountId, body.ids ?? null, toDate(ctx.clock.now()));
    if (marked > 0) await ctx.realtime.publish(trx, org, [principal.accountId], { type: 'notifications' });
    return { unread: await q.countUnread(trx, org, principal.accountId) };
  });
}

/** GET /notifications/preferences: every category's two switches, the defaults where never changed. */
export async function getPreferences(
  ctx: AppContext,
  principal: Principal,
): Promise<NotificationPreferences> {
  const own = await q.selectPreferences(ctx.db, principal.organisationId, principal.accountId);
  const switchOf = (category: NotificationCategory, channel: 'email' | 'push') =>
    own.find((p) => p.category === category && p.channel === channel)?.enabled ??
    NOTIFICATION_DEFAULTS[category][channel];
  return {
    preferences: notificationCategories.map((category) => ({
      category,
      email: switchOf(category, 'email'),
      push: switchOf(category, 'push'),
    })),
  };
}

/** PUT /notifications/preferences: one switch; notifications written from now on follow it. */
export async function setPreference(
  ctx: AppContext,
  principal: Principal,
  input: UpdateNotificationPreferenceBody,
): Promise<NotificationPreferences> {
  const body = updateNotificationPreferenceBodySchema.parse(input);
  await q.upsertPreference(ctx.db, principal.organisationId, {
    accountId: principal.accountId,
    category: body.category,
    channel: body.channel,
    enabled: body.enabled,
    at: toDate(ctx.clock.now()),
  });
  return getPreferences(ctx, principal);
}
