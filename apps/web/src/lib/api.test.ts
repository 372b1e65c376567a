import { meSchema, sessionStateSchema } from '@nestje/contract';
import { describe, expect, it, vi } from 'vitest';
import { apiError, mockFetch } from '../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../test/fixtures.ts';
import { setActiveAccountId } from './accounts.ts';
import { ApiError, api } from './api.ts';

describe('api client', () => {
  it('sends the CSRF header, the active account and JSON on a POST', async () => {
    setActiveAccountId(guardianAccount.id);
    const requests = mockFetch({
      'POST /api/v1/auth/login': () => ({
        status: 200,
        body: { activeAccountId: guardianAccount.id, accounts: [guardianAccount] },
      }),
    });
    const session = await api.post('/auth/login', { email: 'a@b.nl', password: 'x' }, sessionStateSchema);

    expect(session.activeAccountId).toBe(guardianAccount.id);
    const [request] = requests;
    expect(request?.headers.get('X-Nestje-Csrf')).toBe('1');
    expect(request?.headers.get('X-Nestje-Account')).toBe(guardianAccount.id);
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(request?.body).toEqual({ email: 'a@b.nl', password: 'x' });
    expect(vi.mocked(fetch).mock.calls[0]?.[1]?.credentials).toBe('same-origin');
  });

  it('sends a PATCH like a POST: JSON body, CSRF header and the active account', async () => {
    setActiveAccountId(guardianAccount.id);
    const requests = mockFetch({ 'PATCH /api/v1/children/c1': () => ({ status: 204 }) });
    await api.patch('/children/c1', { firstName: 'Noor' }, null);

    const [request] = requests;
    expect(request?.method).toBe('PATCH');
    expect(request?.body).toEqual({ firstName: 'Noor' });
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(request?.headers.get('X-Nestje-Csrf')).toBe('1');
    expect(request?.headers.get('X-Nestje-Account')).toBe(guardianAccount.id);
  });

  it('sends an Idempotency-Key only when one is given', async () => {
    const requests = mockFetch({ 'POST /api/v1/locations': () => ({ status: 201 }) });
    await api.post('/locations', { name: 'Haarlem' }, null, { idempotencyKey: 'k-1' });
    await api.post('/locations', { name: 'Haarlem' }, null);

    expect(requests[0]?.headers.get('Idempotency-Key')).toBe('k-1');
    expect(requests[1]?.headers.has('Idempotency-Key')).toBe(false);
  });

  it('sends the account on a GET, without the CSRF header; and no account header when asked', async () => {
    setActiveAccountId(guardianAccount.id);
    const requests = mockFetch({ 'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }) });
    await api.get('/me', meSchema);
    await api.get('/me', meSchema, { accountId: null });

    expect(requests[0]?.headers.get('X-Nestje-Account')).toBe(guardianAccount.id);
    expect(requests[0]?.headers.has('X-Nestje-Csrf')).toBe(false);
    expect(requests[1]?.headers.has('X-Nestje-Account')).toBe(false);
  });

  it('turns an error body into an ApiError with status, code and fields', async () => {
    mockFetch({
      'POST /api/v1/me/password': () =>
        apiError(400, 'validation_failed', [{ path: 'newPassword', code: 'too_small' }]),
    });
    const error = await api.post('/me/password', {}, null).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((error as ApiError).fields).toEqual([{ path: 'newPassword', code: 'too_small', message: 'x' }]);
  });

  it('gives a translatable code when there is no error body, no connection or an unexpected answer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    await expect(api.get('/me', meSchema)).rejects.toMatchObject({ status: 502, code: 'internal' });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 429 })),
    );
    await expect(api.get('/me', meSchema)).rejects.toMatchObject({ code: 'rate_limited' });

    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(api.get('/me', meSchema)).rejects.toMatchObject({ status: 0, code: 'network' });

    mockFetch({ 'GET /api/v1/me': () => ({ status: 200, body: { hello: 'world' } }) });
    await expect(api.get('/me', meSchema)).rejects.toMatchObject({ code: 'invalid_response' });
  });
});
