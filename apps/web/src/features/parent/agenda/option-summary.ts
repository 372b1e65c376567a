import type { Instant, LocalDate, PlannedPart, RequestOptions, UnavailableReason } from '@nestje/contract';

/** Why a day part is not possible on one date, with what the explanation needs. */
export interface DateRefusal {
  date: LocalDate;
  /** The server's reasons, main one first; empty when the day part is not offered at all then. */
  reasons: UnavailableReason[];
  weekType: 'school' | 'holiday' | null;
  closed: string | null;
  requestDeadline: Instant | null;
}

/** One day part of a group over the chosen date(s): on which dates it can be requested and what it costs. */
export interface OptionSummary {
  /** The radio value: group and product. */
  value: string;
  groupId: string;
  careProductId: string;
  name: string;
  startTime: string;
  endTime: string;
  /** The dates it can be requested on. */
  possibleDates: LocalDate[];
  /** The price of all possible dates together. */
  priceCents: number;
  /** The other dates of the period, each with its reasons. */
  refusals: DateRefusal[];
}

export interface GroupSummary {
  groupId: string;
  groupName: string;
  /** "Reeds gepland": what the child already has, per date. */
  planned: { date: LocalDate; parts: PlannedPart[] }[];
  options: OptionSummary[];
}

export interface ChildSummary {
  childId: string;
  firstName: string;
  name: string;
  groups: GroupSummary[];
}

/** The radio value of a day part: its group and product, as one text. */
export function optionValue(groupId: string, careProductId: string): string {
  return `${groupId}:${careProductId}`;
}

/** The group and product of a radio value; null for "geen". */
export function parseOptionValue(value: string): { groupId: string; careProductId: string } | null {
  const [groupId, careProductId] = value.split(':');
  return groupId && careProductId ? { groupId, careProductId } : null;
}

function groupOf(child: ChildSummary, groupId: string, groupName: string): GroupSummary {
  let group = child.groups.find((g) => g.groupId === groupId);
  if (!group) {
    group = { groupId, groupName, planned: [], options: [] };
    child.groups.push(group);
  }
  return group;
}

/**
 * Folds the options of every date into one summary per child and group: each day part once, with the dates it
 * can be requested on and, for the others, why not. A date of the period on which the group does not offer the
 * day part at all counts as a refusal without reasons.
 */
export function summariseOptions(options: RequestOptions): ChildSummary[] {
  const children: ChildSummary[] = options.children.map((child) => ({
    childId: child.id,
    firstName: child.firstName,
    name: `${child.firstName} ${child.lastName}`,
    groups: [],
  }));
  const allDates = options.dates.map((d) => d.date);
  for (const day of options.dates) {
    for (const entry of day.children) {
      const child = children.find((c) => c.childId === entry.childId);
      if (!child) continue;
      const group = groupOf(child, entry.groupId, entry.groupName);
      if (entry.planned.length > 0) group.planned.push({ date: day.date, parts: entry.planned });
      for (const option of entry.options) {
        const value = optionValue(entry.groupId, option.careProductId);
        let summary = group.options.find((o) => o.value === value);
        if (!summary) {
          summary = {
            value,
            groupId: entry.groupId,
            careProductId: option.careProductId,
            name: option.name,
            startTime: option.startTime,
            endTime: option.endTime,
            possibleDates: [],
            priceCents: 0,
            refusals: [],
          };
          group.options.push(summary);
        }
        if (option.unavailable.length === 0) {
          summary.possibleDates.push(day.date);
          summary.priceCents += option.priceCents;
        } else {
          summary.refusals.push({
            date: day.date,
            reasons: option.unavailable,
            weekType: day.weekType,
            closed: day.closed,
            requestDeadline: option.requestDeadline,
          });
        }
      }
    }
  }
  for (const child of children) {
    for (const group of child.groups) {
      for (const option of group.options) addMissingDates(option, allDates, options);
      group.options.sort((a, b) => a.startTime.localeCompare(b.startTime) || a.name.localeCompare(b.name));
    }
  }
  return children.filter((child) => child.groups.length > 0);
}

function addMissingDates(option: OptionSummary, allDates: LocalDate[], options: RequestOptions): void {
  const known = new Set([...option.possibleDates, ...option.refusals.map((r) => r.date)]);
  for (const date of allDates) {
    if (known.has(date)) continue;
    const day = options.dates.find((d) => d.date === date);
    option.refusals.push({
      date,
      reasons: [],
      weekType: day?.weekType ?? null,
      closed: day?.closed ?? null,
      requestDeadline: null,
    });
  }
  option.refusals.sort((a, b) => a.date.localeCompare(b.date));
}

/** The option a radio value stands for in a child's summary. */
export function findOption(child: ChildSummary, value: string): OptionSummary | undefined {
  for (const group of child.groups) {
    const option = group.options.find((o) => o.value === value);
    if (option) return option;
  }
  return undefined;
}
