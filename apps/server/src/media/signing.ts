import { createHmac, timingSafeEqual } from 'node:crypto';
import { MEDIA_URL_TTL_SECONDS, type MediaVariant } from '@nestje/contract';
import type { Executor } from '../db/sql.ts';
import type { Clock } from '../time/clock.ts';
import { sharedKey } from './signing.queries.ts';

const KEY_NAME = 'media-url';
const keys = new WeakMap<Executor, Promise<Buffer>>();

/** The key that signs media URLs, read once per database handle (pass the database, not a transaction). */
function urlKey(db: Executor): Promise<Buffer> {
  let key = keys.get(db);
  if (key === undefined) {
    key = sharedKey(db, KEY_NAME).catch((err) => {
      keys.delete(db);
      throw err;
    });
    keys.set(db, key);
  }
  return key;
}

/** What a signature covers: one variant of one medium, for one account, until `exp` (seconds since 1970). */
export interface SignedMediaUrl {
  mediaId: string;
  variant: MediaVariant;
  accountId: string;
  exp: number;
}

function mac(key: Buffer, u: SignedMediaUrl): string {
  return createHmac('sha256', key)
    .update(`${u.mediaId}|${u.variant}|${u.accountId}|${u.exp}`)
    .digest('base64url')
    .slice(0, 43);
}

/**
 * The expiry of URLs signed now: at least MEDIA_URL_TTL_SECONDS ahead, rounded up to the next whole minute, so
 * URLs signed within the same minute are the same and the browser's cache can serve them again.
 */
export function urlExpiry(clock: Clock): number {
  const seconds = Math.floor(clock.now().epochMilliseconds / 1000) + MEDIA_URL_TTL_SECONDS;
  return Math.ceil(seconds / 60) * 60;
}

/** The signed path of one variant, e.g. `/api/v1/media/<id>/screen?exp=…&sig=…`. */
export async function signMediaUrl(db: Executor, u: SignedMediaUrl): Promise<string> {
  const sig = mac(await urlKey(db), u);
  return `/api/v1/media/${u.mediaId}/${u.variant}?exp=${u.exp}&sig=${sig}`;
}

/** Whether `sig` is the signature of `u` and `u` has not expired. */
export async function verifyMediaUrl(
  db: Executor,
  clock: Clock,
  u: SignedMediaUrl,
  sig: string,
): Promise<boolean> {
  if (u.exp * 1000 < clock.now().epochMilliseconds) return false;
  const expected = Buffer.from(mac(await urlKey(db), u));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
