import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { effectivePolicy } from './effective-policy.ts';

const absence = {
  absenceCreditWeeks: 8,
  absenceCreditLeadHours: 12,
  absenceCancelDeadlineHours: 2,
  swapWindowDays: 14,
  swapsPerYear: 6,
};
const org = { minLeadHours: 24, horizonDays: 60, cancelDeadlineHours: 12, expiryLeadHours: 6, ...absence };

describe('effectivePolicy', () => {
  test('without an override the organisation decides every value', () => {
    assert.deepEqual(effectivePolicy(org, null), org);
    assert.deepEqual(effectivePolicy(org, undefined), org);
    assert.deepEqual(effectivePolicy(org, {}), org);
  });

  test('a value the kind overrides wins; the others follow the organisation', () => {
    assert.deepEqual(effectivePolicy(org, { minLeadHours: 48, expiryLeadHours: null }), {
      minLeadHours: 48,
      horizonDays: 60,
      cancelDeadlineHours: 12,
      expiryLeadHours: 6,
      ...absence,
    });
    assert.deepEqual(
      effectivePolicy(org, { minLeadHours: 1, horizonDays: 7, cancelDeadlineHours: 2, expiryLeadHours: 3 }),
      { minLeadHours: 1, horizonDays: 7, cancelDeadlineHours: 2, expiryLeadHours: 3, ...absence },
    );
    assert.equal(effectivePolicy(org, { absenceCreditWeeks: 0 }).absenceCreditWeeks, 0);
  });

  test('an override of 0 hours is a value, not a missing one', () => {
    const result = effectivePolicy(org, { minLeadHours: 0, cancelDeadlineHours: 0 });
    assert.equal(result.minLeadHours, 0);
    assert.equal(result.cancelDeadlineHours, 0);
    assert.equal(result.horizonDays, 60);
  });
});
