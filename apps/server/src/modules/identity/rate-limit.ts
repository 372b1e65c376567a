import type { Database } from '../../db/database.ts';
import { TooManyRequests } from '../../errors.ts';
import type { Clock } from '../../time/clock.ts';
import { incrementCounter } from './rate-limit.queries.ts';

export interface Limit {
  /** What is counted, e.g. `login:ip:1.2.3.4`. */
  key: string;
  max: number;
  windowSeconds: number;
}

/**
 * Counts an attempt against each limit and refuses with 429 (and Retry-After) once one is exceeded. Nothing is
 * locked: when the window passes, attempts are allowed again.
 */
export async function enforceRateLimits(
  ctx: { db: Database; clock: Clock; config: { rateLimits: boolean } },
  limits: Limit[],
): Promise<void> {
  if (!ctx.config.rateLimits) return;
  const { db, clock } = ctx;
  const nowMs = clock.now().epochMilliseconds;
  for (const limit of limits) {
    const windowMs = limit.windowSeconds * 1000;
    const windowStart = Math.floor(nowMs / windowMs) * windowMs;
    const hits = await incrementCounter(db, limit.key, new Date(windowStart));
    if (hits > limit.max) {
      throw new TooManyRequests(Math.max(1, Math.ceil((windowStart + windowMs - nowMs) / 1000)));
    }
  }
}
