import { z } from 'zod';
import { idSchema, instantSchema, localDateSchema, localTimeSchema } from './ids.ts';

// Absences (afwezigheid doorgeven, P14): family level, a day or a period; per child the planned day parts of each
// date; a reason. Registered at once (no assessment). Where the policy says so, an absence reported in time yields
// a credit of the absent time. Cancellable until the policy's deadline; cancelling takes the credit back, and is
// refused while that credit has been used. docs/absences-credits.md has the rules.

export const absenceReasons = ['sick', 'holiday', 'other'] as const;
export const absenceReasonSchema = z.enum(absenceReasons);
export type AbsenceReason = z.infer<typeof absenceReasonSchema>;

/** At most this many days in one absence. */
export const ABSENCE_PERIOD_MAX_DAYS = 31;

/** A planned day part that can be reported absent, or why not (`past`: it has ended; `absent`: reported already). */
export const absencePartSchema = z.object({
  childId: idSchema,
  groupId: idSchema,
  groupName: z.string(),
  careProductId: idSchema,
  productName: z.string(),
  date: localDateSchema,
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  /** `contract` or an approved `extra` day. */
  source: z.enum(['contract', 'extra', 'swap']),
  unavailable: z.enum(['past', 'absent']).nullable(),
  /** The credit reporting it now would yield (null: none, because of the policy or the feature, or too late). */
  credit: z.object({ minutes: z.number().int(), validUntil: localDateSchema }).nullable(),
  /** Until when reporting it yields a credit (null when the policy gives none). */
  creditDeadline: instantSchema.nullable(),
});
export type AbsencePart = z.infer<typeof absencePartSchema>;

export const absenceOptionsQuerySchema = z.object({
  from: localDateSchema,
  /** Inclusive; the same as `from` when left out. */
  to: localDateSchema.optional(),
});

/** GET /absences/options: the planned day parts of the account's children from `from` to `to`. */
export const absenceOptionsSchema = z.object({
  children: z.array(z.object({ id: idSchema, firstName: z.string(), lastName: z.string() })),
  parts: z.array(absencePartSchema),
});
export type AbsenceOptions = z.infer<typeof absenceOptionsSchema>;

export const absencePartRefSchema = z.object({
  childId: idSchema,
  groupId: idSchema,
  careProductId: idSchema,
  date: localDateSchema,
  startTime: localTimeSchema,
});

/**
 * POST /absences (with an Idempotency-Key). A part that is not planned, has ended or is already absent is
 * `parts.<i>` `not_planned` / `past` / `absent`.
 */
export const createAbsenceBodySchema = z.object({
  reason: absenceReasonSchema,
  comment: z.string().trim().max(1000).default(''),
  parts: z.array(absencePartRefSchema).min(1).max(200),
});
export type CreateAbsenceBody = z.input<typeof createAbsenceBodySchema>;

export const absenceLineSchema = z.object({
  id: idSchema,
  absenceId: idSchema,
  childId: idSchema,
  childName: z.string(),
  groupId: idSchema,
  groupName: z.string(),
  productName: z.string(),
  date: localDateSchema,
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  reason: absenceReasonSchema,
  comment: z.string(),
  status: z.enum(['registered', 'cancelled']),
  submittedAt: instantSchema,
  submittedBy: z.string(),
  /** The credit this absence yielded, with what is left of it. */
  credit: z
    .object({
      id: idSchema,
      amount: z.number().int(),
      remaining: z.number().int(),
      validUntil: localDateSchema,
    })
    .nullable(),
  cancel: z.object({
    allowed: z.boolean(),
    refusal: z.enum(['not_registered', 'deadline_passed', 'credit_used']).nullable(),
    deadline: instantSchema.nullable(),
  }),
});
export type AbsenceLine = z.infer<typeof absenceLineSchema>;

export const createdAbsenceSchema = z.object({ absenceId: idSchema, lines: z.array(absenceLineSchema) });
export type CreatedAbsence = z.infer<typeof createdAbsenceSchema>;

export const absenceLineListSchema = z.object({
  lines: z.array(absenceLineSchema),
  nextBefore: z.string().nullable(),
});
export type AbsenceLineList = z.infer<typeof absenceLineListSchema>;

export const absenceLineListQuerySchema = z.object({
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const absenceLineParamsSchema = z.object({ lineId: idSchema });

/** POST /absence-lines/:lineId/cancel → the line, cancelled. */
export const cancelledAbsenceSchema = z.object({ line: absenceLineSchema });
