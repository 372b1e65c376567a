import { locationSchema } from '@nestje/contract';
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiError, type MockResponse, mockFetch } from '../test/fetch-mock.ts';
import { ApiError } from './api.ts';
import { IdempotencyKeys, newIdempotencyKey, useIdempotencyKey } from './idempotency.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const location = {
  id: '4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8c01',
  name: 'Haarlem',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  phone: '',
  email: '',
  groupCount: 0,
  permittedActions: [],
};
const created: MockResponse = { status: 201, body: location };

/** A fake server for `POST /locations` that answers with the given answers in turn (a throw: no answer). */
function server(...answers: (() => MockResponse)[]) {
  let call = 0;
  return mockFetch({
    'POST /api/v1/locations': () => {
      const answer = answers[Math.min(call, answers.length - 1)];
      call += 1;
      if (!answer) throw new Error('no answer given');
      return answer();
    },
  });
}

const noConnection = (): MockResponse => {
  throw new TypeError('Failed to fetch');
};

describe('newIdempotencyKey', () => {
  it('makes a new random UUID each time', () => {
    const first = newIdempotencyKey();
    expect(first).toMatch(UUID_V4);
    expect(newIdempotencyKey()).not.toBe(first);
  });

  it('makes the same kind of key where crypto.randomUUID is missing (a page not served over HTTPS)', () => {
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });
});

describe('IdempotencyKeys.keyFor', () => {
  it('gives the same request the same key, whatever the order of its fields', () => {
    const keys = new IdempotencyKeys();
    const key = keys.keyFor('/locations', { name: 'Haarlem', city: 'Haarlem', tags: [{ a: 1, b: 2 }] });
    expect(key).toMatch(UUID_V4);
    expect(keys.keyFor('/locations', { tags: [{ b: 2, a: 1 }], city: 'Haarlem', name: 'Haarlem' })).toBe(key);
  });

  it('gives other values, or the same values to another address, another key', () => {
    const keys = new IdempotencyKeys();
    const key = keys.keyFor('/children/a/placements', { groupId: 'g', days: [1, 2] });
    expect(keys.keyFor('/children/a/placements', { groupId: 'g', days: [2, 1] })).not.toBe(key);
    expect(keys.keyFor('/children/b/placements', { groupId: 'g', days: [1, 2] })).not.toBe(key);
  });

  it('keeps a key for values tried before, until that request is forgotten', () => {
    const keys = new IdempotencyKeys();
    const first = keys.keyFor('/locations', { name: 'Haarlem' });
    const corrected = keys.keyFor('/locations', { name: 'Haarlem-Noord' });
    expect(keys.keyFor('/locations', { name: 'Haarlem' })).toBe(first);

    keys.forget(first);
    const again = keys.keyFor('/locations', { name: 'Haarlem' });
    expect(again).not.toBe(first);
    expect(keys.keyFor('/locations', { name: 'Haarlem-Noord' })).toBe(corrected);
  });

  it('keeps keys apart per form: another form asks for its own thing', () => {
    const body = { name: 'Haarlem' };
    expect(new IdempotencyKeys().keyFor('/locations', body)).not.toBe(
      new IdempotencyKeys().keyFor('/locations', body),
    );
  });
});

describe('IdempotencyKeys.post', () => {
  it('sends the key as the Idempotency-Key header with the JSON body, and answers the created thing', async () => {
    const requests = server(() => created);
    const keys = new IdempotencyKeys();
    const answer = await keys.post('/locations', { name: 'Haarlem' }, locationSchema);

    expect(answer.id).toBe(location.id);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get('Idempotency-Key')).toMatch(UUID_V4);
    expect(requests[0]?.headers.get('X-Nestje-Csrf')).toBe('1');
    expect(requests[0]?.body).toEqual({ name: 'Haarlem' });
  });

  it('sends a retry after a lost connection with the same key, and the next create after success with a new one', async () => {
    const requests = server(
      noConnection,
      () => created,
      () => created,
    );
    const keys = new IdempotencyKeys();
    await expect(keys.post('/locations', { name: 'Haarlem' }, locationSchema)).rejects.toMatchObject({
      code: 'network',
    });
    await keys.post('/locations', { name: 'Haarlem' }, locationSchema);
    await keys.post('/locations', { name: 'Haarlem' }, locationSchema);

    const [lost, retry, next] = requests.map((request) => request.headers.get('Idempotency-Key'));
    expect(retry).toBe(lost);
    expect(next).toMatch(UUID_V4);
    expect(next).not.toBe(retry);
  });

  it('sends a double submit, while the first is still on its way, with the same key', async () => {
    const requests = server(() => created);
    const keys = new IdempotencyKeys();
    await Promise.all([
      keys.post('/locations', { name: 'Haarlem' }, locationSchema),
      keys.post('/locations', { name: 'Haarlem' }, locationSchema),
    ]);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.headers.get('Idempotency-Key')).toBe(requests[0]?.headers.get('Idempotency-Key'));
  });

  it('sends corrected values after a 400 as a new request, with a new key', async () => {
    const requests = server(
      () => apiError(400, 'validation_failed', [{ path: 'name', code: 'too_big' }]),
      () => created,
    );
    const keys = new IdempotencyKeys();
    await expect(keys.post('/locations', { name: 'H'.repeat(300) }, locationSchema)).rejects.toBeInstanceOf(
      ApiError,
    );
    await keys.post('/locations', { name: 'Haarlem' }, locationSchema);

    const [refused, corrected] = requests.map((request) => request.headers.get('Idempotency-Key'));
    expect(corrected).not.toBe(refused);
  });

  it('drops a key the server says was used for other data, so trying again works', async () => {
    const requests = server(
      () => apiError(422, 'idempotency.mismatch'),
      () => created,
    );
    const keys = new IdempotencyKeys();
    await expect(keys.post('/locations', { name: 'Haarlem' }, locationSchema)).rejects.toMatchObject({
      status: 422,
      code: 'idempotency.mismatch',
    });
    await keys.post('/locations', { name: 'Haarlem' }, locationSchema);

    const [spoiled, fresh] = requests.map((request) => request.headers.get('Idempotency-Key'));
    expect(fresh).not.toBe(spoiled);
  });
});

describe('useIdempotencyKey', () => {
  it('keeps the same keys across renders of one component, and separate keys for another', () => {
    const { result, rerender } = renderHook(() => useIdempotencyKey());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);

    const other = renderHook(() => useIdempotencyKey()).result.current;
    expect(other).not.toBe(first);
    expect(other.keyFor('/groups', {})).not.toBe(first.keyFor('/groups', {}));
  });
});
