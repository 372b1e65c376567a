import type { SwapChild, SwapOptions } from '@nestje/contract';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import {
  canAssessAsWhole,
  chosenSwaps,
  durationText,
  emptySwapForm,
  giveKey,
  lapseMinutes,
  lapseText,
  partKey,
  type SwapFormValues,
  swapBody,
  swapFormPathOf,
  swapProblems,
  swapsLeft,
  type WantedPart,
} from './swap-form.ts';
import { lineKindText, lineLapseText } from './swap-line.ts';

const t = i18n.t;
const TODAY = '2027-03-01';
const GROUP = '00000000-0000-4000-8000-000000000001';
const AFTERNOON = '00000000-0000-4000-8000-000000000002';
const MORNING = '00000000-0000-4000-8000-000000000003';
const DAY = '00000000-0000-4000-8000-000000000004';

function child(id: string, firstName: string, extra: Partial<SwapChild> = {}): SwapChild {
  return {
    childId: id,
    firstName,
    lastName: 'de Vries',
    swapsUsed: 1,
    swapsPerYear: 12,
    windowFrom: '2027-02-08',
    windowTo: '2027-04-05',
    parts: [
      {
        groupId: GROUP,
        groupName: 'Hamsters verticaal',
        careProductId: AFTERNOON,
        productName: 'Middag',
        startTime: '12:30',
        endTime: '18:30',
        unavailable: null,
      },
    ],
    ...extra,
  };
}

const NOORTJE = child('00000000-0000-4000-8000-00000000000a', 'Noortje');
const TIES = child('00000000-0000-4000-8000-00000000000b', 'Ties');
const OPTIONS: SwapOptions = { date: '2027-03-08', children: [NOORTJE, TIES] };
const afternoon = NOORTJE.parts[0] as SwapChild['parts'][number];

const WANTED: Record<string, WantedPart> = {
  [`${GROUP}:${MORNING}`]: {
    groupId: GROUP,
    careProductId: MORNING,
    name: 'Incidentele ochtend',
    startTime: '07:30',
    endTime: '13:00',
  },
  [`${GROUP}:${DAY}`]: {
    groupId: GROUP,
    careProductId: DAY,
    name: 'Incidentele hele dag',
    startTime: '07:30',
    endTime: '18:30',
  },
};

function form(overrides: Partial<SwapFormValues> = {}): SwapFormValues {
  return {
    ...emptySwapForm(),
    giveDate: '2027-03-08',
    gives: { [NOORTJE.childId]: [partKey(afternoon)] },
    wantedDates: { [NOORTJE.childId]: '2027-03-09' },
    takes: { [giveKey(NOORTJE.childId, afternoon)]: `${GROUP}:${MORNING}` },
    ...overrides,
  };
}

const problemsOf = (values: SwapFormValues) =>
  swapProblems(values, chosenSwaps(values, OPTIONS), (swap) => WANTED[swap.take], TODAY);

describe('what lapses in a swap', () => {
  it('is the given-up time minus the wanted time, and null when the wanted time is longer', () => {
    expect(lapseMinutes(afternoon, { startTime: '07:30', endTime: '13:00' })).toBe(30);
    expect(lapseMinutes(afternoon, { startTime: '13:00', endTime: '19:00' })).toBe(0);
    expect(lapseMinutes(afternoon, { startTime: '07:30', endTime: '18:30' })).toBeNull();
  });

  it('says it in words', () => {
    expect(lapseText(t, 30)).toBe('De overige 30 minuten vervalt');
    expect(lapseText(t, 90)).toBe('De overige 1 uur 30 vervalt');
    expect(lapseText(t, 120)).toBe('De overige 2 uur vervalt');
    expect(lapseText(t, 0)).toBeNull();
    expect(lapseText(t, null)).toBeNull();
    expect(durationText(t, 1)).toBe('1 minuut');
    expect(durationText(t, 65)).toBe('1 uur 05');
  });

  it('names the swap lines in the overview', () => {
    expect(lineKindText(t, { kind: 'swap', role: 'give' })).toBe('Ruildag · geeft op');
    expect(lineKindText(t, { kind: 'swap', role: 'take' })).toBe('Ruildag · wil');
    expect(lineKindText(t, { kind: 'extra', role: 'extra' })).toBe('Extra opvang');
    expect(lineLapseText(t, { role: 'take', lapseMinutes: 90 })).toBe('vervalt: 1 uur 30');
    expect(lineLapseText(t, { role: 'give', lapseMinutes: null })).toBeNull();
  });
});

