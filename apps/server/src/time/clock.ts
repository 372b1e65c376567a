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

/** The instant at which the Amsterdam wall clock shows `time` (`HH:MM`) on `date` (`YYYY-MM-DD`). */
export function localMoment(date: string, time: string): Temporal.Instant {
  return Temporal.PlainDateTime.from(`${date}T${time}`)
    .toZonedDateTime(ZONE, { disambiguation: 'compatible' })
    .toInstant();
}

/** The instant at which `date` begins in Amsterdam (00:00 local, whatever the day's length). */
export function startOfLocalDay(date: string): Temporal.Instant {
  return Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: ZONE }).toInstant();
}
