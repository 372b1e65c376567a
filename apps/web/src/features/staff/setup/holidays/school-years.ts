import {
  type LocalDate,
  type SchoolHoliday,
  type SchoolHolidayKind,
  schoolHolidayKinds,
} from '@nestje/contract';

/**
 * The school year a date lies in, as the reference data names it (`2026/27`): a school year runs from
 * 1 August to 31 July.
 */
export function schoolYearOf(date: LocalDate): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = month >= 8 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

export interface SchoolYearHolidays {
  schoolYear: string;
  holidays: SchoolHoliday[];
}

/**
 * The current and the next school year, each with its holidays by start date (empty when the reference data
 * has none for it yet).
 */
export function currentAndNextSchoolYear(
  holidays: readonly SchoolHoliday[],
  today: LocalDate,
): SchoolYearHolidays[] {
  const current = schoolYearOf(today);
  const next = schoolYearOf(`${Number(current.slice(0, 4)) + 1}-08-01`);
  return [current, next].map((schoolYear) => ({
    schoolYear,
    holidays: holidays
      .filter((holiday) => holiday.schoolYear === schoolYear)
      .sort((a, b) => a.startDate.localeCompare(b.startDate)),
  }));
}

/** The holidays of the year (in calendar order) that the reference data does not have yet. */
export function missingKinds(holidays: readonly SchoolHoliday[]): SchoolHolidayKind[] {
  const present = new Set(holidays.map((holiday) => holiday.kind));
  return schoolHolidayKinds.filter((kind) => !present.has(kind));
}
