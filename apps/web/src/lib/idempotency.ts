import { useState } from 'react';
import { ApiError, api, type ResponseSchema } from './api.ts';

/**
 * A new, random idempotency key (a version 4 UUID). `crypto.randomUUID` exists only on HTTPS pages and
 * localhost; elsewhere the same kind of key is made from `crypto.getRandomValues`, which every page has.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  const variant = '89ab'[(bytes[8] ?? 0) & 3];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** The same text for the same request, whatever the order of the body's fields. */
function fingerprint(path: string, body: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(record)
          .sort()
          .map((key) => [key, canonical(record[key])]),
      );
    }
    return value;
  };
  return JSON.stringify([path, canonical(body)]);
}

/**
 * The idempotency keys of one create form. Each request to create one thing gets a key; sending that same
 * request again (after a network error or a time-out, or a second click that slipped through while the first
 * was on its way) sends the same key, so the server creates the thing once and answers the repeat with the
 * first answer. Other values are another request with another key (a corrected form after a 400 is new to the
 * server); a request that was created, or that the server refused as a key already used for other data
 * (`idempotency.mismatch`), forgets its key, so sending the same values again asks for another thing.
 *
 * A request whose answer never came may have been created, so its key stays known until it is created: going
 * back to those values after trying others sends the old key again, and the server does not create it twice.
 */
export class IdempotencyKeys {
  readonly #keys = new Map<string, string>();

  /** The key to send for this request: the one it was sent with before, unless that one was created. */
  keyFor(path: string, body: unknown): string {
    const request = fingerprint(path, body);
    let key = this.#keys.get(request);
    if (key === undefined) {
      key = newIdempotencyKey();
      this.#keys.set(request, key);
    }
    return key;
  }

  /** The request sent with this key has ended for good (created, or the key is spoiled): forget the key. */
  forget(key: string): void {
    for (const [request, known] of this.#keys) if (known === key) this.#keys.delete(request);
  }

  /** POSTs a create with its idempotency key, and forgets the key once the thing is created. */
  async post<T>(path: string, body: unknown, schema: ResponseSchema<T> | null): Promise<T> {
    const idempotencyKey = this.keyFor(path, body);
    try {
      const created = await api.post(path, body, schema, { idempotencyKey });
      this.forget(idempotencyKey);
      return created;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'idempotency.mismatch') this.forget(idempotencyKey);
      throw error;
    }
  }
}

/**
 * The idempotency keys of a create form, kept as long as the component that calls this stays mounted (a form
 * opened again starts afresh). Use its `post` in the form's create mutation.
 */
export function useIdempotencyKey(): IdempotencyKeys {
  const [keys] = useState(() => new IdempotencyKeys());
  return keys;
}
