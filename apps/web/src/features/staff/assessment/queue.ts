import type { AssessmentLine, LocalDate, Occupancy } from '@nestje/contract';
import type { TFunction } from 'i18next';

/** The lines of one group on one date. */
export interface GroupSection {
  /** Unique within its date. */
  key: string;
  locationId: string;
  locationName: string;
  groupId: string;
  groupName: string;
  lines: AssessmentLine[];
}

/** The queue's lines of one date, by location and group. */
export interface DateSection {
  date: LocalDate;
  groups: GroupSection[];
}

const byText = (a: string, b: string) => a.localeCompare(b, 'nl');

/** Queue order: date, location, group, then start time and child, so the planner reads it like a day plan. */
export function compareLines(a: AssessmentLine, b: AssessmentLine): number {
  return (
    byText(a.date, b.date) ||
    byText(a.locationName, b.locationName) ||
    byText(a.groupName, b.groupName) ||
    byText(a.startTime, b.startTime) ||
    byText(a.childName, b.childName) ||
    byText(a.id, b.id)
  );
}

/** The pending lines grouped by date, then location and group, each in queue order. */
export function groupQueue(lines: readonly AssessmentLine[]): DateSection[] {
  const dates: DateSection[] = [];
  for (const line of [...lines].sort(compareLines)) {
    let day = dates.at(-1);
    if (day?.date !== line.date) {
      day = { date: line.date, groups: [] };
      dates.push(day);
    }
    let group = day.groups.at(-1);
    if (group?.groupId !== line.groupId) {
      group = {
        key: `${line.locationId}/${line.groupId}`,
        locationId: line.locationId,
        locationName: line.locationName,
        groupId: line.groupId,
        groupName: line.groupName,
        lines: [],
      };
      day.groups.push(group);
    }
    group.lines.push(line);
  }
  return dates;
}

/**
 * How full the group is for the line's day part: `full` when the confirmed children already fill it (approving
 * goes over capacity), `tight` when the open requests together need more places than are free, else `free`.
 */
export type OccupancyLevel = 'full' | 'tight' | 'free';

export function occupancyLevel(occupancy: Occupancy): OccupancyLevel {
  if (occupancy.confirmed >= occupancy.capacity) return 'full';
  if (occupancy.confirmed + occupancy.pending > occupancy.capacity) return 'tight';
  return 'free';
}

/** "12 van 14 bezet, 1 optie": confirmed of capacity, and the open requests (this one included). */
export function occupancyText(t: TFunction, occupancy: Occupancy): string {
  return t('assessment.occupancy.text', {
    confirmed: occupancy.confirmed,
    capacity: occupancy.capacity,
    count: occupancy.pending,
  });
}

/** The line's day part as the planner reads it: product and times, e.g. "Incidentele ochtend 07:30–13:00". */
export function dayPartText(
  t: TFunction,
  line: Pick<AssessmentLine, 'productName' | 'startTime' | 'endTime'>,
) {
  return `${line.productName} ${t('assessment.times', { start: line.startTime, end: line.endTime })}`;
}

/** A line of an "als geheel" request with other lines: rejecting it rejects them all. */
export function rejectsWholeRequest(line: Pick<AssessmentLine, 'assessAsWhole' | 'requestLineCount'>) {
  return line.assessAsWhole && line.requestLineCount > 1;
}
