import type { SwapChild, SwapOptions } from '@nestje/contract';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import {
  canAssessAsWhole,
  chosenSwaps,
  emptySwapForm,
  giveDatesOf,
  giveDatesProblems,
  giveKey,
  partKey,
  type SwapFormValues,
  swapBody,
  swapFormPathOf,
  swapProblems,
  swapsOverLimit,
  type WantedPart,
} from './swap-form.ts';

// "Ruildag aanvragen" for a period: the day parts of several dates, each with its own wanted date and day part.

const t = i18n.t;
const TODAY = '2027-03-01';
const GROUP = '00000000-0000-4000-8000-000000000001';
const AFTERNOON = '00000000-0000-4000-8000-000000000002';
const MORNING = '00000000-0000-4000-8000-000000000003';
const NOORTJE_ID = '00000000-0000-4000-8000-00000000000a';
const TIES_ID = '00000000-0000-4000-8000-00000000000b';

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

const afternoon = child(NOORTJE_ID, 'Noortje').parts[0] as SwapChild['parts'][number];
const MONDAY = '2027-03-08';
const WEDNESDAY = '2027-03-10';
const day = (date: string, children: SwapChild[]): SwapOptions => ({ date, children });
const OPTIONS = [
  day(MONDAY, [child(NOORTJE_ID, 'Noortje'), child(TIES_ID, 'Ties')]),
  day('2027-03-09', [child(NOORTJE_ID, 'Noortje', { parts: [] })]),
  day(WEDNESDAY, [child(NOORTJE_ID, 'Noortje'), child(TIES_ID, 'Ties')]),
];
const morning: WantedPart = {
  groupId: GROUP,
  careProductId: MORNING,
  name: 'Incidentele ochtend',
  startTime: '07:30',
  endTime: '13:00',
};
const wanted = () => morning;
const mondayKey = giveKey(NOORTJE_ID, afternoon, MONDAY);
const wednesdayKey = giveKey(NOORTJE_ID, afternoon, WEDNESDAY);

/** Noortje gives up Monday's and Wednesday's afternoon, for Tuesday's and Thursday's morning. */
function form(overrides: Partial<SwapFormValues> = {}): SwapFormValues {
  return {
    ...emptySwapForm(),
    mode: 'period',
    giveDate: MONDAY,
    giveTo: WEDNESDAY,
    gives: { [NOORTJE_ID]: [partKey(afternoon, MONDAY), partKey(afternoon, WEDNESDAY)] },
    wantedDates: { [mondayKey]: '2027-03-09', [wednesdayKey]: '2027-03-11' },
    takes: { [mondayKey]: `${GROUP}:${MORNING}`, [wednesdayKey]: `${GROUP}:${MORNING}` },
    ...overrides,
  };
}

describe('the period to give up', () => {
  it('holds every date from the first to the last, at most 14', () => {
    expect(giveDatesOf(form())).toEqual([MONDAY, '2027-03-09', WEDNESDAY]);
    expect(giveDatesOf(form({ mode: 'date' }))).toEqual([MONDAY]);
    expect(giveDatesOf(form({ giveTo: '2027-03-21' }))).toHaveLength(14);
    expect(giveDatesProblems(form({ giveTo: '2027-03-22' }))).toEqual({ giveTo: 'too_long' });
    expect(giveDatesProblems(form({ giveTo: '2027-03-07' }))).toEqual({ giveTo: 'date_order' });
    expect(giveDatesProblems(form({ giveTo: '' }))).toEqual({ giveTo: 'required' });
    expect(giveDatesOf(form({ giveTo: '2027-03-22' }))).toEqual([]);
  });
});

