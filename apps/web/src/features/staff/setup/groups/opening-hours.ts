/** ISO weekdays, Monday (1) to Sunday (7). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Opening hours of one weekday as the API sends and receives them; a weekday without an entry is closed. */
export interface OpeningHours {
  weekday: number;
  opensAt: string;
  closesAt: string;
}

/** One row of the opening-hours editor: every weekday has one, open or closed, and keeps its times when closed. */
export interface OpeningDayRow {
  weekday: Weekday;
  open: boolean;
  opensAt: string;
  closesAt: string;
}

/** Times a newly opened day starts with: a usual childcare day. */
export const DEFAULT_OPENS_AT = '07:30';
export const DEFAULT_CLOSES_AT = '18:30';

/** The editor's seven rows from the API's list; weekdays missing from the list are closed. */
export function toOpeningDayRows(hours: readonly OpeningHours[]): OpeningDayRow[] {
  return WEEKDAYS.map((weekday) => {
    const day = hours.find((entry) => entry.weekday === weekday);
    return day
      ? { weekday, open: true, opensAt: day.opensAt.slice(0, 5), closesAt: day.closesAt.slice(0, 5) }
      : { weekday, open: false, opensAt: DEFAULT_OPENS_AT, closesAt: DEFAULT_CLOSES_AT };
  });
}

/** New groups start open on weekdays and closed at the weekend. */
export function defaultOpeningDayRows(): OpeningDayRow[] {
  return WEEKDAYS.map((weekday) => ({
    weekday,
    open: weekday <= 5,
    opensAt: DEFAULT_OPENS_AT,
    closesAt: DEFAULT_CLOSES_AT,
  }));
}

/** The API's list: only the open days, in weekday order. */
export function fromOpeningDayRows(rows: readonly OpeningDayRow[]): OpeningHours[] {
  return rows
    .filter((row) => row.open)
    .sort((a, b) => a.weekday - b.weekday)
    .map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt }));
}

/** Copies the times of one day to every other open day ("same hours every day"). */
export function copyTimesToOpenDays(rows: readonly OpeningDayRow[], from: Weekday): OpeningDayRow[] {
  const source = rows.find((row) => row.weekday === from);
  if (!source) return [...rows];
  return rows.map((row) => (row.open ? { ...row, opensAt: source.opensAt, closesAt: source.closesAt } : row));
}

export type TimeCheck = 'required' | 'invalid_format' | 'time_order';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What is wrong with one open day's times, by field; closed days are never wrong. */
export function checkOpeningDay(row: OpeningDayRow): { opensAt?: TimeCheck; closesAt?: TimeCheck } {
  if (!row.open) return {};
  const problems: { opensAt?: TimeCheck; closesAt?: TimeCheck } = {};
  for (const field of ['opensAt', 'closesAt'] as const) {
    if (row[field] === '') problems[field] = 'required';
    else if (!TIME.test(row[field])) problems[field] = 'invalid_format';
  }
  // "HH:MM" strings compare in time order.
  if (!problems.opensAt && !problems.closesAt && row.closesAt <= row.opensAt)
    problems.closesAt = 'time_order';
  return problems;
}

/**
 * The editor's field for a path in the API's body: `openingHours.1.closesAt` names the second *open* day sent,
 * which is not the second weekday when a day before it is closed. Other paths stay as they are.
 */
export function openingHoursFormPath(path: string, rows: readonly OpeningDayRow[]): string {
  const match = /^openingHours\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (!match) return path;
  const sent = fromOpeningDayRows(rows)[Number(match[1])];
  if (!sent) return 'openingHours';
  const rowIndex = rows.findIndex((row) => row.weekday === sent.weekday);
  return match[2] ? `openingHours.${rowIndex}.${match[2]}` : `openingHours.${rowIndex}.closesAt`;
}

/**
 * Opening hours in a few words for a list: consecutive weekdays with the same times form one span, e.g.
 * ["ma–vr 07:30–18:30", "za 09:00–12:00"]. `dayName` gives the short name of a weekday.
 */
export function summariseOpeningHours(
  hours: readonly OpeningHours[],
  dayName: (weekday: number) => string,
): string[] {
  const days = [...hours]
    .sort((a, b) => a.weekday - b.weekday)
    .map((day) => ({ ...day, opensAt: day.opensAt.slice(0, 5), closesAt: day.closesAt.slice(0, 5) }));
  const spans: { from: number; to: number; opensAt: string; closesAt: string }[] = [];
  for (const day of days) {
    const last = spans.at(-1);
    if (
      last &&
      last.to === day.weekday - 1 &&
      last.opensAt === day.opensAt &&
      last.closesAt === day.closesAt
    ) {
      last.to = day.weekday;
    } else {
      spans.push({ from: day.weekday, to: day.weekday, opensAt: day.opensAt, closesAt: day.closesAt });
    }
  }
  return spans.map((span) => {
    const range = span.from === span.to ? dayName(span.from) : `${dayName(span.from)}–${dayName(span.to)}`;
    return `${range} ${span.opensAt}–${span.closesAt}`;
  });
}

/**
 * Weekdays in a few words: runs of three or more consecutive days as a range, e.g. "ma–vr" or "ma, wo–vr";
 * `dayName` gives the short name of a weekday.
 */
export function summariseWeekdays(weekdays: readonly number[], dayName: (weekday: number) => string): string {
  const days = [...new Set(weekdays)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) =>
      run.length >= 3 ? [`${dayName(run[0] ?? 0)}–${dayName(run.at(-1) ?? 0)}`] : run.map(dayName),
    )
    .join(', ');
}
