import type { Placement, UpdatePlacementBody } from '@nestje/contract';

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A care product as the day selects need it: which weekdays it can be booked on. */
export interface DayProduct {
  id: string;
  name: string;
  weekdays: readonly number[];
}

/**
 * The weekly pattern as the form holds it: one entry per weekday (Monday first), each with the chosen product
 * or '' for no care that day. The body sends only the days with a product.
 */
export interface DayChoice {
  weekday: Weekday;
  careProductId: string;
}

export interface PlacementFormValues {
  groupId: string;
  placementType: string;
  startDate: string;
  /** '' for open-ended. */
  endDate: string;
  days: DayChoice[];
}

export function emptyDays(): DayChoice[] {
  return WEEKDAYS.map((weekday) => ({ weekday, careProductId: '' }));
}

/** The form's pattern from a placement's days (weekdays without a product stay empty). */
export function daysFrom(days: readonly { weekday: number; careProductId: string }[]): DayChoice[] {
  return WEEKDAYS.map((weekday) => ({
    weekday,
    careProductId: days.find((day) => day.weekday === weekday)?.careProductId ?? '',
  }));
}

/** The days to send: only those with a product, Monday first. */
export function daysBody(days: readonly DayChoice[]): { weekday: number; careProductId: string }[] {
  return days
    .filter((day) => day.careProductId !== '')
    .map((day) => ({ weekday: day.weekday, careProductId: day.careProductId }));
}

/**
 * The weekdays a group's products can be booked on, Monday first; Monday to Friday always show, weekend days
 * only when a product offers them.
 */
export function weekdaysOffered(products: readonly DayProduct[]): Weekday[] {
  return WEEKDAYS.filter((weekday) => weekday <= 5 || products.some((p) => p.weekdays.includes(weekday)));
}

/** The products that can be chosen on one weekday. */
export function productsOn(products: readonly DayProduct[], weekday: number): DayProduct[] {
  return products.filter((product) => product.weekdays.includes(weekday));
}

/**
 * The form path for a field the server names. The body holds only the chosen days, so `days.1.careProductId`
 * of the body is the form's entry for that day's weekday; `days` itself (e.g. no day at all) stays `days`.
 */
export function formPathOf(path: string, sentDays: readonly { weekday: number }[]): string {
  const match = /^days\.(\d+)(\..*)?$/.exec(path);
  if (!match) return path;
  const sent = sentDays[Number(match[1])];
  if (!sent) return 'days';
  return `days.${sent.weekday - 1}${match[2] ?? ''}`;
}

/**
 * Form-level checks that need no server, as field codes: at least one day, and the end (where the form has
 * one) not before the start.
 */
export function checkPlacement(values: {
  days: readonly DayChoice[];
  startDate?: string;
  endDate?: string;
}): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.days.some((day) => day.careProductId !== '')) errors.days = 'required';
  if (values.endDate && values.startDate && values.endDate < values.startDate) errors.endDate = 'date_order';
  return errors;
}

export interface ChangeValues {
  placementType: string;
  days: DayChoice[];
  effectiveFrom: string;
}

/** The PATCH body: only what changed, and for a running placement the day the change applies from. */
export function changeBody(placement: Placement, values: ChangeValues): UpdatePlacementBody {
  const body: UpdatePlacementBody = {};
  if (values.placementType.trim() !== placement.placementType)
    body.placementType = values.placementType.trim();
  const days = daysBody(values.days);
  const before = daysBody(daysFrom(placement.days));
  if (JSON.stringify(days) !== JSON.stringify(before)) body.days = days;
  if (placement.state === 'current') body.effectiveFrom = values.effectiveFrom;
  return body;
}

/** The change form's checks: those of any placement, and for a running one the day the change applies from. */
export function checkChange(values: ChangeValues, running: boolean): Record<string, string> {
  const errors = checkPlacement({ days: values.days });
  if (running && values.effectiveFrom === '') errors.effectiveFrom = 'required';
  return errors;
}
