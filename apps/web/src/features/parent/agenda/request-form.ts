import {
  type CreateRequestBody,
  type LocalDate,
  type PlanningPolicyValues,
  REQUEST_PERIOD_MAX_DAYS,
  type RequestOptions,
} from '@nestje/contract';
import {
  type CreditOffer,
  creditOffers,
  type PaymentValue,
  paymentOf,
  paymentValueOf,
} from '../credits/payment-choice.ts';
import { addDays, isLocalDate, periodLength } from './dates.ts';
import { type ChildSummary, findOption, type OptionSummary, parseOptionValue } from './option-summary.ts';

export interface RequestFormValues {
  mode: 'date' | 'period';
  from: string;
  /** Only used for a period. */
  to: string;
  /** Per child: the chosen day part's radio value (group and product), or '' for "geen". */
  choices: Record<string, string>;
  /** Per child: how the chosen day part is paid, "invoice" or a credit's id; unset means the suggestion. */
  payments: Record<string, PaymentValue>;
  assessAsWhole: boolean;
  /** '' for none. */
  expiresOn: string;
  comment: string;
}

export function emptyRequestForm(): RequestFormValues {
  return {
    mode: 'date',
    from: '',
    to: '',
    choices: {},
    payments: {},
    assessAsWhole: false,
    expiresOn: '',
    comment: '',
  };
}

/** The dates asked for; `to` is `from` for a single date. */
export function lastDateOf(values: RequestFormValues): string {
  return values.mode === 'date' ? values.from : values.to;
}

/** What is wrong with the chosen date(s), per field; empty when they can be looked up. */
export function periodProblems(values: RequestFormValues): Record<string, string> {
  if (!isLocalDate(values.from)) return { from: 'required' };
  if (values.mode === 'date') return {};
  if (!isLocalDate(values.to)) return { to: 'required' };
  if (values.to < values.from) return { to: 'date_order' };
  if (periodLength(values.from, values.to) > REQUEST_PERIOD_MAX_DAYS) return { to: 'too_long' };
  return {};
}

/** The period to ask the options for, or null while the dates are incomplete or wrong. */
export function periodOf(values: RequestFormValues): { from: LocalDate; to: LocalDate } | null {
  if (Object.keys(periodProblems(values)).length > 0) return null;
  return { from: values.from, to: lastDateOf(values) };
}

export interface Choice {
  childId: string;
  child: ChildSummary;
  option: OptionSummary;
  /** The credits that can pay the day part on all its dates (P8), the suggestion first. */
  offers: CreditOffer[];
  /** How it is paid: the parent's choice, else the suggestion, else invoice. */
  payment: PaymentValue;
}

/**
 * The day parts chosen, in the order of the children, skipping "geen" and choices no longer offered, each with
 * the credits that could pay it (from the options, when given) and how it is paid.
 */
export function chosenOptions(
  values: RequestFormValues,
  children: readonly ChildSummary[],
  options?: RequestOptions,
): Choice[] {
  const chosen: Choice[] = [];
  for (const child of children) {
    const value = values.choices[child.childId] ?? '';
    const option = parseOptionValue(value) ? findOption(child, value) : undefined;
    if (!option || option.possibleDates.length === 0) continue;
    const offers = options ? creditOffers(options, child.childId, option) : [];
    const payment = paymentValueOf(values.payments[child.childId], offers);
    chosen.push({ childId: child.childId, child, option, offers, payment });
  }
  return chosen;
}

/** Why "Als geheel beoordelen" cannot be ticked now (P9); null when it can. */
export function assessAsWholeBlock(
  values: RequestFormValues,
  chosenCount: number,
): 'period' | 'no_child' | null {
  if (values.mode === 'period') return 'period';
  if (chosenCount === 0) return 'no_child';
  return null;
}

/** The dates "vervalt automatisch op" may take: tomorrow up to the last requested date (P10). */
export function expiryBounds(today: LocalDate, values: RequestFormValues): { min: LocalDate; max: string } {
  return { min: addDays(today, 1), max: lastDateOf(values) };
}

/** What is wrong with the expiry date, as the server's code; null when it is fine or left empty. */
export function expiryProblem(values: RequestFormValues, today: LocalDate): string | null {
  if (values.expiresOn === '') return null;
  if (!isLocalDate(values.expiresOn)) return 'invalid_format';
  const { min, max } = expiryBounds(today, values);
  if (values.expiresOn < min) return 'before_tomorrow';
  if (isLocalDate(max) && values.expiresOn > max) return 'after_last_date';
  return null;
}

/** What the chosen day parts paid by invoice cost over all their possible dates, in cents (credits pay the rest). */
export function totalPriceCents(chosen: readonly Choice[]): number {
  return chosen.reduce(
    (sum, choice) => sum + (choice.payment === 'invoice' ? choice.option.priceCents : 0),
    0,
  );
}

/** The body of "Indienen": one booking with a day part per chosen child. */
export function requestBody(values: RequestFormValues, chosen: readonly Choice[]): CreateRequestBody {
  const period = periodOf(values);
  if (!period) throw new Error('requestBody needs a valid period');
  return {
    kind: 'extra',
    bookings: [
      {
        from: period.from,
        to: period.to,
        children: chosen.map(({ childId, option, payment }) => ({
          childId,
          groupId: option.groupId,
          careProductId: option.careProductId,
          payment: paymentOf(payment),
        })),
      },
    ],
    assessAsWhole: assessAsWholeBlock(values, chosen.length) === null && values.assessAsWhole,
    expiresOn: values.expiresOn === '' ? null : values.expiresOn,
    comment: values.comment.trim(),
  };
}

/**
 * Where a field error of the body shows on the form: a booking child's payment → that child's payment choice,
 * its other fields → that child's day part choice.
 */
export function formPathOf(path: string, body: CreateRequestBody): string {
  const match = /^bookings\.\d+\.children\.(\d+)\.(\w+)/.exec(path);
  if (match) {
    const child = body.bookings[0]?.children[Number(match[1])];
    if (!child) return 'choices';
    return match[2] === 'payment' ? `payments.${child.childId}` : `choices.${child.childId}`;
  }
  if (/^bookings\.\d+\.(from|to)$/.test(path)) return path.endsWith('to') ? 'to' : 'from';
  return path;
}

export interface PolicyLine {
  /** Null when every group has the same policy. */
  groupName: string | null;
  policy: PlanningPolicyValues;
}

/** The planning policy in words: one line when all groups share it, else one per group (P8, B2). */
export function policyLines(options: RequestOptions, children: readonly ChildSummary[]): PolicyLine[] {
  const groups = new Map<string, string>();
  for (const child of children) for (const g of child.groups) groups.set(g.groupId, g.groupName);
  const lines = options.policies
    .filter((p) => groups.has(p.groupId))
    .map(({ groupId, ...policy }) => ({ groupName: groups.get(groupId) ?? '', policy }));
  const same = (a: PlanningPolicyValues, b: PlanningPolicyValues) =>
    a.minLeadHours === b.minLeadHours &&
    a.horizonDays === b.horizonDays &&
    a.cancelDeadlineHours === b.cancelDeadlineHours;
  const first = lines[0];
  if (first && lines.every((line) => same(line.policy, first.policy)))
    return [{ groupName: null, policy: first.policy }];
  return lines.sort((a, b) => a.groupName.localeCompare(b.groupName));
}

/** The effective policy of a group, for the explanations that need it. */
export function policyOf(options: RequestOptions, groupId: string): PlanningPolicyValues | undefined {
  return options.policies.find((p) => p.groupId === groupId);
}
