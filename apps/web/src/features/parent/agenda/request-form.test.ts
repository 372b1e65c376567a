import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { CREDIT_A, creditOption, withCredits } from '../credits/test-data.ts';
import { type DateRefusal, summariseOptions } from './option-summary.ts';
import { cancelRefusalText, refusalText } from './reasons.ts';
import {
  assessAsWholeBlock,
  chosenOptions,
  emptyRequestForm,
  expiryProblem,
  formPathOf,
  periodProblems,
  policyLines,
  type RequestFormValues,
  requestBody,
  totalPriceCents,
} from './request-form.ts';
import {
  FLORIS,
  HAMSTERS,
  KORTE_MIDDAG,
  NOORTJE,
  OCHTEND,
  optionsFor,
  POLICY,
  requestLine,
  TIES,
} from './test-data.ts';

const t = i18n.t;
const form = (values: Partial<RequestFormValues>): RequestFormValues => ({
  ...emptyRequestForm(),
  ...values,
});

describe('the option summary of a period', () => {
  const options = optionsFor([
    { date: '2026-12-01' },
    { date: '2026-12-02', ochtend: ['planned'], planned: true },
    { date: '2026-12-03', ochtend: ['closed'] },
  ]);
  const [noortje, ties] = summariseOptions(options);

  it('says on how many dates a day part is possible, which not and why, and prices the possible ones', () => {
    const ochtend = noortje?.groups[0]?.options.find((o) => o.name === 'Incidentele ochtend');
    expect(ochtend?.possibleDates).toEqual(['2026-12-01']);
    expect(ochtend?.priceCents).toBe(5786);
    expect(ochtend?.refusals.map((r) => [r.date, r.reasons[0]])).toEqual([
      ['2026-12-02', 'planned'],
      ['2026-12-03', 'closed'],
    ]);
    expect(noortje?.groups[0]?.planned.map((p) => p.date)).toEqual(['2026-12-02']);
    expect(ties?.groups[0]?.options.map((o) => o.possibleDates.length)).toEqual([0, 3]);
  });

  it('gives every reason in words, concrete where it can be', () => {
    const base: DateRefusal = {
      date: '2026-12-01',
      reasons: [],
      weekType: 'school',
      closed: null,
      requestDeadline: null,
    };
    const text = (refusal: Partial<DateRefusal>) => refusalText(t, { ...base, ...refusal }, 'nl', POLICY);
    expect(text({ reasons: ['full'] })).toBe('Vol');
    expect(text({ reasons: ['week_type'] })).toBe('Alleen in vakantieweken');
    expect(text({ reasons: ['week_type'], weekType: 'holiday' })).toBe('Alleen in schoolweken');
    expect(text({ reasons: ['too_far', 'full'] })).toBe('Verder vooruit dan 60 dagen');
    expect(text({ reasons: ['closed'], closed: 'Tweede Kerstdag' })).toBe('Gesloten: Tweede Kerstdag');
    expect(text({ reasons: ['too_late'], requestDeadline: '2026-11-30T07:30:00+01:00' })).toBe(
      'Te laat: aanvragen kon tot ma 30 nov 07:30',
    );
    expect(text({ reasons: [] })).toBe('Niet aangeboden');
  });
});

