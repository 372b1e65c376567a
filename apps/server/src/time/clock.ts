import { Temporal } from 'temporal-polyfill';

/** The one time zone of the product: care days, day parts and "today" are Dutch wall-clock concepts. */
export const ZONE = 'Europe/Amsterdam';

/** Where "now" comes from. Never call `new Date()` for business time; take a Clock. */
export interface Clock {
  now(): Temporal.Instant;
}

export const systemClock: Clock = { now: () => Temporal.Now.instant() };

/** A clock that can be set and moved: tests, and the e2e dev API. `null` follows the system clock. */
export class SettableClock implements Clock {
  #fixed: Temporal.Instant | null;
  constructor(fixed: Temporal.Instant | string | null = null) {
    this.#fixed = typeof fixed === 'string' ? Temporal.Instant.from(fixed) : fixed;
  }
  now(): Temporal.Instant {
    return this.#fixed ?? Temporal.Now.instant();
  }
  get isFixed(): boolean {
    return this.#fixed !== null;
  }
  set(instant: Temporal.Instant | string | null): void {
    this.#fixed = typeof instant === 'string' ? Temporal.Instant.from(instant) : instant;
  }
  advance(duration: Temporal.DurationLike): void {
    this.#fixed = this.now().add(duration);
  }
}

/** The instant as a JavaScript Date, for the database driver. */
export function toDate(instant: Temporal.Instant): Date {
  return new Date(instant.epochMilliseconds);
}

export function fromDate(date: Date): Temporal.Instant {
  return Temporal.Instant.fromEpochMilliseconds(date.getTime());
}

/** Today's calendar date in Amsterdam at the given instant. */
export function todayIn(clock: Clock): Temporal.PlainDate {
  return clock.now().toZonedDateTimeISO(ZONE).toPlainDate();
}