describe('a swap over a period', () => {
  it('sends two given-up dates as two swap items, each with its own wanted date', () => {
    const values = form();
    const chosen = chosenSwaps(values, OPTIONS);
    expect(swapProblems(values, chosen, wanted, TODAY)).toEqual({});
    expect(swapBody(values, chosen).swaps).toEqual([
      {
        childId: NOORTJE_ID,
        give: { groupId: GROUP, careProductId: AFTERNOON, date: MONDAY, startTime: '12:30' },
        take: { groupId: GROUP, careProductId: MORNING, date: '2027-03-09' },
      },
      {
        childId: NOORTJE_ID,
        give: { groupId: GROUP, careProductId: AFTERNOON, date: WEDNESDAY, startTime: '12:30' },
        take: { groupId: GROUP, careProductId: MORNING, date: '2027-03-11' },
      },
    ]);
  });

  it('checks each wanted date against its own given-up date', () => {
    const values = form({ wantedDates: { [mondayKey]: '2027-03-09', [wednesdayKey]: WEDNESDAY } });
    expect(swapProblems(values, chosenSwaps(values, OPTIONS), wanted, TODAY)).toEqual({
      [`wantedDate.${wednesdayKey}`]: 'same_date',
    });
  });

  it('counts the yearly maximum per child over the whole request and says so before submitting', () => {
    const nearlyUsed = OPTIONS.map((d) => ({
      ...d,
      children: d.children.map((c) => ({ ...c, swapsUsed: 11 })),
    }));
    const values = form();
    const chosen = chosenSwaps(values, nearlyUsed);
    expect([...swapsOverLimit(chosen).values()]).toEqual([
      { child: expect.objectContaining({ childId: NOORTJE_ID }), chosen: 2, left: 1 },
    ]);
    expect(swapProblems(values, chosen, wanted, TODAY)).toEqual({
      [`swaps.${NOORTJE_ID}`]: 'swaps_exhausted',
    });
    expect(t('swap.overLimit', { child: 'Noortje', count: 2, left: 1 })).toBe(
      'Noortje: je kiest 2 ruildagen, er zijn er dit jaar nog 1 over.',
    );
    // swapsUsed + chosen = swapsPerYear is allowed.
    const justFits = nearlyUsed.map((d) => ({
      ...d,
      children: d.children.map((c) => ({ ...c, swapsUsed: 10 })),
    }));
    expect(swapsOverLimit(chosenSwaps(values, justFits)).size).toBe(0);
  });

  it('offers "Als geheel beoordelen" only when all given-up day parts are on one date', () => {
    const twoChildren = (tiesDate: string) => {
      const key = giveKey(TIES_ID, afternoon, tiesDate);
      return form({
        assessAsWhole: true,
        gives: { [NOORTJE_ID]: [partKey(afternoon, MONDAY)], [TIES_ID]: [partKey(afternoon, tiesDate)] },
        wantedDates: { [mondayKey]: '2027-03-09', [key]: '2027-03-11' },
        takes: { [mondayKey]: `${GROUP}:${MORNING}`, [key]: `${GROUP}:${MORNING}` },
      });
    };
    const sameDate = twoChildren(MONDAY);
    expect(canAssessAsWhole(chosenSwaps(sameDate, OPTIONS))).toBe(true);
    expect(swapBody(sameDate, chosenSwaps(sameDate, OPTIONS)).assessAsWhole).toBe(true);
    const twoDates = twoChildren(WEDNESDAY);
    expect(canAssessAsWhole(chosenSwaps(twoDates, OPTIONS))).toBe(false);
    expect(swapBody(twoDates, chosenSwaps(twoDates, OPTIONS)).assessAsWhole).toBe(false);
  });

  it('puts the server’s field errors on the day part of their date', () => {
    const values = form();
    const body = swapBody(values, chosenSwaps(values, OPTIONS));
    expect(swapFormPathOf('swaps.1.take.date', body, true)).toBe(`wantedDate.${wednesdayKey}`);
    expect(swapFormPathOf('swaps.1.take.careProductId', body, true)).toBe(`take.${wednesdayKey}`);
    expect(swapFormPathOf('swaps.0.give', body, true)).toBe(`give.${mondayKey}`);
  });
});
