import { describe, expect, it } from 'vitest';
import {
  addDays,
  chooseView,
  daySummary,
  groupOptions,
  isLocalDate,
  occupancyLevel,
  rowStatus,
  rowsOfDayPart,
} from './group-day.ts';
import { testDay } from './test-day.ts';

describe('dates', () => {
  it('moves by calendar days, across month ends and clock changes', () => {
    expect(addDays('2027-03-08', 1)).toBe('2027-03-09');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2026-10-25', -1)).toBe('2026-10-24');
  });

  it('knows a real date from text that only looks like one', () => {
    expect(isLocalDate('2027-03-08')).toBe(true);
    expect(isLocalDate('2027-02-30')).toBe(false);
    expect(isLocalDate('8-3-2027')).toBe(false);
    expect(isLocalDate('')).toBe(false);
  });
});

describe('chooseView', () => {
  const groups = [{ id: 'a' }, { id: 'b' }];
  it('takes the group and date of the address when they are valid', () => {
    expect(chooseView({ group: 'b', date: '2027-03-08' }, groups, '2027-01-01')).toEqual({
      groupId: 'b',
      date: '2027-03-08',
    });
  });
  it('falls back to the first group and today', () => {
    expect(chooseView({ group: 'x', date: 'nonsense' }, groups, '2027-01-01')).toEqual({
      groupId: 'a',
      date: '2027-01-01',
    });
    expect(chooseView({ group: null, date: null }, [], '2027-01-01')).toEqual({
      groupId: null,
      date: '2027-01-01',
    });
  });
});

it('lists the groups by location, then name', () => {
  expect(
    groupOptions([
      { id: '1', name: 'Vlinders', locationName: 'Leiden' },
      { id: '2', name: 'Hamsters', locationName: 'Haarlem' },
      { id: '3', name: 'Floris', locationName: 'Haarlem' },
    ]),
  ).toEqual([
    {
      group: 'Haarlem',
      items: [
        { value: '3', label: 'Floris' },
        { value: '2', label: 'Hamsters' },
      ],
    },
    { group: 'Leiden', items: [{ value: '1', label: 'Vlinders' }] },
  ]);
});

describe('a day part', () => {
  const day = testDay();
  const [wholeDay, afternoon] = day.occupancy as [
    (typeof day.occupancy)[number],
    (typeof day.occupancy)[number],
  ];

  it('holds every child whose times overlap it, by start time and name', () => {
    expect(rowsOfDayPart(day, wholeDay).map((row) => row.name)).toEqual([
      'Ties de Vries',
      'Daan Jansen',
      'Fenna Bos',
      'Noortje de Vries',
    ]);
    expect(rowsOfDayPart(day, afternoon).map((row) => row.name)).toEqual([
      'Ties de Vries',
      'Daan Jansen',
      'Fenna Bos',
      'Noortje de Vries',
    ]);
  });

  it('leaves out a child that leaves when it starts (times are half-open)', () => {
    const evening = { ...afternoon, startTime: '18:30', endTime: '19:00' };
    expect(rowsOfDayPart(day, evening)).toEqual([]);
  });

  it('says expected, absent with the reason, or requested', () => {
    const rows = rowsOfDayPart(day, afternoon);
    expect(rows.map((row) => rowStatus(row.part))).toEqual([
      { kind: 'absent', reason: 'sick' },
      { kind: 'expected' },
      { kind: 'pending' },
      { kind: 'expected' },
    ]);
  });
});

it('counts the children expected, absent and with an option', () => {
  expect(daySummary(testDay())).toEqual({ expected: 2, absent: 1, pending: 1 });
});

it('marks a day part full at its capacity and tight when the options do not fit', () => {
  expect(occupancyLevel({ confirmed: 12, pending: 0, capacity: 12 })).toBe('full');
  expect(occupancyLevel({ confirmed: 11, pending: 2, capacity: 12 })).toBe('tight');
  expect(occupancyLevel({ confirmed: 10, pending: 2, capacity: 12 })).toBe('free');
});