describe('the swap form', () => {
  it('accepts a shorter wanted day part and builds the body', () => {
    const values = form({ comment: '  oma  ' });
    expect(problemsOf(values)).toEqual({});
    expect(swapBody(values, chosenSwaps(values, OPTIONS))).toEqual({
      swaps: [
        {
          childId: NOORTJE.childId,
          give: { groupId: GROUP, careProductId: AFTERNOON, date: '2027-03-08', startTime: '12:30' },
          take: { groupId: GROUP, careProductId: MORNING, date: '2027-03-09' },
        },
      ],
      assessAsWhole: false,
      expiresOn: null,
      comment: 'oma',
    });
  });

  it('refuses a longer wanted day part, a missing one and nothing chosen', () => {
    const key = giveKey(NOORTJE.childId, afternoon);
    expect(problemsOf(form({ takes: { [key]: `${GROUP}:${DAY}` } }))).toEqual({
      [`take.${key}`]: 'take_longer',
    });
    expect(problemsOf(form({ takes: {} }))).toEqual({ [`take.${key}`]: 'take_required' });
    expect(problemsOf(form({ gives: {} }))).toEqual({ gives: 'nothing_chosen' });
  });

  it('keeps the wanted date in the window and off the given-up date', () => {
    const at = (date: string) => problemsOf(form({ wantedDates: { [NOORTJE.childId]: date } }));
    expect(at('2027-03-08')).toEqual({ [`wantedDate.${NOORTJE.childId}`]: 'same_date' });
    expect(at('2027-05-01')).toEqual({ [`wantedDate.${NOORTJE.childId}`]: 'outside_window' });
    expect(at('')).toEqual({ [`wantedDate.${NOORTJE.childId}`]: 'required' });
  });

  it('counts the swaps left and refuses when there are none', () => {
    expect(swapsLeft({ swapsUsed: 3, swapsPerYear: 12 })).toBe(9);
    expect(swapsLeft({ swapsUsed: 13, swapsPerYear: 12 })).toBe(0);
    const used = { date: OPTIONS.date, children: [child(NOORTJE.childId, 'Noortje', { swapsUsed: 12 })] };
    const values = form();
    expect(
      swapProblems(values, chosenSwaps(values, used), (swap) => WANTED[swap.take], TODAY)[
        `swaps.${NOORTJE.childId}`
      ],
    ).toBe('swaps_exhausted');
  });

  it('skips day parts that cannot be given up', () => {
    const absent = child(NOORTJE.childId, 'Noortje', { parts: [{ ...afternoon, unavailable: 'absent' }] });
    expect(chosenSwaps(form(), { date: OPTIONS.date, children: [absent] })).toEqual([]);
  });

  it('offers "Als geheel beoordelen" only for several children', () => {
    const one = form({ assessAsWhole: true });
    expect(canAssessAsWhole(chosenSwaps(one, OPTIONS))).toBe(false);
    expect(swapBody(one, chosenSwaps(one, OPTIONS)).assessAsWhole).toBe(false);
    const two = form({
      assessAsWhole: true,
      gives: { [NOORTJE.childId]: [partKey(afternoon)], [TIES.childId]: [partKey(afternoon)] },
      wantedDates: { [NOORTJE.childId]: '2027-03-09', [TIES.childId]: '2027-03-10' },
      takes: {
        [giveKey(NOORTJE.childId, afternoon)]: `${GROUP}:${MORNING}`,
        [giveKey(TIES.childId, afternoon)]: `${GROUP}:${MORNING}`,
      },
    });
    expect(problemsOf(two)).toEqual({});
    expect(swapBody(two, chosenSwaps(two, OPTIONS)).assessAsWhole).toBe(true);
  });

  it('bounds the expiry date by tomorrow and the first date of the swap', () => {
    expect(problemsOf(form({ expiresOn: TODAY })).expiresOn).toBe('before_tomorrow');
    expect(problemsOf(form({ expiresOn: '2027-03-09' })).expiresOn).toBe('after_last_date');
    expect(problemsOf(form({ expiresOn: '2027-03-05' })).expiresOn).toBeUndefined();
  });

  it('puts the server’s field errors on the form', () => {
    const values = form();
    const body = swapBody(values, chosenSwaps(values, OPTIONS));
    const key = giveKey(NOORTJE.childId, afternoon);
    expect(swapFormPathOf('swaps.0.give', body)).toBe(`give.${key}`);
    expect(swapFormPathOf('swaps.0.take.date', body)).toBe(`wantedDate.${NOORTJE.childId}`);
    expect(swapFormPathOf('swaps.0.take.careProductId', body)).toBe(`take.${key}`);
    expect(swapFormPathOf('swaps.0', body)).toBe(`swaps.${NOORTJE.childId}`);
    expect(swapFormPathOf('expiresOn', body)).toBe('expiresOn');
  });
});
