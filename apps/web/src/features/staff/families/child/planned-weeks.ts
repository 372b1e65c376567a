import type { LocalDate, PlannedCareDay } from '@nestje/contract';
import { addDays } from '../../../parent/agenda/dates.ts';

export interface PlannedWeek {
  /** The Monday the week starts on. */
  monday: LocalDate;
  days: PlannedCareDay[];
}

/** The Monday of a date's ISO week; computed on noon UTC so no time zone moves the day. */
export function mondayOf(date: LocalDate): LocalDate {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * Every week that touches `from`…`to`, each with its planned days in order: a week without care is listed too, so
 * a gap in the planning shows as such.
 */
export function plannedWeeks(from: LocalDate, to: LocalDate, days: PlannedCareDay[]): PlannedWeek[] {
  const weeks: PlannedWeek[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7))
    weeks.push({ monday, days: [] });
  for (const day of days) {
    const week = weeks.find((w) => w.monday === mondayOf(day.date));
    week?.days.push(day);
  }
  return weeks;
}
