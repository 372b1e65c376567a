import type { Database } from '../db/database.ts';

/**
 * The demo's notifications were made by the seed for events of the past days: none of them goes out by e-mail or
 * push (they are history, not news), and those before `readBefore` count as read.
 */
export async function settleSeededNotifications(db: Database, organisationId: string, readBefore: Date) {
  await db
    .updateTable('notifications')
    .set({ email_state: 'off', push_state: 'off' })
    .where('organisation_id', '=', organisationId)
    .where((eb) => eb.or([eb('email_state', '=', 'pending'), eb('push_state', '=', 'pending')]))
    .execute();
  await db
    .updateTable('notifications')
    .set((eb) => ({ read_at: eb.ref('created_at') }))
    .where('organisation_id', '=', organisationId)
    .where('created_at', '<', readBefore)
    .where('read_at', 'is', null)
    .execute();
}
