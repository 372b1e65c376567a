import {
  markNotificationsReadBodySchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationPreferencesSchema,
  notificationUnreadSchema,
  updateNotificationPreferenceBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { principalOf } from '../../plugins/types.ts';
import { notificationsUse } from './notifications.actions.ts';
import {
  getPreferences,
  listNotifications,
  markNotificationsRead,
  setPreference,
  unreadNotifications,
} from './notifications.service.ts';

/** The notification centre (P17 Notificaties): the account's own notifications and its switches. */
export async function notificationsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  const config = { action: notificationsUse.name };

  r.get(
    '/notifications',
    {
      config,
      schema: {
        tags,
        summary: "The account's notifications, newest first, in its language, with the unread count",
        querystring: notificationListQuerySchema,
        response: { 200: notificationListSchema },
      },
    },
    async (request) => listNotifications(ctx, principalOf(request), request.query),
  );
  r.get(
    '/notifications/unread',
    {
      config,
      schema: {
        tags,
        summary: 'How many notifications are unread',
        response: { 200: notificationUnreadSchema },
      },
    },
    async (request) => unreadNotifications(ctx, principalOf(request)),
  );
  r.post(
    '/notifications/read',
    {
      config,
      schema: {
        tags,
        summary: "Mark the given notifications read, or all of the account's",
        body: markNotificationsReadBodySchema,
        response: { 200: notificationUnreadSchema },
      },
    },
    async (request) => markNotificationsRead(ctx, principalOf(request), request.body),
  );
  r.get(
    '/notifications/preferences',
    {
      config,
      schema: {
        tags,
        summary: 'The e-mail and push switch of every category',
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) => getPreferences(ctx, principalOf(request)),
  );
  r.put(
    '/notifications/preferences',
    {
      config,
      schema: {
        tags,
        summary: 'Set one switch (a category and a channel)',
        body: updateNotificationPreferenceBodySchema,
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) => setPreference(ctx, principalOf(request), request.body),
  );
}
