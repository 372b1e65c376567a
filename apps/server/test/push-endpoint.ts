import {
  createDecipheriv,
  createECDH,
  createPublicKey,
  type ECDH,
  hkdfSync,
  randomBytes,
  randomUUID,
  verify,
} from 'node:crypto';
import { Agent, createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/**
 * A push service and the browsers behind it, for tests. It listens on 127.0.0.1 over HTTPS with a self-signed
 * certificate (`agent` trusts it), checks each push like a real push service does (the VAPID JWT, the TTL, the
 * encoding) and, playing the browser, decrypts the payload with the browser's own keys (RFC 8291).
 */
export interface PushEndpoint {
  /** `https://127.0.0.1:<port>` */
  origin: string;
  /** The HTTPS agent the server under test must send through (SystemOptions.pushAgent). */
  agent: Agent;
  /** A new browser subscribed with `applicationServerKey` (the server's VAPID public key). */
  subscribe(applicationServerKey: string): TestBrowser;
  /** Every push that passed the checks, in the order they came. */
  received: ReceivedPush[];
  /** Why pushes were refused with 400 (a broken signature, header or payload): a test expects none. */
  refused: string[];
  /** Makes the endpoint answer `status` to every push for this subscription (e.g. 410: it is gone). */
  answer(endpoint: string, status: number): void;
  close(): Promise<void>;
}

/** A browser's push subscription, as `PushSubscription.toJSON()` gives it, with the secrets only it knows. */
export interface TestBrowser {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  ecdh: ECDH;
  authSecret: Buffer;
  applicationServerKey: string;
}

export interface ReceivedPush {
  endpoint: string;
  ttl: number;
  topic: string | null;
  urgency: string | null;
  /** The `k` of the VAPID header: the key the JWT was verified with. */
  vapidKey: string;
  jwt: { aud: string; exp: number; sub: string };
  /** The decrypted payload. */
  payload: string;
}

const b64 = (s: string) => Buffer.from(s, 'base64url');

/** Checks the `Authorization: vapid t=<JWT>, k=<key>` header (RFC 8292); answers the JWT's claims and the key. */
export function verifyVapid(header: string | undefined, origin: string, expectedKey: string) {
  const m = /^vapid t=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+), ?k=([A-Za-z0-9_-]+)$/.exec(
    header ?? '',
  );
  if (!m) throw new Error(`no VAPID authorization: ${header}`);
  const [jwt, key] = [m[1] as string, m[2] as string];
  if (key !== expectedKey) throw new Error('VAPID key is not the one the browser subscribed with');
  const point = b64(key);
  if (point.length !== 65 || point[0] !== 4) throw new Error('VAPID key is not an uncompressed P-256 point');
  const publicKey = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const [head, body, sig] = jwt.split('.') as [string, string, string];
  const header_ = JSON.parse(b64(head).toString());
  if (header_.alg !== 'ES256') throw new Error(`JWT alg ${header_.alg}`);
  const signed = Buffer.from(`${head}.${body}`);
  if (!verify('sha256', signed, { key: publicKey, dsaEncoding: 'ieee-p1363' }, b64(sig))) {
    throw new Error('JWT signature does not verify');
  }
  const claims = JSON.parse(b64(body).toString()) as { aud: string; exp: number; sub: string };
  if (claims.aud !== origin) throw new Error(`JWT aud ${claims.aud} is not ${origin}`);
  // A push service checks the expiry against its own (real) time: in the future, at most 24 hours ahead.
  const now = Date.now() / 1000;
  if (!(claims.exp > now && claims.exp <= now + 24 * 3600))
    throw new Error(`JWT exp ${claims.exp} out of range`);
  if (!/^(mailto:|https:)/.test(claims.sub ?? '')) throw new Error(`JWT sub ${claims.sub}`);
  return { claims, key };
}

/**
 * Decrypts an `aes128gcm` push message body as the browser does (RFC 8291 §3.4 and RFC 8188): the header names
 * the push sender's ephemeral key; ECDH with the browser's key and the auth secret give the content key and nonce.
 */
export function decryptPush(body: Buffer, ecdh: ECDH, authSecret: Buffer): string {
  if (body.length < 21) throw new Error('body shorter than the aes128gcm header');
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body[20] as number;
  const senderKey = body.subarray(21, 21 + idlen);
  if (idlen !== 65 || senderKey[0] !== 4) throw new Error('keyid is not an uncompressed P-256 point');
  if (rs < 18) throw new Error(`record size ${rs}`);
  const ecdhSecret = ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), senderKey]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const records = body.subarray(21 + idlen);
  const parts: Buffer[] = [];
  for (let seq = 0, at = 0; at < records.length; seq++, at += rs) {
    const record = records.subarray(at, Math.min(at + rs, records.length));
    const iv = Buffer.from(nonce);
    // The record's nonce is the base nonce XOR its sequence number (RFC 8188 §2.3); few records, so 32 bits do.
    iv.writeUInt32BE((iv.readUInt32BE(8) ^ seq) >>> 0, 8);
    const decipher = createDecipheriv('aes-128-gcm', cek, iv);
    decipher.setAuthTag(record.subarray(record.length - 16));
    const plain = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
    // Padding: the data, then a delimiter (2 in the last record, 1 before), then zeros.
    let end = plain.length - 1;
    while (end >= 0 && plain[end] === 0) end--;
    const last = at + rs >= records.length;
    if (plain[end] !== (last ? 2 : 1)) throw new Error(`record ${seq} has no padding delimiter`);
    parts.push(plain.subarray(0, end));
  }
  return Buffer.concat(parts).toString('utf8');
}

export async function startPushEndpoint(): Promise<PushEndpoint> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  });
  const browsers = new Map<string, TestBrowser>();
  const answers = new Map<string, number>();
  const received: ReceivedPush[] = [];
  const refused: string[] = [];
  let origin = '';

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const endpoint = `${origin}${req.url}`;
      const browser = browsers.get(endpoint);
      if (req.method !== 'POST' || !browser) {
        res.writeHead(404).end();
        return;
      }
      try {
        const { claims, key } = verifyVapid(req.headers.authorization, origin, browser.applicationServerKey);
        const ttl = req.headers.ttl;
        if (typeof ttl !== 'string' || !/^\d+$/.test(ttl)) throw new Error(`TTL header ${ttl}`);
        if (req.headers['content-encoding'] !== 'aes128gcm') {
          throw new Error(`Content-Encoding ${req.headers['content-encoding']}`);
        }
        const payload = decryptPush(Buffer.concat(chunks), browser.ecdh, browser.authSecret);
        const status = answers.get(endpoint) ?? 201;
        if (status === 201) {
          received.push({
            endpoint,
            ttl: Number(ttl),
            topic: (req.headers.topic as string | undefined) ?? null,
            urgency: (req.headers.urgency as string | undefined) ?? null,
            vapidKey: key,
            jwt: claims,
            payload,
          });
        }
        res.writeHead(status).end();
      } catch (err) {
        refused.push((err as Error).message);
        res.writeHead(400).end((err as Error).message);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new Agent({ ca: pems.cert });

  return {
    origin,
    agent,
    received,
    refused,
    subscribe(applicationServerKey) {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const authSecret = randomBytes(16);
      const browser: TestBrowser = {
        endpoint: `${origin}/push/${randomUUID()}`,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') },
        ecdh,
        authSecret,
        applicationServerKey,
      };
      browsers.set(browser.endpoint, browser);
      return browser;
    },
    answer(endpoint, status) {
      answers.set(endpoint, status);
    },
    async close() {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
