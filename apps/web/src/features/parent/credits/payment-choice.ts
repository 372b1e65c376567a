import type { Credit, CreditSource, CreditUnit, LocalDate, Payment, RequestOptions } from '@nestje/contract';

// Paying an extra day with a credit (P8): only a credit that pays every requested date in full is offered, the
// one that expires first first (the suggestion). The server offers credits per date; a period needs one credit
// that is offered on each of its dates and has enough left for all of them together.

/** The day part a child gets, as the request form holds it. */
export interface ChosenPart {
  groupId: string;
  careProductId: string;
  startTime: string;
  endTime: string;
  /** The dates it will be requested on. */
  possibleDates: readonly LocalDate[];
}

/** A credit that can pay the chosen day part on all its dates, and what that does to it. */
export interface CreditOffer {
  creditId: string;
  unit: CreditUnit;
  source: CreditSource;
  description: string;
  validUntil: LocalDate;
  remaining: number;
  /** What paying every date takes from it. */
  cost: number;
  /** What is left afterwards. */
  after: number;
}

/** Why none of the child's credits can pay: valid at another time, for the other kind of week, too little left. */
export type NoCreditReason = 'not_valid' | 'week_type' | 'not_enough' | 'other';

/** The value of the payment choice: "invoice", or the id of the chosen credit. */
export type PaymentValue = 'invoice' | (string & {});

function dayPartOn(options: RequestOptions, date: LocalDate, childId: string, part: ChosenPart) {
  const day = options.dates.find((d) => d.date === date);
  const child = day?.children.find((c) => c.childId === childId && c.groupId === part.groupId);
  return child?.options.find((o) => o.careProductId === part.careProductId);
}

/**
 * The credits that can pay a child's day part on every one of its dates, in the server's order of the first
 * date (the one that expires first first): each offered on every date, with enough left for all dates.
 */
export function creditOffers(options: RequestOptions, childId: string, part: ChosenPart): CreditOffer[] {
  const [first, ...rest] = part.possibleDates;
  if (!first) return [];
  const offers: CreditOffer[] = (dayPartOn(options, first, childId, part)?.credits ?? []).map((credit) => ({
    creditId: credit.creditId,
    unit: credit.unit,
    source: credit.source,
    description: credit.description,
    validUntil: credit.validUntil,
    remaining: credit.remaining,
    cost: credit.cost,
    after: credit.remaining - credit.cost,
  }));
  for (const date of rest) {
    const offered = dayPartOn(options, date, childId, part)?.credits ?? [];
    for (const offer of offers) {
      const credit = offered.find((c) => c.creditId === offer.creditId);
      // Not offered on this date: the offer goes (cost beyond remaining filters it below).
      offer.cost = credit ? offer.cost + credit.cost : Number.POSITIVE_INFINITY;
      offer.after = offer.remaining - offer.cost;
    }
  }
  return offers.filter((offer) => offer.after >= 0);
}

/** Minutes between two local times ("12:30", "18:30" → 360). */
export function minutesBetween(start: string, end: string): number {
  const minutes = (time: string) => {
    const [h = '0', m = '0'] = time.split(':');
    return Number(h) * 60 + Number(m);
  };
  return minutes(end) - minutes(start);
}

/** What a day part takes from a credit of a unit on one date: its minutes, or one point. */
export function costOf(unit: CreditUnit, part: Pick<ChosenPart, 'startTime' | 'endTime'>): number {
  return unit === 'points' ? 1 : minutesBetween(part.startTime, part.endTime);
}

/**
 * Why the child's credits that still hold something cannot pay this day part; empty when one can, or when the
 * child has none left (then there is nothing to explain). Each reason once, in the order of the credits.
 */
export function noCreditReasons(
  options: RequestOptions,
  credits: readonly Credit[],
  childId: string,
  part: ChosenPart,
): NoCreditReason[] {
  if (part.possibleDates.length === 0 || creditOffers(options, childId, part).length > 0) return [];
  const candidates = credits.filter(
    (c) => c.childId === childId && c.remaining > 0 && (c.state === 'usable' || c.state === 'not_yet_valid'),
  );
  const reasons: NoCreditReason[] = [];
  for (const credit of candidates) {
    const reason = reasonFor(options, credit, part);
    if (!reasons.includes(reason)) reasons.push(reason);
  }
  return reasons;
}

function reasonFor(options: RequestOptions, credit: Credit, part: ChosenPart): NoCreditReason {
  const dates = part.possibleDates;
  if (dates.some((date) => date < credit.validFrom || date > credit.validUntil)) return 'not_valid';
  if (credit.weekType !== 'any') {
    const weekTypes = dates.map((date) => options.dates.find((d) => d.date === date)?.weekType ?? null);
    if (weekTypes.some((type) => type !== null && type !== credit.weekType)) return 'week_type';
  }
  if (credit.remaining < costOf(credit.unit, part) * dates.length) return 'not_enough';
  return 'other';
}

/**
 * How a child's day part is paid: the parent's choice while it is still offered; otherwise (nothing chosen yet,
 * or a credit no longer offered after another day part was chosen) the suggestion, the first offer, or invoice.
 */
export function paymentValueOf(
  choice: PaymentValue | undefined,
  offers: readonly CreditOffer[],
): PaymentValue {
  if (choice === 'invoice') return 'invoice';
  if (choice && offers.some((offer) => offer.creditId === choice)) return choice;
  return offers[0]?.creditId ?? 'invoice';
}

/** The payment of the request body for a choice. */
export function paymentOf(value: PaymentValue): Payment {
  return value === 'invoice' ? { method: 'invoice' } : { method: 'credit', creditId: value };
}
