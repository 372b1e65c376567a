import {
  groupKinds,
  type PlanningPolicy,
  type PlanningPolicyField,
  planningPolicyFields,
  type UpdatePlanningPolicyBody,
} from '@nestje/contract';
import type { FieldMessages } from '../../../../lib/form-errors.ts';
import { SETUP_FIELD_MESSAGES } from '../components/field-messages.ts';

/** A number field of the form: empty ('') in an override row follows the organisation. */
export type PolicyInput = number | '';

export interface PolicyFormValues {
  organisation: Record<PlanningPolicyField, PolicyInput>;
  /** One row per group kind, in the order of `groupKinds`. */
  overrides: { groupKind: (typeof groupKinds)[number]; values: Record<PlanningPolicyField, PolicyInput> }[];
}

const fieldsOf = <T>(pick: (field: PlanningPolicyField) => T) =>
  Object.fromEntries(planningPolicyFields.map((field) => [field, pick(field)])) as Record<
    PlanningPolicyField,
    T
  >;

export function policyFormValues(policy: PlanningPolicy): PolicyFormValues {
  return {
    organisation: fieldsOf((field) => policy.organisation[field]),
    overrides: groupKinds.map((groupKind) => {
      const o = policy.overrides.find((candidate) => candidate.groupKind === groupKind);
      return { groupKind, values: fieldsOf((field) => o?.[field] ?? '') };
    }),
  };
}

/** The body of PUT /planning-policy; every kind is sent, so `overrides.<i>` is the form's row i. */
export function policyBody(values: PolicyFormValues): UpdatePlanningPolicyBody {
  return {
    organisation: fieldsOf((field) => values.organisation[field]) as UpdatePlanningPolicyBody['organisation'],
    overrides: values.overrides.map((row) => ({
      groupKind: row.groupKind,
      ...fieldsOf((field) => (row.values[field] === '' ? null : row.values[field])),
    })) as UpdatePlanningPolicyBody['overrides'],
  };
}

/** A body path to the form field it belongs to: `overrides.1.minLeadHours` is `overrides.1.values.minLeadHours`. */
export function policyFormPath(path: string): string {
  return path.replace(/^overrides\.(\d+)\.(?!groupKind)/, 'overrides.$1.values.');
}

/** The four values are numbers: their too small / too big are about size. */
export const POLICY_FIELD_MESSAGES: FieldMessages = {
  ...SETUP_FIELD_MESSAGES,
  ...fieldsOf(() => 'setup.fieldErrors.number'),
};
