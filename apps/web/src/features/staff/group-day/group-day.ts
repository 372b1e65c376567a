import type {
  AbsenceReason,
  GroupDay,
  GroupDayOccupancy,
  GroupDayPart,
  LocalDate,
  Group as StaffGroup,
} from '@nestje/contract';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `date` moved by `days` calendar days (computed at noon UTC, so no clock change shifts the day). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether `text` is a real calendar date written as `YYYY-MM-DD`. */
export function isLocalDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T12:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/**
 * The group and date to show: those in the address when they are valid (the group among those the account
 * sees), else the first group and today.
 */
export function chooseView(
  params: { group: string | null; date: string | null },
  groups: readonly Pick<StaffGroup, 'id'>[],
  today: LocalDate,
): { groupId: string | null; date: LocalDate } {
  const date = params.date && isLocalDate(params.date) ? params.date : today;
  const known = groups.some((group) => group.id === params.group);
  return { groupId: known ? params.group : (groups[0]?.id ?? null), date };
}

/** The groups for the group select, by location then name, as Mantine's grouped options. */
export function groupOptions(groups: readonly Pick<StaffGroup, 'id' | 'name' | 'locationName'>[]) {
  const byLocation = new Map<string, { value: string; label: string }[]>();
  const sorted = [...groups].sort(
    (a, b) => a.locationName.localeCompare(b.locationName, 'nl') || a.name.localeCompare(b.name, 'nl'),
  );
  for (const group of sorted) {
    const items = byLocation.get(group.locationName) ?? [];
    items.push({ value: group.id, label: group.name });
    byLocation.set(group.locationName, items);
  }
  return [...byLocation].map(([group, items]) => ({ group, items }));
}

/** One row of a day part's table: a child's day part that falls (partly) in it. */
export interface DayPartRow {
  childId: string;
  name: string;
  part: GroupDayPart;
}

/** Times are `HH:MM`: they compare as text. Presence is half-open, [start, end). */
const overlaps = (part: GroupDayPart, slot: GroupDayOccupancy) =>
  part.startTime < slot.endTime && part.endTime > slot.startTime;

/** The children's day parts that overlap the day part `slot`, by start time and name. */
export function rowsOfDayPart(day: GroupDay, slot: GroupDayOccupancy): DayPartRow[] {
  const rows: DayPartRow[] = [];
  for (const child of day.children) {
    for (const part of child.parts) {
      if (overlaps(part, slot)) rows.push({ childId: child.childId, name: child.name, part });
    }
  }
  return rows.sort(
    (a, b) =>
      a.part.startTime.localeCompare(b.part.startTime) ||
      a.name.localeCompare(b.name, 'nl') ||
      a.part.endTime.localeCompare(b.part.endTime),
  );
}

/** What a row's status says: expected, absent (with the reason), or an open request not yet decided. */
export type RowStatus =
  | { kind: 'expected' }
  | { kind: 'absent'; reason: AbsenceReason }
  | { kind: 'pending' };

export function rowStatus(part: GroupDayPart): RowStatus {
  if (part.absence) return { kind: 'absent', reason: part.absence.reason };
  return part.kind === 'pending' ? { kind: 'pending' } : { kind: 'expected' };
}

/** The day in numbers: children expected (at least one day part not absent), absent (all of them), with options. */
export function daySummary(day: GroupDay): { expected: number; absent: number; pending: number } {
  let expected = 0;
  let absent = 0;
  let pending = 0;
  for (const child of day.children) {
    const planned = child.parts.filter((part) => part.kind !== 'pending');
    if (planned.some((part) => part.absence === null)) expected++;
    else if (planned.length > 0) absent++;
    if (child.parts.some((part) => part.kind === 'pending')) pending++;
  }
  return { expected, absent, pending };
}

/** How full a day part is: `full` at or over capacity, `tight` when the options would not all fit. */
export function occupancyLevel(slot: Pick<GroupDayOccupancy, 'confirmed' | 'pending' | 'capacity'>) {
  if (slot.confirmed >= slot.capacity) return 'full' as const;
  if (slot.confirmed + slot.pending > slot.capacity) return 'tight' as const;
  return 'free' as const;
}
