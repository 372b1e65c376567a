import { describe, expect, it } from 'vitest';
import {
  amountOf,
  amountPath,
  correctionBody,
  emptyCorrectionForm,
  emptyGrantForm,
  grantBody,
} from './credit-form.ts';

describe('the credit forms', () => {
  it('sends hours and minutes as minutes, or points', () => {
    expect(amountOf('minutes', { hours: 5, minutes: 30, points: '' })).toBe(330);
    expect(amountOf('minutes', { hours: '', minutes: 45, points: 3 })).toBe(45);
    expect(amountOf('points', { hours: 5, minutes: 30, points: 2 })).toBe(2);
    expect(amountOf('points', { hours: '', minutes: '', points: '' })).toBe(0);
  });

  it('builds the grant with a trimmed description', () => {
    const body = grantBody({
      ...emptyGrantForm(),
      hours: 8,
      source: 'compensation',
      validFrom: '2026-12-01',
      validUntil: '2026-12-31',
      weekType: 'holiday',
      description: '  Sluiting  ',
    });
    expect(body).toEqual({
      unit: 'minutes',
      amount: 480,
      source: 'compensation',
      validFrom: '2026-12-01',
      validUntil: '2026-12-31',
      weekType: 'holiday',
      description: 'Sluiting',
    });
  });

  it('takes off as a negative amount and shows amount errors at the amount field of the unit', () => {
    const take = {
      ...emptyCorrectionForm(),
      direction: 'take' as const,
      hours: 1,
      minutes: 15,
      reason: ' fout ',
    };
    expect(correctionBody('minutes', take)).toEqual({ amount: -75, reason: 'fout' });
    expect(correctionBody('points', { ...take, direction: 'add', points: 1 })).toEqual({
      amount: 1,
      reason: 'fout',
    });
    expect(amountPath('minutes')('amount')).toBe('hours');
    expect(amountPath('points')('amount')).toBe('points');
    expect(amountPath('points')('reason')).toBe('reason');
  });
});
