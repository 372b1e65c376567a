import type {
  ChildDateOptions,
  CreateSwapBody,
  LocalDate,
  RequestOptions,
  SwapChild,
  SwapOptions,
  SwapPart,
} from '@nestje/contract';
import type { TFunction } from 'i18next';
import { addDays, isLocalDate, periodLength } from '../agenda/dates.ts';
import { parseOptionValue } from '../agenda/option-summary.ts';

// "Ruildag aanvragen" (P13): per child the planned day parts of one date or of a period to give up, the wanted date
// (per child for one date, per given-up day part for a period) and, per given-up day part, the wanted day part on
// that date. The rules the form checks before the server does.

/** A period of day parts to give up holds at most this many dates. */
export const SWAP_PERIOD_MAX_DAYS = 14;

export interface SwapFormValues {
  /** One date, or a period from `giveDate` to `giveTo`. */
  mode: 'date' | 'period';
  /** The (first) date of the day parts given up; '' until chosen. */
  giveDate: string;
  /** The last date of a period; '' until chosen, unused for one date. */
  giveTo: string;
  /** Per child: the keys (see `partKey`; for a period with the date) of the day parts given up. */
  gives: Record<string, string[]>;
  /** The wanted date per child for one date, per given-up day part (see `giveKey`) for a period; '' until chosen. */
  wantedDates: Record<string, string>;
  /** Per given-up day part (see `giveKey`): the wanted day part's radio value (group and product). */
  takes: Record<string, string>;
  assessAsWhole: boolean;
  /** '' for none. */
  expiresOn: string;
  comment: string;
}

export function emptySwapForm(): SwapFormValues {
  return {
    mode: 'date',
    giveDate: '',
    giveTo: '',
    gives: {},
    wantedDates: {},
    takes: {},
    assessAsWhole: false,
    expiresOn: '',
    comment: '',
  };
}

type PartId = Pick<SwapPart, 'groupId' | 'careProductId' | 'startTime'>;

/** A day part of a child, as one text: group, product and start, and for a period its date. */
export function partKey(part: PartId, date?: string): string {
  const key = `${part.groupId}:${part.careProductId}:${part.startTime}`;
  return date ? `${date}:${key}` : key;
}

/** A given-up day part of one child, as one text (the key of its wanted day part). */
export function giveKey(childId: string, part: PartId, date?: string) {
  return `${childId}|${partKey(part, date)}`;
}

/** What is wrong with the dates to give up, per field (`giveDate`, `giveTo`); empty when they can be looked up. */
export function giveDatesProblems(values: SwapFormValues): Record<string, string> {
  if (!isLocalDate(values.giveDate)) return { giveDate: 'required' };
  if (values.mode === 'date') return {};
  if (!isLocalDate(values.giveTo)) return { giveTo: 'required' };
  if (values.giveTo < values.giveDate) return { giveTo: 'date_order' };
  if (periodLength(values.giveDate, values.giveTo) > SWAP_PERIOD_MAX_DAYS) return { giveTo: 'too_long' };
  return {};
}

/** Every date to give up day parts of, in order; none while the dates are incomplete or wrong. */
export function giveDatesOf(values: SwapFormValues): LocalDate[] {
  if (Object.keys(giveDatesProblems(values)).length > 0) return [];
  const last = values.mode === 'date' ? values.giveDate : values.giveTo;
  return Array.from({ length: periodLength(values.giveDate, last) }, (_, i) => addDays(values.giveDate, i));
}

/** Minutes since midnight of a `HH:MM` time. */
export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** How long a day part lasts, in minutes. */
export function partMinutes(part: { startTime: string; endTime: string }): number {
  return minutesOf(part.endTime) - minutesOf(part.startTime);
}

/**
 * The minutes of the given-up time that lapse when swapped for the wanted one (0 when they are as long), or null
 * when the wanted time is longer, which a swap does not allow.
 */
export function lapseMinutes(
  give: { startTime: string; endTime: string },
  take: { startTime: string; endTime: string },
): number | null {
  const rest = partMinutes(give) - partMinutes(take);
  return rest < 0 ? null : rest;
}

/** A duration in words: "30 minuten", "2 uur", "1 uur 30". */
export function durationText(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('swap.duration.minutes', { count: rest });
  if (rest === 0) return t('swap.duration.hours', { count: hours });
  return t('swap.duration.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') });
}

/** "De overige 1 uur 30 vervalt"; null when nothing lapses. */
export function lapseText(t: TFunction, minutes: number | null): string | null {
  if (minutes === null || minutes <= 0) return null;
  return t('swap.lapse', { duration: durationText(t, minutes) });
}

