import { z } from 'zod';
import { instantSchema, localDateSchema } from './ids.ts';

/**
 * Where an account stands with its invitation (P1): not invited yet (a guardian is invited six weeks before
 * care starts), invited with a link that still works, active (a password was set), expired (invited, never
 * activated, the link has lapsed), or deactivated by staff.
 */
export const invitationStatuses = ['not_invited', 'invited', 'active', 'expired', 'deactivated'] as const;
export const invitationStatusSchema = z.enum(invitationStatuses);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

export const invitationSchema = z.object({
  status: invitationStatusSchema,
  /** When the first activation mail went out. */
  invitedAt: instantSchema.nullable(),
  activatedAt: instantSchema.nullable(),
  /** When the newest unused activation link stops working. */
  linkExpiresAt: instantSchema.nullable(),
  /** For a guardian not invited yet: the day the invitation job will send the mail, when care is planned. */
  plannedOn: localDateSchema.nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** What one run of the invitation job did (the development route that runs it at once). */
export const invitationRunSchema = z.object({
  /** Accounts that were sent their activation mail in this run. */
  invited: z.number().int(),
});
export type InvitationRun = z.infer<typeof invitationRunSchema>;