describe('the request form’s rules', () => {
  const options = optionsFor([{ date: '2026-12-01' }]);
  const children = summariseOptions(options);
  const values = form({
    from: '2026-12-01',
    choices: { [NOORTJE]: `${HAMSTERS}:${OCHTEND}`, [TIES]: `${FLORIS}:${KORTE_MIDDAG}` },
  });

  it('checks the dates: one filled in, a period in order and at most 31 days', () => {
    expect(periodProblems(form({}))).toEqual({ from: 'required' });
    expect(periodProblems(form({ from: '2026-12-01' }))).toEqual({});
    expect(periodProblems(form({ mode: 'period', from: '2026-12-01', to: '2026-11-30' }))).toEqual({
      to: 'date_order',
    });
    expect(periodProblems(form({ mode: 'period', from: '2026-12-01', to: '2026-12-31' }))).toEqual({});
    expect(periodProblems(form({ mode: 'period', from: '2026-12-01', to: '2027-01-01' }))).toEqual({
      to: 'too_long',
    });
  });

  it('offers "als geheel beoordelen" only for one date with a chosen child', () => {
    expect(assessAsWholeBlock(values, 2)).toBeNull();
    expect(assessAsWholeBlock(values, 0)).toBe('no_child');
    expect(assessAsWholeBlock({ ...values, mode: 'period', to: '2026-12-03' }, 2)).toBe('period');
  });

  it('lets the request expire from tomorrow up to the last requested date', () => {
    expect(expiryProblem({ ...values, expiresOn: '' }, '2026-11-23')).toBeNull();
    expect(expiryProblem({ ...values, expiresOn: '2026-11-23' }, '2026-11-23')).toBe('before_tomorrow');
    expect(expiryProblem({ ...values, expiresOn: '2026-11-24' }, '2026-11-23')).toBeNull();
    expect(expiryProblem({ ...values, expiresOn: '2026-12-02' }, '2026-11-23')).toBe('after_last_date');
  });

  it('builds the body of the chosen children, adds up the price and maps errors back to the child', () => {
    const chosen = chosenOptions(values, children);
    expect(totalPriceCents(chosen)).toBe(5786 + 4640);
    const body = requestBody({ ...values, assessAsWhole: true, comment: '  graag  ' }, chosen);
    expect(body).toEqual({
      kind: 'extra',
      bookings: [
        {
          from: '2026-12-01',
          to: '2026-12-01',
          children: [
            { childId: NOORTJE, groupId: HAMSTERS, careProductId: OCHTEND, payment: { method: 'invoice' } },
            { childId: TIES, groupId: FLORIS, careProductId: KORTE_MIDDAG, payment: { method: 'invoice' } },
          ],
        },
      ],
      assessAsWhole: true,
      expiresOn: null,
      comment: 'graag',
    });
    expect(formPathOf('bookings.0.children.1.careProductId', body)).toBe(`choices.${TIES}`);
    expect(formPathOf('expiresOn', body)).toBe('expiresOn');
    // "Geen" leaves a child out; a period never goes as a whole.
    const one = chosenOptions(
      { ...values, choices: { [NOORTJE]: '', [TIES]: `${FLORIS}:${KORTE_MIDDAG}` } },
      children,
    );
    expect(one.map((c) => c.childId)).toEqual([TIES]);
  });

  it('pays with the suggested credit unless the parent chooses otherwise, and maps payment errors back', () => {
    const withCredit = withCredits(options, NOORTJE, OCHTEND, [creditOption()]);
    const kids = summariseOptions(withCredit);
    const chosen = chosenOptions(values, kids, withCredit);
    expect(chosen.map((c) => c.payment)).toEqual([CREDIT_A, 'invoice']);
    expect(chosen[0]?.offers.map((o) => o.after)).toEqual([150]);
    // What a credit pays is not invoiced.
    expect(totalPriceCents(chosen)).toBe(4640);
    const body = requestBody(values, chosen);
    expect(body.bookings[0]?.children.map((c) => c.payment)).toEqual([
      { method: 'credit', creditId: CREDIT_A },
      { method: 'invoice' },
    ]);
    expect(formPathOf('bookings.0.children.0.payment', body)).toBe(`payments.${NOORTJE}`);
    expect(formPathOf('bookings.0.children.0.payment.creditId', body)).toBe(`payments.${NOORTJE}`);
    const invoiced = chosenOptions({ ...values, payments: { [NOORTJE]: 'invoice' } }, kids, withCredit);
    expect(invoiced.map((c) => c.payment)).toEqual(['invoice', 'invoice']);
  });

  it('states the policy once when all groups share it, per group otherwise', () => {
    expect(policyLines(options, children)).toEqual([{ groupName: null, policy: POLICY }]);
    const differing = {
      ...options,
      policies: [options.policies[0], { ...options.policies[1], minLeadHours: 48 }],
    };
    expect(policyLines(differing as typeof options, children).map((l) => l.groupName)).toEqual([
      'Floris',
      'Hamsters verticaal',
    ]);
  });
});

describe('why a line cannot be cancelled', () => {
  it('names the deadline, or that it was assessed; nothing when allowed or already ended', () => {
    expect(cancelRefusalText(t, requestLine(), 'nl')).toBeNull();
    const late = requestLine({
      cancel: { allowed: false, refusal: 'deadline_passed', deadline: '2026-11-30T07:30:00+01:00' },
    });
    expect(cancelRefusalText(t, late, 'nl')).toBe('Annuleren kon tot ma 30 nov 07:30');
    const approved = requestLine({
      status: 'approved',
      cancel: { allowed: false, refusal: 'not_pending', deadline: null },
    });
    expect(cancelRefusalText(t, approved, 'nl')).toBe('Al beoordeeld');
    const cancelled = requestLine({
      status: 'cancelled',
      cancel: { allowed: false, refusal: 'not_pending', deadline: null },
    });
    expect(cancelRefusalText(t, cancelled, 'nl')).toBeNull();
  });
});