/** How many swaps the child has left this calendar year. */
export function swapsLeft(child: Pick<SwapChild, 'swapsUsed' | 'swapsPerYear'>): number {
  return Math.max(child.swapsPerYear - child.swapsUsed, 0);
}

/** The wanted day part as offered on the wanted date (from GET /requests/options). */
export interface WantedPart {
  groupId: string;
  careProductId: string;
  name: string;
  startTime: string;
  endTime: string;
}

/** One given-up day part with what is wanted for it, as far as chosen. */
export interface ChosenSwap {
  key: string;
  /** The date given up. */
  date: LocalDate;
  /** The child as on that date (its window and the swaps of that year). */
  child: SwapChild;
  part: SwapPart;
  /** Where the wanted date is in `wantedDates`: the child for one date, `key` for a period. */
  wantedField: string;
  wantedDate: string;
  /** The radio value of the wanted day part, '' when none is chosen yet. */
  take: string;
}

/**
 * The day parts given up, by date, then in the order of the children and their day parts; only those that can be.
 * `options` holds the options of each date (those not loaded yet are left out).
 */
export function chosenSwaps(
  values: SwapFormValues,
  options: SwapOptions | readonly (SwapOptions | undefined)[] | undefined,
): ChosenSwap[] {
  const period = values.mode === 'period';
  const chosen: ChosenSwap[] = [];
  for (const day of Array.isArray(options) ? options : [options]) {
    if (!day) continue;
    for (const child of day.children) {
      const keys = values.gives[child.childId] ?? [];
      for (const part of child.parts) {
        const dateKey = period ? day.date : undefined;
        if (part.unavailable !== null || !keys.includes(partKey(part, dateKey))) continue;
        const key = giveKey(child.childId, part, dateKey);
        const wantedField = period ? key : child.childId;
        chosen.push({
          key,
          date: day.date,
          child,
          part,
          wantedField,
          wantedDate: values.wantedDates[wantedField] ?? '',
          take: values.takes[key] ?? '',
        });
      }
    }
  }
  return chosen;
}

/**
 * Per child whose swaps do not fit its yearly maximum: the swaps chosen (per calendar year, over the whole request)
 * and those left; `swapsUsed + chosen ≤ swapsPerYear` must hold.
 */
export function swapsOverLimit(
  chosen: readonly ChosenSwap[],
): Map<string, { child: SwapChild; chosen: number; left: number }> {
  const byYear = new Map<string, ChosenSwap[]>();
  for (const swap of chosen) {
    const id = `${swap.child.childId}|${swap.date.slice(0, 4)}`;
    byYear.set(id, [...(byYear.get(id) ?? []), swap]);
  }
  const over = new Map<string, { child: SwapChild; chosen: number; left: number }>();
  for (const swaps of byYear.values()) {
    const first = swaps[0];
    if (!first || swaps.length <= swapsLeft(first.child)) continue;
    over.set(first.child.childId, { child: first.child, chosen: swaps.length, left: swapsLeft(first.child) });
  }
  return over;
}

/** How many children give something up. */
export function chosenChildCount(chosen: readonly ChosenSwap[]): number {
  return new Set(chosen.map((c) => c.child.childId)).size;
}

/** "Als geheel beoordelen" only means something when several children swap, all on one given-up date. */
export function canAssessAsWhole(chosen: readonly ChosenSwap[]): boolean {
  return chosenChildCount(chosen) > 1 && new Set(chosen.map((c) => c.date)).size === 1;
}

/** What is wrong with a child's wanted date, as the server's code; null when it is fine. */
export function wantedDateProblem(child: SwapChild, giveDate: string, wantedDate: string): string | null {
  if (!isLocalDate(wantedDate)) return 'required';
  if (wantedDate === giveDate) return 'same_date';
  if (wantedDate < child.windowFrom || wantedDate > child.windowTo) return 'outside_window';
  return null;
}

/** The dates "vervalt automatisch op" may take: tomorrow up to the first date of the swap. */
export function swapExpiryBounds(
  today: LocalDate,
  values: SwapFormValues,
  chosen: readonly ChosenSwap[],
): { min: LocalDate; max: string } {
  const dates = [values.giveDate, ...chosen.flatMap((c) => [c.date, c.wantedDate])]
    .filter(isLocalDate)
    .sort();
  return { min: addDays(today, 1), max: dates[0] ?? '' };
}

