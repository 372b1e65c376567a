import { z } from 'zod';
import { idSchema, instantSchema } from './ids.ts';

// The notification centre (P17 Notificaties). Something that happened for an account (a message, a photo, a
// diary entry, a request assessed or expired, an absence, news, a newsletter) becomes one notification for that
// account: shown in the app's list with an unread badge, and delivered by e-mail and by push as the account's
// switches say. Invitation and password-reset mails are always sent and have no switch. docs/notifications.md.

export const notificationCategories = [
  'message',
  'photo',
  'diary',
  'request_assessed',
  'request_expired',
  'absence',
  'news',
  'newsletter',
] as const;
export const notificationCategorySchema = z.enum(notificationCategories);
export type NotificationCategory = z.infer<typeof notificationCategorySchema>;

export const notificationChannels = ['email', 'push'] as const;
export const notificationChannelSchema = z.enum(notificationChannels);
export type NotificationChannel = z.infer<typeof notificationChannelSchema>;

/**
 * The switches as they are when an account never changed them: push for everything; e-mail for what a parent
 * must not miss (messages, assessed or expired requests, absences, newsletters), not for every photo or news item.
 */
export const NOTIFICATION_DEFAULTS: Record<NotificationCategory, Record<NotificationChannel, boolean>> = {
  message: { email: true, push: true },
  photo: { email: false, push: true },
  diary: { email: false, push: true },
  request_assessed: { email: true, push: true },
  request_expired: { email: true, push: true },
  absence: { email: true, push: true },
  news: { email: false, push: true },
  newsletter: { email: true, push: true },
};

export const notificationPreferenceSchema = z.object({
  category: notificationCategorySchema,
  email: z.boolean(),
  push: z.boolean(),
});
export type NotificationPreference = z.infer<typeof notificationPreferenceSchema>;

/** GET /notifications/preferences: every category, in the order of `notificationCategories`. */
export const notificationPreferencesSchema = z.object({
  preferences: z.array(notificationPreferenceSchema),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** PUT /notifications/preferences: one switch at a time (the page saves each switch as it is flipped). */
export const updateNotificationPreferenceBodySchema = z.object({
  category: notificationCategorySchema,
  channel: notificationChannelSchema,
  enabled: z.boolean(),
});
export type UpdateNotificationPreferenceBody = z.infer<typeof updateNotificationPreferenceBodySchema>;

/** One notification as the account sees it, its texts in the account's language. */
export const notificationSchema = z.object({
  id: idSchema,
  category: notificationCategorySchema,
  title: z.string(),
  body: z.string(),
  /** A path in the portal, e.g. `/berichten/<threadId>`. */
  link: z.string(),
  childId: idSchema.nullable(),
  createdAt: instantSchema,
  readAt: instantSchema.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

/** `before`: the `nextBefore` of the previous page (newest first). */
export const notificationListQuerySchema = z.object({
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** GET /notifications */
export const notificationListSchema = z.object({
  notifications: z.array(notificationSchema),
  nextBefore: z.string().nullable(),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

/** POST /notifications/read: the given ones, or all of the account's when `ids` is absent. */
export const markNotificationsReadBodySchema = z.object({
  ids: z.array(idSchema).min(1).max(100).optional(),
});
export type MarkNotificationsReadBody = z.infer<typeof markNotificationsReadBodySchema>;

/** GET /notifications/unread */
export const notificationUnreadSchema = z.object({ unread: z.number().int() });
export type NotificationUnread = z.infer<typeof notificationUnreadSchema>;

// Web Push (B5): the browser subscribes with the server's VAPID public key; the server pushes each notification
// whose push switch is on to every subscription of the account, and drops a subscription the push service says
// is gone.

/** GET /push/key: the VAPID public key (base64url) the browser subscribes with. */
export const pushKeySchema = z.object({ publicKey: z.string() });
export type PushKey = z.infer<typeof pushKeySchema>;

/** POST /push/subscriptions: what `PushSubscription.toJSON()` gives. */
export const pushSubscriptionBodySchema = z.object({
  endpoint: z.url({ protocol: /^https$/ }).max(2000),
  keys: z.object({
    p256dh: z.string().regex(/^[A-Za-z0-9_-]{80,100}$/),
    auth: z.string().regex(/^[A-Za-z0-9_-]{16,30}$/),
  }),
});
export type PushSubscriptionBody = z.infer<typeof pushSubscriptionBodySchema>;

/** DELETE /push/subscriptions: the browser unsubscribed (or the parent switched push off on this device). */
export const pushUnsubscribeBodySchema = z.object({ endpoint: z.string().max(2000) });
export type PushUnsubscribeBody = z.infer<typeof pushUnsubscribeBodySchema>;

/** What a push message carries; the service worker shows it and opens `url` when it is tapped. */
export const pushPayloadSchema = z.object({
  title: z.string(),
  body: z.string(),
  /** A path in the portal. */
  url: z.string(),
  /** Notifications with the same tag replace each other on the device (e.g. one per thread). */
  tag: z.string(),
  notificationId: idSchema,
});
export type PushPayload = z.infer<typeof pushPayloadSchema>;

// Live updates (GET /events, server-sent events): the server tells each open browser of an account that its
// unread counts changed, so badges update without polling. Across server processes through LISTEN/NOTIFY.

export const liveEventSchema = z.discriminatedUnion('type', [
  /** Something new or read in the notification centre: reload the list and the badge. */
  z.object({ type: z.literal('notifications') }),
  /** A message was sent in, or read from, a thread the account takes part in. */
  z.object({ type: z.literal('messages'), threadId: idSchema }),
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;

/**
 * GET /events: `account` is the tab's active account (a browser may have several signed in, and an EventSource
 * cannot send the `X-Nestje-Account` header); without it, the first signed-in account.
 */
export const liveEventsQuerySchema = z.object({ account: idSchema.optional() });
