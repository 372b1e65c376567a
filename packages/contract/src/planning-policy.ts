import { z } from 'zod';
import { groupKindSchema } from './organisation.ts';

// Planning policy (planningsbeleid): the rules for requesting and cancelling day parts. The organisation's
// policy always exists (the defaults until an admin changes it); each group kind may override any subset of its
// values. The effective policy for a group is its kind's overrides over the organisation's values.
//
// - minLeadHours: a day part can be requested until this many hours before it starts (default 24).
// - horizonDays: how many days ahead a day part can be requested (default 60).
// - cancelDeadlineHours: a pending request line can be cancelled until this many hours before its day part
//   starts (default 24).
// - expiryLeadHours ("request deadline"): a pending line that planners have not assessed expires this many hours
//   before its day part starts, unless the parent chose an earlier "vervalt automatisch op" (default 24).
//
// - absenceCreditWeeks: an absence reported in time yields a credit of the absent time, valid this many weeks
//   from the absent day; 0: absences yield no credit (default 0).
// - absenceCreditLeadHours: "in time" is at least this many hours before the day part starts (default 24).
// - absenceCancelDeadlineHours: a reported absence can be cancelled until this many hours before the day part
//   starts (default 0: until it starts).
// - swapWindowDays: the wanted date of a swap lies at most this many days from the given-up date (default 28).
// - swapsPerYear: at most this many swaps per child per calendar year; 0: no swaps (default 12).
//
// Hours are 0..8760 (one year); horizonDays is 1..730; absenceCreditWeeks is 0..104; swapWindowDays 1..365;
// swapsPerYear 0..365.

export const PLANNING_POLICY_MAX_HOURS = 8760;
export const PLANNING_POLICY_MAX_HORIZON_DAYS = 730;

const hoursSchema = z.number().int().min(0).max(PLANNING_POLICY_MAX_HOURS);
const horizonDaysSchema = z.number().int().min(1).max(PLANNING_POLICY_MAX_HORIZON_DAYS);
const weeksSchema = z.number().int().min(0).max(104);
const swapWindowSchema = z.number().int().min(1).max(365);
const swapsPerYearSchema = z.number().int().min(0).max(365);

export const planningPolicyFields = [
  'minLeadHours',
  'horizonDays',
  'cancelDeadlineHours',
  'expiryLeadHours',
  'absenceCreditWeeks',
  'absenceCreditLeadHours',
  'absenceCancelDeadlineHours',
  'swapWindowDays',
  'swapsPerYear',
] as const;
export type PlanningPolicyField = (typeof planningPolicyFields)[number];

/** The four values of a policy, all set: the organisation's, or a group's effective policy. */
export const planningPolicyValuesSchema = z.object({
  /** A day part can be requested until this many hours before it starts. */
  minLeadHours: hoursSchema,
  /** How many days ahead a day part can be requested. */
  horizonDays: horizonDaysSchema,
  /** A pending request line can be cancelled until this many hours before its day part starts. */
  cancelDeadlineHours: hoursSchema,
  /**
   * The request deadline: a pending line that planners have not assessed expires this many hours before its day
   * part starts, unless the parent chose an earlier "vervalt automatisch op".
   */
  expiryLeadHours: hoursSchema,
  /** Weeks a credit from an absence reported in time stays valid; 0: absences yield no credit. */
  absenceCreditWeeks: weeksSchema,
  /** An absence yields a credit when reported at least this many hours before the day part starts. */
  absenceCreditLeadHours: hoursSchema,
  /** A reported absence can be cancelled until this many hours before the day part starts. */
  absenceCancelDeadlineHours: hoursSchema,
  /** The wanted date of a swap lies at most this many days before or after the given-up date. */
  swapWindowDays: swapWindowSchema,
  /** At most this many swaps per child per calendar year; 0: no swaps. */
  swapsPerYear: swapsPerYearSchema,
});
export type PlanningPolicyValues = z.infer<typeof planningPolicyValuesSchema>;

/** The policy of an organisation that never changed it. */
export const DEFAULT_PLANNING_POLICY: PlanningPolicyValues = {
  minLeadHours: 24,
  horizonDays: 60,
  cancelDeadlineHours: 24,
  expiryLeadHours: 24,
  absenceCreditWeeks: 0,
  absenceCreditLeadHours: 24,
  absenceCancelDeadlineHours: 0,
  swapWindowDays: 28,
  swapsPerYear: 12,
};

/** A group kind's deviations: null follows the organisation's value. */
export const planningPolicyOverrideSchema = z.object({
  groupKind: groupKindSchema,
  minLeadHours: hoursSchema.nullable(),
  horizonDays: horizonDaysSchema.nullable(),
  cancelDeadlineHours: hoursSchema.nullable(),
  expiryLeadHours: hoursSchema.nullable(),
  absenceCreditWeeks: weeksSchema.nullable(),
  absenceCreditLeadHours: hoursSchema.nullable(),
  absenceCancelDeadlineHours: hoursSchema.nullable(),
  swapWindowDays: swapWindowSchema.nullable(),
  swapsPerYear: swapsPerYearSchema.nullable(),
});
export type PlanningPolicyOverride = z.infer<typeof planningPolicyOverrideSchema>;

export const effectivePlanningPolicySchema = planningPolicyValuesSchema.extend({
  groupKind: groupKindSchema,
});
export type EffectivePlanningPolicy = z.infer<typeof effectivePlanningPolicySchema>;

/** GET /planning-policy: the organisation's values, and per group kind (all five, in order) its overrides and the result. */
export const planningPolicySchema = z.object({
  organisation: planningPolicyValuesSchema,
  overrides: z.array(planningPolicyOverrideSchema),
  effective: z.array(effectivePlanningPolicySchema),
});
export type PlanningPolicy = z.infer<typeof planningPolicySchema>;

/**
 * PUT /planning-policy: replaces the whole policy. A kind that is not listed, or lists only nulls, follows the
 * organisation; a kind listed twice is `overrides.<i>.groupKind` `taken`.
 */
export const updatePlanningPolicyBodySchema = z.object({
  organisation: planningPolicyValuesSchema,
  overrides: z.array(planningPolicyOverrideSchema).max(5),
});
export type UpdatePlanningPolicyBody = z.infer<typeof updatePlanningPolicyBodySchema>;
