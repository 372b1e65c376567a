import { describe, expect, it } from 'vitest';
import { HAMSTERS, NOORTJE, OCHTEND, optionsFor } from '../agenda/test-data.ts';
import {
  type ChosenPart,
  costOf,
  creditOffers,
  minutesBetween,
  noCreditReasons,
  paymentOf,
  paymentValueOf,
} from './payment-choice.ts';
import { CREDIT_A, CREDIT_B, credit, creditOption, withCredits } from './test-data.ts';

const ochtend = (dates: string[]): ChosenPart => ({
  groupId: HAMSTERS,
  careProductId: OCHTEND,
  startTime: '07:30',
  endTime: '13:00',
  possibleDates: dates,
});

describe('the credits offered for a day part', () => {
  it('offers what the server offers for one date, the suggestion first, with what it leaves', () => {
    const options = withCredits(optionsFor([{ date: '2026-12-01' }]), NOORTJE, OCHTEND, [
      creditOption({ creditId: CREDIT_B, remaining: 330, validUntil: '2026-12-10' }),
      creditOption({ creditId: CREDIT_A, remaining: 450 }),
    ]);
    const offers = creditOffers(options, NOORTJE, ochtend(['2026-12-01']));
    expect(offers.map((o) => [o.creditId, o.cost, o.after])).toEqual([
      [CREDIT_B, 330, 0],
      [CREDIT_A, 330, 120],
    ]);
  });

  it('offers for a period only a credit offered on every date with enough for all of them', () => {
    const dates = ['2026-12-01', '2026-12-02', '2026-12-03'];
    const base = optionsFor(dates.map((date) => ({ date })));
    // A: offered every date, enough for all three; B: enough for one date only; C: not offered on the 3rd.
    const options = withCredits(base, NOORTJE, OCHTEND, [
      creditOption({ creditId: CREDIT_A, remaining: 1000 }),
      creditOption({ creditId: CREDIT_B, remaining: 400 }),
    ]);
    const offers = creditOffers(options, NOORTJE, ochtend(dates));
    expect(offers.map((o) => [o.creditId, o.cost, o.after])).toEqual([[CREDIT_A, 990, 10]]);
    const partly = withCredits(
      base,
      NOORTJE,
      OCHTEND,
      [creditOption({ remaining: 2000 })],
      dates.slice(0, 2),
    );
    expect(creditOffers(partly, NOORTJE, ochtend(dates))).toEqual([]);
    // Only the dates that are requested count.
    expect(creditOffers(partly, NOORTJE, ochtend(dates.slice(0, 2)))).toHaveLength(1);
  });

  it('costs minutes by the day part, points one a day part', () => {
    expect(minutesBetween('07:30', '13:00')).toBe(330);
    expect(costOf('minutes', { startTime: '12:30', endTime: '18:30' })).toBe(360);
    expect(costOf('points', { startTime: '12:30', endTime: '18:30' })).toBe(1);
  });
});

describe('why no credit fits', () => {
  const options = optionsFor([{ date: '2026-12-01' }, { date: '2026-12-02' }]);
  const reasons = (credits: ReturnType<typeof credit>[], dates = ['2026-12-01']) =>
    noCreditReasons(options, credits, NOORTJE, ochtend(dates));

  it('says nothing when the child has no credit left, or one fits', () => {
    expect(reasons([])).toEqual([]);
    expect(reasons([credit({ state: 'used_up', remaining: 0 }), credit({ state: 'expired' })])).toEqual([]);
    const offered = withCredits(options, NOORTJE, OCHTEND, [creditOption()]);
    expect(noCreditReasons(offered, [credit()], NOORTJE, ochtend(['2026-12-01']))).toEqual([]);
  });

  it('names validity, the kind of week and what is left, each once', () => {
    expect(reasons([credit({ validFrom: '2026-12-02', state: 'not_yet_valid' })])).toEqual(['not_valid']);
    expect(reasons([credit({ validUntil: '2026-12-01' })], ['2026-12-01', '2026-12-02'])).toEqual([
      'not_valid',
    ]);
    expect(reasons([credit({ weekType: 'holiday' })])).toEqual(['week_type']);
    expect(reasons([credit({ remaining: 300 }), credit({ id: CREDIT_B, remaining: 200 })])).toEqual([
      'not_enough',
    ]);
    // Enough for one date, not for two.
    expect(reasons([credit({ remaining: 400 })], ['2026-12-01', '2026-12-02'])).toEqual(['not_enough']);
    expect(reasons([credit({ unit: 'points', remaining: 1 })], ['2026-12-01', '2026-12-02'])).toEqual([
      'not_enough',
    ]);
    expect(reasons([credit({ weekType: 'holiday' }), credit({ id: CREDIT_B, remaining: 10 })])).toEqual([
      'week_type',
      'not_enough',
    ]);
  });
});

describe('the payment chosen', () => {
  const offers = creditOffers(
    withCredits(optionsFor([{ date: '2026-12-01' }]), NOORTJE, OCHTEND, [
      creditOption({ creditId: CREDIT_B }),
      creditOption({ creditId: CREDIT_A }),
    ]),
    NOORTJE,
    ochtend(['2026-12-01']),
  );

  it('suggests the first credit until the parent chooses, and falls back when a choice is no longer offered', () => {
    expect(paymentValueOf(undefined, offers)).toBe(CREDIT_B);
    expect(paymentValueOf('invoice', offers)).toBe('invoice');
    expect(paymentValueOf(CREDIT_A, offers)).toBe(CREDIT_A);
    expect(paymentValueOf(CREDIT_A, [])).toBe('invoice');
    expect(paymentValueOf('gone', offers)).toBe(CREDIT_B);
  });

  it('sends a credit or the invoice', () => {
    expect(paymentOf('invoice')).toEqual({ method: 'invoice' });
    expect(paymentOf(CREDIT_A)).toEqual({ method: 'credit', creditId: CREDIT_A });
  });
});
