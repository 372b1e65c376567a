/** A browser's push subscription as stored (RFC 8291 keys, base64url). */
export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * Sends Web Push messages signed with the server's VAPID key. `send` resolves 'sent' when the push service took
 * the message and 'gone' when it says the subscription no longer exists (404/410: drop it); it throws on anything
 * else, so the job that called it retries.
 */
export interface PushSender {
  readonly publicKey: string;
  send(
    target: PushTarget,
    payload: string,
    options: { ttlSeconds: number; topic?: string },
  ): Promise<'sent' | 'gone'>;
}
