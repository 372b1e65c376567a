import { createHash } from 'node:crypto';
import type { Agent } from 'node:https';
import webpush from 'web-push';
import type { PushSender, PushTarget } from './push-sender.ts';
import type { VapidKeys } from './vapid.ts';

/**
 * The most a push message may carry: a push service takes 4096 bytes of encrypted record (RFC 8291 §4), of
 * which the aes128gcm header (86), the tag (16) and the padding delimiter (1) take their part.
 */
export const MAX_PUSH_PAYLOAD_BYTES = 4096 - 86 - 16 - 1;

/** How long a push service may keep us waiting on a silent socket before the job tries again later. */
const SOCKET_TIMEOUT_MS = 30_000;

/**
 * A push service accepts a topic of at most 32 URL-safe characters; a longer or other topic becomes a hash of
 * itself, so the same topic still replaces the same message on the device.
 */
export function pushTopic(topic: string): string {
  if (/^[A-Za-z0-9_-]{1,32}$/.test(topic)) return topic;
  return createHash('sha256').update(topic).digest('base64url').slice(0, 32);
}

/** A push service's refusal, without the subscription's address (it is the browser's secret). */
export class PushServiceError extends Error {
  readonly statusCode: number;
  constructor(statusCode: number, origin: string, body: string) {
    super(`The push service at ${origin} answered ${statusCode}: ${body.slice(0, 200)}`);
    this.name = 'PushServiceError';
    this.statusCode = statusCode;
  }
}

export interface WebPushSenderOptions {
  keys: VapidKeys;
  /** The agent that makes the HTTPS requests; tests pass one that trusts their push endpoint's certificate. */
  agent?: Agent | undefined;
}

/**
 * Sends Web Push messages (RFC 8030) encrypted for the browser (RFC 8291, aes128gcm) and signed with the server's
 * VAPID key (RFC 8292), through the `web-push` library. The JWT's expiry is the push service's real time, not the
 * application clock: the push service checks it against its own.
 */
export function webPushSender(options: WebPushSenderOptions): PushSender {
  const { keys, agent } = options;
  const vapidDetails = { subject: keys.subject, publicKey: keys.publicKey, privateKey: keys.privateKey };
  return {
    publicKey: keys.publicKey,
    async send(target: PushTarget, payload: string, { ttlSeconds, topic }): Promise<'sent' | 'gone'> {
      if (Buffer.byteLength(payload) > MAX_PUSH_PAYLOAD_BYTES) {
        throw new Error(`A push payload of ${Buffer.byteLength(payload)} bytes is too large`);
      }
      const subscription = { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } };
      try {
        await webpush.sendNotification(subscription, payload, {
          vapidDetails,
          TTL: ttlSeconds,
          contentEncoding: 'aes128gcm',
          urgency: 'normal',
          timeout: SOCKET_TIMEOUT_MS,
          ...(topic === undefined ? {} : { topic: pushTopic(topic) }),
          ...(agent === undefined ? {} : { agent }),
        });
        return 'sent';
      } catch (err) {
        if (!(err instanceof webpush.WebPushError)) throw err;
        // 404 and 410: the browser unsubscribed or the subscription expired; it will never work again.
        if (err.statusCode === 404 || err.statusCode === 410) return 'gone';
        throw new PushServiceError(err.statusCode, new URL(target.endpoint).origin, String(err.body ?? ''));
      }
    },
  };
}
