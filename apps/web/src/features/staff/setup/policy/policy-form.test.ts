import { DEFAULT_PLANNING_POLICY, groupKinds, type PlanningPolicy } from '@nestje/contract';
import { describe, expect, it } from 'vitest';
import { policyBody, policyFormPath, policyFormValues } from './policy-form.ts';

const none = {
  minLeadHours: null,
  horizonDays: null,
  cancelDeadlineHours: null,
  expiryLeadHours: null,
  absenceCreditWeeks: null,
  absenceCreditLeadHours: null,
  absenceCancelDeadlineHours: null,
  swapWindowDays: null,
  swapsPerYear: null,
};
const policy: PlanningPolicy = {
  organisation: DEFAULT_PLANNING_POLICY,
  overrides: groupKinds.map((groupKind) =>
    groupKind === 'BSO' ? { groupKind, ...none, minLeadHours: 48 } : { groupKind, ...none },
  ),
  effective: groupKinds.map((groupKind) => ({ groupKind, ...DEFAULT_PLANNING_POLICY })),
};

describe('planning policy form', () => {
  it('shows an override as its number and a followed value as empty', () => {
    const values = policyFormValues(policy);
    expect(values.overrides[1]?.values).toEqual({
      minLeadHours: 48,
      horizonDays: '',
      cancelDeadlineHours: '',
      expiryLeadHours: '',
      absenceCreditWeeks: '',
      absenceCreditLeadHours: '',
      absenceCancelDeadlineHours: '',
      swapWindowDays: '',
      swapsPerYear: '',
    });
  });

  it('sends empty fields as null and every kind in order', () => {
    const body = policyBody(policyFormValues(policy));
    expect(body.organisation).toEqual(DEFAULT_PLANNING_POLICY);
    expect(body.overrides.map((o) => o.groupKind)).toEqual([...groupKinds]);
    expect(body.overrides[1]).toEqual({ groupKind: 'BSO', ...none, minLeadHours: 48 });
  });

  it('puts an override error next to its field', () => {
    expect(policyFormPath('overrides.1.minLeadHours')).toBe('overrides.1.values.minLeadHours');
    expect(policyFormPath('organisation.horizonDays')).toBe('organisation.horizonDays');
  });
});
