import {
  ABSENCE_PERIOD_MAX_DAYS,
  type AbsenceOptions,
  type AbsencePart,
  type AbsenceReason,
  type CreateAbsenceBody,
  type LocalDate,
} from '@nestje/contract';
import { isLocalDate, periodLength } from '../agenda/dates.ts';

export interface AbsenceFormValues {
  mode: 'date' | 'period';
  from: string;
  /** Only used for a period. */
  to: string;
  /** The keys (`partKey`) of the day parts reported absent. */
  selected: string[];
  reason: AbsenceReason | '';
  comment: string;
}

export function emptyAbsenceForm(from = ''): AbsenceFormValues {
  return { mode: 'date', from, to: '', selected: [], reason: '', comment: '' };
}

/** What is wrong with the chosen date(s), per field; empty when they can be looked up. */
export function periodProblems(values: AbsenceFormValues): Record<string, string> {
  if (!isLocalDate(values.from)) return { from: 'required' };
  if (values.mode === 'date') return {};
  if (!isLocalDate(values.to)) return { to: 'required' };
  if (values.to < values.from) return { to: 'date_order' };
  if (periodLength(values.from, values.to) > ABSENCE_PERIOD_MAX_DAYS) return { to: 'too_long' };
  return {};
}

/** The period to ask the options for, or null while the dates are incomplete or wrong. */
export function periodOf(values: AbsenceFormValues): { from: LocalDate; to: LocalDate } | null {
  if (Object.keys(periodProblems(values)).length > 0) return null;
  return { from: values.from, to: values.mode === 'date' ? values.from : values.to };
}

/** One day part's identity on the form (and in the body: child, group, product, date, start). */
export function partKey(
  part: Pick<AbsencePart, 'childId' | 'groupId' | 'careProductId' | 'date' | 'startTime'>,
) {
  return [part.childId, part.groupId, part.careProductId, part.date, part.startTime].join('|');
}

export function isSelectable(part: AbsencePart): boolean {
  return part.unavailable === null;
}

export interface ChildDate {
  date: LocalDate;
  parts: AbsencePart[];
}

export interface ChildParts {
  childId: string;
  firstName: string;
  name: string;
  /** The child's place in the account's list (its colour). */
  index: number;
  dates: ChildDate[];
}

/** The options per child, then per date, each date's parts by start time; every child of the account shows. */
export function partsByChild(options: AbsenceOptions): ChildParts[] {
  return options.children.map((child, index) => {
    const own = options.parts
      .filter((part) => part.childId === child.id)
      .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
    const dates: ChildDate[] = [];
    for (const part of own) {
      const last = dates.at(-1);
      if (last && last.date === part.date) last.parts.push(part);
      else dates.push({ date: part.date, parts: [part] });
    }
    return {
      childId: child.id,
      firstName: child.firstName,
      name: `${child.firstName} ${child.lastName}`,
      index,
      dates,
    };
  });
}

/** A shortcut's state over some parts: all selectable ones chosen, some, or none. */
export function shortcutState(
  parts: readonly AbsencePart[],
  selected: readonly string[],
): { checked: boolean; indeterminate: boolean; disabled: boolean } {
  const keys = parts.filter(isSelectable).map(partKey);
  const chosen = keys.filter((key) => selected.includes(key)).length;
  return {
    checked: keys.length > 0 && chosen === keys.length,
    indeterminate: chosen > 0 && chosen < keys.length,
    disabled: keys.length === 0,
  };
}

/** Selects (or deselects) all selectable parts of a shortcut, keeping the rest of the selection as it was. */
export function toggleParts(
  selected: readonly string[],
  parts: readonly AbsencePart[],
  on: boolean,
): string[] {
  const keys = parts.filter(isSelectable).map(partKey);
  if (!on) return selected.filter((key) => !keys.includes(key));
  return [...selected, ...keys.filter((key) => !selected.includes(key))];
}

/** One part switched on or off. */
export function togglePart(selected: readonly string[], key: string, on: boolean): string[] {
  if (!on) return selected.filter((k) => k !== key);
  return selected.includes(key) ? [...selected] : [...selected, key];
}

/** The selected parts that are still offered and selectable, in the order of children, dates and times. */
export function chosenParts(options: AbsenceOptions, selected: readonly string[]): AbsencePart[] {
  const chosen = new Set(selected);
  return partsByChild(options)
    .flatMap((child) => child.dates.flatMap((date) => date.parts))
    .filter((part) => isSelectable(part) && chosen.has(partKey(part)));
}

/** The body of "Doorgeven". */
export function absenceBody(values: AbsenceFormValues, parts: readonly AbsencePart[]): CreateAbsenceBody {
  return {
    reason: values.reason as AbsenceReason,
    comment: values.comment.trim(),
    parts: parts.map(({ childId, groupId, careProductId, date, startTime }) => ({
      childId,
      groupId,
      careProductId,
      date,
      startTime,
    })),
  };
}

/**
 * What reporting a part absent now yields: a credit (minutes, valid until), none because it is reported too
 * late (the deadline has passed), or nothing to say (the policy or the organisation gives none).
 */
export type CreditOutlook =
  | { kind: 'credit'; minutes: number; validUntil: LocalDate }
  | { kind: 'too_late'; deadline: string }
  | { kind: 'none' };

export function creditOutlook(part: AbsencePart, now: Date): CreditOutlook {
  if (part.credit) return { kind: 'credit', ...part.credit };
  if (part.creditDeadline && Date.parse(part.creditDeadline) <= now.getTime()) {
    return { kind: 'too_late', deadline: part.creditDeadline };
  }
  return { kind: 'none' };
}

/** A duration in hours and minutes: 330 → { hours: 5, minutes: 30 }. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/**
 * The form field a server's field error belongs to: `parts.<i>` is the part sent at place i (shown at that
 * part), other paths stay as they are.
 */
export function formPathOf(path: string, body: CreateAbsenceBody): string {
  const match = /^parts\.(\d+)/.exec(path);
  if (!match) return path;
  const part = body.parts[Number(match[1])];
  return part ? `part:${partKey(part)}` : 'selected';
}
