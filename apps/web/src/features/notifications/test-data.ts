import type { Notification, NotificationPreferences } from '@nestje/contract';
import { NOTIFICATION_DEFAULTS, notificationCategories } from '@nestje/contract';

export const NOTIFICATION_ID = '8b2f3e4d-5c6b-4a89-9b7c-6d5e4f3a2b01';
export const THREAD_ID = '7a1e2d3c-4b5a-4978-8a6b-5c4d3e2f1c01';

/** A notification about an answer in a thread, unread unless told otherwise. */
export function notification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: NOTIFICATION_ID,
    category: 'message',
    title: 'Nieuw bericht: Slaapje',
    body: 'Ahmed Bakker: Ze heeft goed geslapen.',
    link: `/berichten/${THREAD_ID}`,
    childId: null,
    createdAt: '2026-03-12T14:30:00Z',
    readAt: null,
    ...overrides,
  };
}

/** Every category with its default switches, as an account that never changed them sees them. */
export function defaultPreferences(): NotificationPreferences {
  return {
    preferences: notificationCategories.map((category) => ({ category, ...NOTIFICATION_DEFAULTS[category] })),
  };
}
