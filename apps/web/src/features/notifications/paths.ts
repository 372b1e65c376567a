import type { AccountKind } from '@nestje/contract';

/** Where an account's notification list and switches live: in the portal for parents, in Beheer for staff. */
export function notificationPaths(kind: AccountKind): { list: string; settings: string } {
  return kind === 'staff'
    ? { list: '/beheer/notificaties', settings: '/beheer/account/notificaties' }
    : { list: '/notificaties', settings: '/overig/notificaties' };
}
