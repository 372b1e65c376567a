import { describe, expect, it } from 'vitest';
import {
  checkOpeningDay,
  copyTimesToOpenDays,
  defaultOpeningDayRows,
  fromOpeningDayRows,
  openingHoursFormPath,
  summariseOpeningHours,
  summariseWeekdays,
  toOpeningDayRows,
} from './opening-hours.ts';

const fromApi = [
  { weekday: 3, opensAt: '08:00', closesAt: '12:30' },
  { weekday: 1, opensAt: '07:00:00', closesAt: '18:00:00' },
];

describe('opening hours editor model', () => {
  it('has a row for each weekday; days the API leaves out are closed', () => {
    const rows = toOpeningDayRows(fromApi);
    expect(rows.map((row) => row.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows.map((row) => row.open)).toEqual([true, false, true, false, false, false, false]);
    expect(rows[0]).toEqual({ weekday: 1, open: true, opensAt: '07:00', closesAt: '18:00' });
  });

  it('sends only the open days, in weekday order, without the editor’s own fields', () => {
    const rows = toOpeningDayRows(fromApi);
    expect(fromOpeningDayRows(rows)).toEqual([
      { weekday: 1, opensAt: '07:00', closesAt: '18:00' },
      { weekday: 3, opensAt: '08:00', closesAt: '12:30' },
    ]);
  });

  it('keeps a closed day’s times, so opening it again restores them', () => {
    const rows = toOpeningDayRows(fromApi).map((row) => (row.weekday === 3 ? { ...row, open: false } : row));
    expect(fromOpeningDayRows(rows)).toHaveLength(1);
    const reopened = rows.map((row) => (row.weekday === 3 ? { ...row, open: true } : row));
    expect(fromOpeningDayRows(reopened)[1]).toEqual({ weekday: 3, opensAt: '08:00', closesAt: '12:30' });
  });

  it('starts a new group open on weekdays and closed at the weekend', () => {
    expect(fromOpeningDayRows(defaultOpeningDayRows()).map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5]);
  });

  it('copies one day’s times to the other open days only', () => {
    const rows = copyTimesToOpenDays(toOpeningDayRows(fromApi), 3);
    expect(rows[0]).toMatchObject({ opensAt: '08:00', closesAt: '12:30' });
    expect(rows[1]).toMatchObject({ open: false, opensAt: '07:30', closesAt: '18:30' });
  });

  it('checks open days: times filled in, well formed, closing after opening', () => {
    const day = { weekday: 1 as const, open: true, opensAt: '08:00', closesAt: '18:00' };
    expect(checkOpeningDay(day)).toEqual({});
    expect(checkOpeningDay({ ...day, closesAt: '08:00' })).toEqual({ closesAt: 'time_order' });
    expect(checkOpeningDay({ ...day, closesAt: '07:59' })).toEqual({ closesAt: 'time_order' });
    expect(checkOpeningDay({ ...day, opensAt: '' })).toEqual({ opensAt: 'required' });
    expect(checkOpeningDay({ ...day, opensAt: '8:00' })).toEqual({ opensAt: 'invalid_format' });
    expect(checkOpeningDay({ ...day, open: false, closesAt: '07:00' })).toEqual({});
  });

  it('points an API error about the n-th day sent at that weekday’s row', () => {
    // Monday and Wednesday are open: the second day sent (index 1) is Wednesday, row 2.
    const rows = toOpeningDayRows(fromApi);
    expect(openingHoursFormPath('openingHours.1.closesAt', rows)).toBe('openingHours.2.closesAt');
    expect(openingHoursFormPath('openingHours.0.opensAt', rows)).toBe('openingHours.0.opensAt');
    expect(openingHoursFormPath('openingHours.1', rows)).toBe('openingHours.2.closesAt');
    expect(openingHoursFormPath('openingHours.5.closesAt', rows)).toBe('openingHours');
    expect(openingHoursFormPath('name', rows)).toBe('name');
  });
});

describe('opening hours in a list', () => {
  const short = (weekday: number) => ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'][weekday - 1] ?? '?';
  const day = (weekday: number, opensAt = '07:30', closesAt = '18:30') => ({ weekday, opensAt, closesAt });

  it('joins consecutive days with the same times', () => {
    expect(
      summariseOpeningHours(
        [1, 2, 3, 4, 5].map((d) => day(d)),
        short,
      ),
    ).toEqual(['ma–vr 07:30–18:30']);
  });

  it('breaks a span at a closed day or other times', () => {
    const hours = [day(5, '07:00'), day(1), day(2), day(4), day(6, '09:00', '12:00')];
    expect(summariseOpeningHours(hours, short)).toEqual([
      'ma–di 07:30–18:30',
      'do 07:30–18:30',
      'vr 07:00–18:30',
      'za 09:00–12:00',
    ]);
  });

  it('says nothing for a group without opening hours', () => {
    expect(summariseOpeningHours([], short)).toEqual([]);
  });
});

describe('weekdays in a list', () => {
  const short = (weekday: number) => ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'][weekday - 1] ?? '?';

  it('writes three or more days in a row as a range, fewer one by one', () => {
    expect(summariseWeekdays([5, 1, 2, 3, 4], short)).toBe('ma–vr');
    expect(summariseWeekdays([1, 3, 4, 5], short)).toBe('ma, wo–vr');
    expect(summariseWeekdays([1, 2, 6, 7], short)).toBe('ma, di, za, zo');
    expect(summariseWeekdays([3], short)).toBe('wo');
  });
});
