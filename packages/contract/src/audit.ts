import { z } from 'zod';
import { idSchema, localDateSchema } from './ids.ts';

/** One line of the audit log: who did what to which thing, and when. */
export const auditEventSchema = z.object({
  id: idSchema,
  /** The moment, ISO 8601. */
  at: z.string(),
  /** The account that acted; null for the system (jobs, mails). */
  actorAccountId: idSchema.nullable(),
  /** The actor's name as it is now; null for the system. */
  actorName: z.string().nullable(),
  /** What happened, e.g. `child.read`, `group.update`, `auth.login`. */
  action: z.string(),
  /** The children whose data was read or changed. */
  childIds: z.array(idSchema),
  /** What the event is about, e.g. `group`, `staffMember`, `organisation`. */
  subjectType: z.string().nullable(),
  subjectId: idSchema.nullable(),
  /** A readable name of the subject at the time of the event, e.g. the group's name. */
  subjectLabel: z.string().nullable(),
  /**
   * What changed: `fields` (the names of the fields changed) and `changes` (per field `from` and `to`), or
   * other facts of the event. Never passwords or tokens.
   */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListSchema = z.object({
  /** Newest first. */
  events: z.array(auditEventSchema),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type AuditList = z.infer<typeof auditListSchema>;

export const auditQuerySchema = z.object({
  childId: idSchema.optional(),
  subjectType: z.string().trim().min(1).max(50).optional(),
  subjectId: idSchema.optional(),
  /** Actions starting with this, e.g. `staffMember.` or `auth.login`. */
  action: z.string().trim().min(1).max(100).optional(),
  /** First day (Amsterdam), inclusive. */
  from: localDateSchema.optional(),
  /** Last day (Amsterdam), inclusive; not before `from` (else `date_order`). */
  to: localDateSchema.optional(),
  /** Part of the actor's name or e-mail address. */
  actor: z.string().trim().min(1).max(100).optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
