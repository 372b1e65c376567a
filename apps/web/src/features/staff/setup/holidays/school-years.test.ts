import { createHolidayPeriodBodySchema, type SchoolHoliday } from '@nestje/contract';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../../i18n/index.ts';
import { validateWith } from '../../../../lib/form-errors.ts';
import { SETUP_ERRORS } from '../components/field-messages.ts';
import { currentAndNextSchoolYear, missingKinds, schoolYearOf } from './school-years.ts';

const holiday = (schoolYear: string, kind: SchoolHoliday['kind'], startDate: string): SchoolHoliday => ({
  region: 'noord',
  schoolYear,
  kind,
  startDate,
  endDate: startDate,
  verified: false,
});

describe('school years', () => {
  it('a school year runs from 1 August to 31 July', () => {
    expect(schoolYearOf('2026-07-31')).toBe('2025/26');
    expect(schoolYearOf('2026-08-01')).toBe('2026/27');
    expect(schoolYearOf('2099-12-31')).toBe('2099/00');
  });

  it('shows the current and the next school year, each by start date, even when one has no holidays yet', () => {
    const list = [
      holiday('2027/28', 'kerstvakantie', '2027-12-25'),
      holiday('2026/27', 'kerstvakantie', '2026-12-19'),
      holiday('2026/27', 'herfstvakantie', '2026-10-10'),
      holiday('2025/26', 'zomervakantie', '2026-07-04'),
    ];
    expect(
      currentAndNextSchoolYear(list, '2026-11-29').map((y) => [y.schoolYear, y.holidays.map((h) => h.kind)]),
    ).toEqual([
      ['2026/27', ['herfstvakantie', 'kerstvakantie']],
      ['2027/28', ['kerstvakantie']],
    ]);
    expect(currentAndNextSchoolYear(list, '2028-03-01').map((y) => y.holidays.length)).toEqual([1, 0]);
  });

  it('names the holidays a school year does not have yet, in calendar order', () => {
    const year = [
      holiday('2026/27', 'voorjaarsvakantie', '2027-02-20'),
      holiday('2026/27', 'herfstvakantie', '2026-10-10'),
      holiday('2026/27', 'kerstvakantie', '2026-12-19'),
    ];
    expect(missingKinds(year)).toEqual(['meivakantie', 'zomervakantie']);
    expect(missingKinds([...year, holiday('2026/27', 'meivakantie', '2027-04-24')])).toEqual([
      'zomervakantie',
    ]);
  });
});

describe('the deviation form', () => {
  it('shows an end before the start next to the end date, as the server reports it', () => {
    const values = {
      locationId: '3f1a3c52-7d0e-4c4a-9a53-2b8f0e1d2c3b',
      kind: 'holiday',
      startDate: '2027-03-12',
      endDate: '2027-03-08',
      description: 'Studieweek',
    };
    expect(validateWith(createHolidayPeriodBodySchema, values, i18n.t, SETUP_ERRORS)).toEqual({
      endDate: 'De einddatum ligt vóór de begindatum.',
    });
    expect(
      validateWith(createHolidayPeriodBodySchema, { ...values, endDate: '' }, i18n.t, SETUP_ERRORS),
    ).toEqual({
      endDate: expect.any(String),
    });
  });
});
