import { z } from 'zod';
import { creditOptionSchema } from './credits.ts';
import { idSchema, instantSchema, localDateSchema, localTimeSchema } from './ids.ts';
import { planningPolicyValuesSchema } from './planning-policy.ts';

// Requests (aanvragen): extra days (P8–P12, P15), assessed by planners (S3). A request is made at family level
// and holds bookings; a booking is a date or a period and, per child, a day part. Each child and date becomes a
// request line with its own status. docs/requests.md has the exact rules.

export const requestKinds = ['extra', 'swap'] as const;
export const requestKindSchema = z.enum(requestKinds);
export type RequestKind = z.infer<typeof requestKindSchema>;

/** pending = "Optie extra" / IN AANVRAAG; then GOEDGEKEURD, AFGEKEURD, GEANNULEERD or VERVALLEN. */
export const requestLineStatuses = ['pending', 'approved', 'rejected', 'cancelled', 'expired'] as const;
export const requestLineStatusSchema = z.enum(requestLineStatuses);
export type RequestLineStatus = z.infer<typeof requestLineStatusSchema>;

/** How a line is paid: by invoice, or with one of the child's credits that pays it in full. */
export const paymentSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('invoice') }),
  z.object({ method: z.literal('credit'), creditId: idSchema }),
]);
export type Payment = z.infer<typeof paymentSchema>;

/**
 * Why a day part is not offered (B2). More than one may apply; the first is the main one.
 * - `past`: the date has gone by.
 * - `not_placed`: the child has no placement in the group on that date.
 * - `closed`: a closing day, or the group is closed on that weekday.
 * - `outside_opening_hours`: the day part does not fit in the group's opening hours that day.
 * - `weekday`: the product is not offered on that weekday.
 * - `week_type`: the product is for school weeks and it is a holiday week, or the other way round.
 * - `planned`: it overlaps what the child already has planned (contract or approved).
 * - `requested`: it overlaps an open request of the child.
 * - `too_late`: the policy's minimum lead time (or request deadline) has passed.
 * - `too_far`: beyond the policy's horizon.
 * - `full`: the group has no free place for that time.
 */
export const unavailableReasons = [
  'past',
  'not_placed',
  'closed',
  'outside_opening_hours',
  'weekday',
  'week_type',
  'planned',
  'requested',
  'too_late',
  'too_far',
  'full',
] as const;
export const unavailableReasonSchema = z.enum(unavailableReasons);
export type UnavailableReason = z.infer<typeof unavailableReasonSchema>;

/** What a child already has on a date in a group ("Reeds gepland"). */
export const plannedPartSchema = z.object({
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  /** `contract`: the placement; `extra`: an approved extra day; `pending`: an open request ("Optie extra"). */
  source: z.enum(['contract', 'extra', 'swap', 'pending']),
  productName: z.string(),
});
export type PlannedPart = z.infer<typeof plannedPartSchema>;

/** A day part that could be requested, with its price and, when it is not offered, why. */
export const dayPartOptionSchema = z.object({
  careProductId: idSchema,
  name: z.string(),
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  priceCents: z.number().int(),
  /** Empty when the day part can be requested. */
  unavailable: z.array(unavailableReasonSchema),
  /** Free places in the group for that time (capacity minus planned, approved and open requests). */
  freePlaces: z.number().int(),
  /** The last moment it can be requested (the policy's lead time before its start). */
  requestDeadline: instantSchema,
  /** The child's credits that can pay it in full, the one that expires first first (the suggestion). */
  credits: z.array(creditOptionSchema),
});
export type DayPartOption = z.infer<typeof dayPartOptionSchema>;

export const childDateOptionsSchema = z.object({
  childId: idSchema,
  groupId: idSchema,
  groupName: z.string(),
  planned: z.array(plannedPartSchema),
  options: z.array(dayPartOptionSchema),
});
export type ChildDateOptions = z.infer<typeof childDateOptionsSchema>;

export const dateOptionsSchema = z.object({
  date: localDateSchema,
  weekType: z.enum(['school', 'holiday']).nullable(),
  /** A closing day's description, when the organisation is closed then. */
  closed: z.string().nullable(),
  children: z.array(childDateOptionsSchema),
});

/** GET /requests/options: per date of the period and per child and group, what is planned and what is possible. */
export const requestOptionsSchema = z.object({
  children: z.array(z.object({ id: idSchema, firstName: z.string(), lastName: z.string() })),
  dates: z.array(dateOptionsSchema),
  /** The effective policy per group, to explain the rules where they decide something. */
  policies: z.array(planningPolicyValuesSchema.extend({ groupId: idSchema })),
});
export type RequestOptions = z.infer<typeof requestOptionsSchema>;

/** At most this many days in one options query or one period booking. */
export const REQUEST_PERIOD_MAX_DAYS = 31;

export const requestOptionsQuerySchema = z.object({
  from: localDateSchema,
  /** Inclusive; the same as `from` when left out. */
  to: localDateSchema.optional(),
});

export const bookingChildSchema = z.object({
  childId: idSchema,
  groupId: idSchema,
  careProductId: idSchema,
  payment: paymentSchema.default({ method: 'invoice' }),
});

/** A date (`from` = `to`) or a period, with a day part per child. */
export const bookingSchema = z.object({
  from: localDateSchema,
  to: localDateSchema,
  children: z.array(bookingChildSchema).min(1).max(20),
});
export type Booking = z.infer<typeof bookingSchema>;

/**
 * POST /requests ("Indienen", with an Idempotency-Key). Errors name the failing field:
 * `bookings.<b>.children.<c>.careProductId` with the first unavailable reason when a single-date day part cannot
 * be requested; `assessAsWhole` `single_day_only`; `expiresOn` `before_tomorrow` or `after_last_date`.
 * A period creates a line for every date on which the day part is offered and reports the other dates as skipped;
 * a period without any such date is `bookings.<b>.children.<c>.careProductId` `none_offered`.
 */