/**
 * The form's problems by field (`gives`, `wantedDate.<wantedField>`, `take.<key>`, `swaps.<child>`, `expiresOn`), as
 * codes; `wanted(key)` finds the wanted day part of a given-up one. Empty when the form can be sent.
 */
export function swapProblems(
  values: SwapFormValues,
  chosen: readonly ChosenSwap[],
  wanted: (swap: ChosenSwap) => WantedPart | undefined,
  today: LocalDate,
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (chosen.length === 0) problems.gives = 'nothing_chosen';
  const takesSeen = new Set<string>();
  const over = swapsOverLimit(chosen);
  for (const swap of chosen) {
    const childId = swap.child.childId;
    const dateProblem = wantedDateProblem(swap.child, swap.date, swap.wantedDate);
    if (dateProblem) problems[`wantedDate.${swap.wantedField}`] = dateProblem;
    if (swap.child.swapsPerYear === 0) problems[`swaps.${childId}`] = 'swaps_off';
    else if (over.has(childId)) problems[`swaps.${childId}`] = 'swaps_exhausted';
    if (dateProblem) continue;
    const take = wanted(swap);
    const taken = `${childId}|${swap.wantedDate}|${swap.take}`;
    if (!take) problems[`take.${swap.key}`] = 'take_required';
    else if (lapseMinutes(swap.part, take) === null) problems[`take.${swap.key}`] = 'take_longer';
    else if (takesSeen.has(taken)) problems[`take.${swap.key}`] = 'take_twice';
    takesSeen.add(taken);
  }
  if (values.expiresOn !== '') {
    const { min, max } = swapExpiryBounds(today, values, chosen);
    if (!isLocalDate(values.expiresOn)) problems.expiresOn = 'invalid_format';
    else if (values.expiresOn < min) problems.expiresOn = 'before_tomorrow';
    else if (isLocalDate(max) && values.expiresOn > max) problems.expiresOn = 'after_last_date';
  }
  return problems;
}

/** The body of "Indienen": one swap per given-up day part. */
export function swapBody(values: SwapFormValues, chosen: readonly ChosenSwap[]): CreateSwapBody {
  return {
    swaps: chosen.map((swap) => {
      const take = parseOptionValue(swap.take);
      if (!take) throw new Error('swapBody needs a wanted day part for every given-up one');
      return {
        childId: swap.child.childId,
        give: {
          groupId: swap.part.groupId,
          careProductId: swap.part.careProductId,
          date: swap.date,
          startTime: swap.part.startTime,
        },
        take: { ...take, date: swap.wantedDate },
      };
    }),
    assessAsWhole: canAssessAsWhole(chosen) && values.assessAsWhole,
    expiresOn: values.expiresOn === '' ? null : values.expiresOn,
    comment: values.comment.trim(),
  };
}

/** Where a field error of the body shows on the form (see `swapProblems` for the form's fields). */
export function swapFormPathOf(path: string, body: CreateSwapBody, period = false): string {
  const match = /^swaps\.(\d+)(?:\.(give|take)(?:\.(\w+))?)?$/.exec(path);
  if (!match) return path;
  const item = body.swaps[Number(match[1])];
  if (!item) return 'gives';
  const key = giveKey(item.childId, item.give, period ? item.give.date : undefined);
  if (match[2] === 'give') return `give.${key}`;
  if (match[2] === 'take' && match[3] === 'date') return `wantedDate.${period ? key : item.childId}`;
  if (match[2] === 'take') return `take.${key}`;
  return `swaps.${item.childId}`;
}

/** What the child can get in a group on the wanted date (the options hold that one date). */
export function wantedOptionsOf(
  options: RequestOptions | undefined,
  childId: string,
  groupId: string,
): ChildDateOptions | undefined {
  return options?.dates[0]?.children.find((c) => c.childId === childId && c.groupId === groupId);
}

/** The wanted day part a radio value stands for, among the child's options in its group on the wanted date. */
export function findWanted(
  options: RequestOptions | undefined,
  swap: Pick<ChosenSwap, 'child' | 'part' | 'take'>,
): WantedPart | undefined {
  const take = parseOptionValue(swap.take);
  if (!take) return undefined;
  const group = wantedOptionsOf(options, swap.child.childId, take.groupId);
  const option = group?.options.find((o) => o.careProductId === take.careProductId);
  if (!option || option.unavailable.length > 0) return undefined;
  const { careProductId, name, startTime, endTime } = option;
  return { groupId: take.groupId, careProductId, name, startTime, endTime };
}
