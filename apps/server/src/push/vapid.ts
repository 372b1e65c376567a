import { createECDH } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Executor } from '../db/sql.ts';
import { sharedKey } from '../media/signing.queries.ts';

/** The server's VAPID identity (RFC 8292): push services know our messages by this key. */
export interface VapidKeys {
  /** The uncompressed P-256 point (65 bytes), base64url: what browsers subscribe with. */
  publicKey: string;
  /** The private scalar (32 bytes), base64url. */
  privateKey: string;
  /** How a push service reaches whoever runs this server when something is wrong: a `mailto:` address. */
  subject: string;
}

const KEY_NAME = 'vapid.private';

/** A fresh P-256 private key as its raw 32-byte scalar (left-padded: a short scalar is still a valid key). */
function newPrivateKey(): Buffer {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const raw = ecdh.getPrivateKey();
  return raw.length < 32 ? Buffer.concat([Buffer.alloc(32 - raw.length), raw]) : raw;
}

/** The public point of a raw private key, uncompressed (0x04 ‖ x ‖ y). */
export function publicKeyOf(privateKey: Buffer): Buffer {
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(privateKey);
  return ecdh.getPublicKey(null, 'uncompressed');
}

/**
 * The VAPID subject: the sender address of our mail (`Nestje <no-reply@nestje.nl>` → `mailto:no-reply@nestje.nl`).
 * A `mailto:` rather than the portal's address, which may be `localhost` on a developer's machine and is then
 * refused by some push services.
 */
export function vapidSubject(config: Pick<Config, 'mailFrom'>): string {
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom.trim();
  if (!/^[^@\s<>]+@[^@\s<>]+$/.test(address)) throw new Error(`MAIL_FROM has no address: ${config.mailFrom}`);
  return `mailto:${address}`;
}

/**
 * The server's VAPID keys: made on the first start and kept in the database, so every process and every restart
 * signs with the same key and the browsers' subscriptions keep working. Only the private key is stored; the
 * public key follows from it.
 */
export async function loadVapidKeys(db: Executor, config: Pick<Config, 'mailFrom'>): Promise<VapidKeys> {
  const privateKey = await sharedKey(db, KEY_NAME, newPrivateKey);
  if (privateKey.length !== 32) throw new Error(`server key ${KEY_NAME} is not a P-256 private key`);
  return {
    publicKey: publicKeyOf(privateKey).toString('base64url'),
    privateKey: privateKey.toString('base64url'),
    subject: vapidSubject(config),
  };
}
