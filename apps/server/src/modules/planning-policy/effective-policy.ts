import { type PlanningPolicyField, type PlanningPolicyValues, planningPolicyFields } from '@nestje/contract';

/** A group kind's deviations from the organisation's policy: a missing or null value follows the organisation. */
export type PolicyOverride = { [F in PlanningPolicyField]?: number | null };

/**
 * The policy that applies to a group: each value its kind overrides, else the organisation's. Later code (requests,
 * cancellations, expiry) calls this; it never reads the database.
 */
export function effectivePolicy(
  organisation: PlanningPolicyValues,
  override: PolicyOverride | null | undefined,
): PlanningPolicyValues {
  const values = { ...organisation };
  for (const field of planningPolicyFields) values[field] = override?.[field] ?? organisation[field];
  return values;
}