export const createRequestBodySchema = z.object({
  kind: requestKindSchema.default('extra'),
  bookings: z.array(bookingSchema).min(1).max(10),
  assessAsWhole: z.boolean().default(false),
  expiresOn: localDateSchema.nullable().default(null),
  comment: z.string().trim().max(1000).default(''),
});
export type CreateRequestBody = z.input<typeof createRequestBodySchema>;

/** Why a line cannot be cancelled (B2): it is no longer open, or the policy's cancellation deadline passed. */
export const cancelRefusalSchema = z.enum(['not_pending', 'deadline_passed']);

/** `extra`: an extra day part; `give` and `take`: the day part given up and the one wanted in a swap. */
export const requestLineRoleSchema = z.enum(['extra', 'give', 'take']);

export const requestLineSchema = z.object({
  id: idSchema,
  requestId: idSchema,
  bookingId: idSchema,
  kind: requestKindSchema,
  role: requestLineRoleSchema,
  /** On the wanted line of a swap: the minutes of the given-up time that lapse (0 when none). */
  lapseMinutes: z.number().int().nullable(),
  childId: idSchema,
  childName: z.string(),
  groupId: idSchema,
  groupName: z.string(),
  locationName: z.string(),
  productName: z.string(),
  date: localDateSchema,
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  priceCents: z.number().int(),
  payment: paymentSchema,
  status: requestLineStatusSchema,
  submittedAt: instantSchema,
  submittedBy: z.string(),
  /** When the line expires if nobody assesses it. */
  expiresAt: instantSchema,
  decidedAt: instantSchema.nullable(),
  /** The organisation's reason for a rejection. */
  reason: z.string().nullable(),
  assessAsWhole: z.boolean(),
  comment: z.string(),
  /** Lines of the same child in the same booking (a period): cancelled together. */
  periodLines: z.number().int(),
  cancel: z.object({
    allowed: z.boolean(),
    refusal: cancelRefusalSchema.nullable(),
    /** Until when cancelling is allowed (the policy's deadline before the earliest open line of the booking). */
    deadline: instantSchema.nullable(),
  }),
});
export type RequestLine = z.infer<typeof requestLineSchema>;

export const requestLineListSchema = z.object({
  lines: z.array(requestLineSchema),
  /** Pass as `before` for older lines; null at the end. */
  nextBefore: z.string().nullable(),
});
export type RequestLineList = z.infer<typeof requestLineListSchema>;

export const requestLineListQuerySchema = z.object({
  /** Only lines of requests submitted before this cursor (from `nextBefore`). */
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const skippedDateSchema = z.object({
  childId: idSchema,
  date: localDateSchema,
  reasons: z.array(unavailableReasonSchema),
});

/** The answer to "Indienen": the request's lines, and the dates of a period that were not offered. */
export const createdRequestSchema = z.object({
  requestId: idSchema,
  lines: z.array(requestLineSchema),
  skipped: z.array(skippedDateSchema),
});
export type CreatedRequest = z.infer<typeof createdRequestSchema>;

export const requestLineParamsSchema = z.object({ lineId: idSchema });

/** POST /request-lines/:lineId/cancel: cancels the line and the other open lines of its child's booking. */
export const cancelledLinesSchema = z.object({ lines: z.array(requestLineSchema) });

// ---- assessment (S3) ----

export const occupancySchema = z.object({
  capacity: z.number().int(),
  /** The most children planned or approved at one moment of the day part. */
  confirmed: z.number().int(),
  /** The most children with open requests at one moment of the day part (this line included). */
  pending: z.number().int(),
});
export type Occupancy = z.infer<typeof occupancySchema>;

export const assessmentLineSchema = requestLineSchema.extend({
  locationId: idSchema,
  /** For the wanted line of a swap: the day part given up for it. */
  swapGive: z
    .object({
      date: localDateSchema,
      startTime: localTimeSchema,
      endTime: localTimeSchema,
      productName: z.string(),
    })
    .nullable(),
  occupancy: occupancySchema,
  /** The other lines of the same request, when it is assessed as a whole. */
  requestLineCount: z.number().int(),
});
export type AssessmentLine = z.infer<typeof assessmentLineSchema>;

export const assessmentQueueSchema = z.object({ lines: z.array(assessmentLineSchema) });
export type AssessmentQueue = z.infer<typeof assessmentQueueSchema>;

export const assessmentQueueQuerySchema = z.object({
  locationId: idSchema.optional(),
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
});

export const decisionSchema = z.discriminatedUnion('decision', [
  z.object({ lineId: idSchema, decision: z.literal('approve') }),
  z.object({ lineId: idSchema, decision: z.literal('reject'), reason: z.string().trim().min(1).max(500) }),
]);
export type Decision = z.infer<typeof decisionSchema>;

/** POST /assessment/decisions: one or many; each line is decided on its own (its own transaction). */
export const decisionsBodySchema = z.object({ decisions: z.array(decisionSchema).min(1).max(200) });
export type DecisionsBody = z.infer<typeof decisionsBodySchema>;

/** Per decision: done, or the error code (`group_full`, `not_pending`, `expired`, `not_found`). */
export const decisionResultSchema = z.object({
  lineId: idSchema,
  ok: z.boolean(),
  error: z.string().nullable(),
  status: requestLineStatusSchema.nullable(),
});
export const decisionResultsSchema = z.object({ results: z.array(decisionResultSchema) });
export type DecisionResults = z.infer<typeof decisionResultsSchema>;
