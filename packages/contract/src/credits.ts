import { z } from 'zod';
import { idSchema, instantSchema, localDateSchema, localTimeSchema } from './ids.ts';

// Credits (tegoeden, P17 and the payment part of P8): per child, in minutes of care or in points (one point pays
// one day part). A credit comes from an absence reported in time, or is granted by staff (a grant or a
// compensation); it is valid from one date to another, in school weeks, holiday weeks or any week. Every change of
// its balance is an entry: its grant, each use for a request line and that line's refund when the line is
// rejected, cancelled or expires, staff corrections, and its withdrawal when its absence is cancelled. Credits are
// never shared between children. docs/absences-credits.md has the rules.

export const creditUnits = ['minutes', 'points'] as const;
export const creditUnitSchema = z.enum(creditUnits);
export type CreditUnit = z.infer<typeof creditUnitSchema>;

export const creditSources = ['absence', 'grant', 'compensation'] as const;
export const creditSourceSchema = z.enum(creditSources);
export type CreditSource = z.infer<typeof creditSourceSchema>;

/** usable: valid now or later with something left; the others say why not. */
export const creditStates = ['usable', 'not_yet_valid', 'expired', 'used_up'] as const;
export const creditStateSchema = z.enum(creditStates);

export const creditWeekTypeSchema = z.enum(['school', 'holiday', 'any']);

export const creditEntryKinds = ['grant', 'use', 'refund', 'correction', 'withdrawal'] as const;

export const creditEntrySchema = z.object({
  id: idSchema,
  kind: z.enum(creditEntryKinds),
  /** Positive adds to the balance, negative takes from it. */
  amount: z.number().int(),
  at: instantSchema,
  reason: z.string(),
  /** For a use or refund: the request line, with its date, times and status now. */
  requestLine: z
    .object({
      id: idSchema,
      date: localDateSchema,
      startTime: localTimeSchema,
      endTime: localTimeSchema,
      status: z.string(),
    })
    .nullable(),
});

export const creditSchema = z.object({
  id: idSchema,
  childId: idSchema,
  childName: z.string(),
  unit: creditUnitSchema,
  source: creditSourceSchema,
  description: z.string(),
  validFrom: localDateSchema,
  validUntil: localDateSchema,
  weekType: creditWeekTypeSchema,
  /** What it was worth at first (its grant). */
  initial: z.number().int(),
  /** What is left: the sum of every entry. */
  remaining: z.number().int(),
  state: creditStateSchema,
  entries: z.array(creditEntrySchema),
  /** `credit.correct` where the account may correct it. */
  permittedActions: z.array(z.string()),
});
export type Credit = z.infer<typeof creditSchema>;

export const creditListSchema = z.object({ credits: z.array(creditSchema) });
export type CreditList = z.infer<typeof creditListSchema>;

/** POST /children/:childId/credits (planners, location managers, admins; audited). */
export const grantCreditBodySchema = z
  .object({
    unit: creditUnitSchema,
    amount: z.number().int().min(1).max(100_000),
    source: z.enum(['grant', 'compensation']),
    validFrom: localDateSchema,
    validUntil: localDateSchema,
    weekType: creditWeekTypeSchema.default('any'),
    description: z.string().trim().min(1).max(500),
  })
  .refine((b) => b.validUntil >= b.validFrom, {
    path: ['validUntil'],
    params: { code: 'date_order' },
    message: 'The end lies before the start',
  });
export type GrantCreditBody = z.input<typeof grantCreditBodySchema>;

/** POST /credits/:creditId/corrections: adds or takes (never below zero), with a reason (audited). */
export const correctCreditBodySchema = z.object({
  amount: z
    .number()
    .int()
    .min(-100_000)
    .max(100_000)
    .refine((n) => n !== 0, { params: { code: 'not_zero' }, message: 'A correction changes something' }),
  reason: z.string().trim().min(1).max(500),
});
export type CorrectCreditBody = z.infer<typeof correctCreditBodySchema>;

export const creditParamsSchema = z.object({ creditId: idSchema });

/** A credit that can pay a day part in full, as the options offer it (the first is the suggestion). */
export const creditOptionSchema = z.object({
  creditId: idSchema,
  unit: creditUnitSchema,
  source: creditSourceSchema,
  remaining: z.number().int(),
  /** What paying this day part takes from it: its minutes, or one point. */
  cost: z.number().int(),
  validUntil: localDateSchema,
  description: z.string(),
});
export type CreditOption = z.infer<typeof creditOptionSchema>;
