import { createECDH } from 'node:crypto';
import type { PushKey, PushSubscriptionBody, PushUnsubscribeBody } from '@nestje/contract';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { fieldError } from '../../errors.ts';
import { toDate } from '../../time/clock.ts';
import * as q from './push.queries.ts';

/**
 * The most browsers one account receives pushes on. A browser that was reset or replaced never unsubscribes, and
 * every push goes to every subscription: the oldest beyond this are let go.
 */
export const MAX_SUBSCRIPTIONS_PER_ACCOUNT = 10;

/** `text` as base64url bytes, or null when it is not canonical base64url (so one key has one spelling). */
function base64url(text: string): Buffer | null {
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}

/** Whether `point` is an uncompressed point on P-256, the browser's key the payload is encrypted for. */
function isP256Point(point: Buffer): boolean {
  if (point.length !== 65 || point[0] !== 4) return false;
  // Agreeing on a secret with a throwaway key fails for a point off the curve.
  const throwaway = createECDH('prime256v1');
  throwaway.generateKeys();
  try {
    throwaway.computeSecret(point);
    return true;
  } catch {
    return false;
  }
}

/** Whether `endpoint` is at one of the push services the server may post to (a host or a subdomain of one). */
export function isKnownPushService(endpoint: string, hosts: readonly string[]): boolean {
  const host = new URL(endpoint).hostname.toLowerCase();
  return hosts.some((known) => host === known || host.endsWith(`.${known}`));
}

/** GET /push/key: the key the browser subscribes with. */
export function pushKey(ctx: AppContext): PushKey {
  return { publicKey: ctx.push.publicKey };
}

/**
 * POST /push/subscriptions: this browser receives the account's pushes. Keys that no push could be encrypted for
 * are refused with the failing field, so a broken browser shows up at once and not as failing deliveries later.
 */
export async function subscribe(
  ctx: AppContext,
  principal: Principal,
  body: PushSubscriptionBody,
  userAgent: string | undefined,
): Promise<void> {
  if (!isKnownPushService(body.endpoint, ctx.config.pushServiceHosts)) {
    throw fieldError('endpoint', 'unknown_push_service', 'Not the address of a known push service');
  }
  const p256dh = base64url(body.keys.p256dh);
  if (p256dh === null || !isP256Point(p256dh)) {
    throw fieldError('keys.p256dh', 'invalid_key', 'Not an uncompressed P-256 public key');
  }
  const auth = base64url(body.keys.auth);
  if (auth?.length !== 16)
    throw fieldError('keys.auth', 'invalid_key', 'Not a 16-byte authentication secret');
  const { organisationId, accountId } = principal;
  await ctx.db.transaction().execute(async (trx) => {
    await q.upsertSubscription(trx, {
      organisationId,
      accountId,
      endpoint: body.endpoint,
      p256dh: body.keys.p256dh,
      auth: body.keys.auth,
      userAgent: userAgent ? userAgent.slice(0, 500) : null,
      at: toDate(ctx.clock.now()),
    });
    await q.pruneSubscriptions(trx, organisationId, accountId, MAX_SUBSCRIPTIONS_PER_ACCOUNT);
  });
}

/** DELETE /push/subscriptions: this browser no longer receives the account's pushes. Only one's own. */
export async function unsubscribe(
  ctx: AppContext,
  principal: Principal,
  body: PushUnsubscribeBody,
): Promise<void> {
  await q.deleteSubscription(ctx.db, principal.organisationId, principal.accountId, body.endpoint);
}
