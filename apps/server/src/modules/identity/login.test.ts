import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createFamily,
  createOrganisation,
  createStaff,
  TEST_PASSWORD,
  TestClient,
  useTestSystem,
} from '../../../test/index.ts';

const t = useTestSystem();

describe('sign-in (P1)', () => {
  test('a guardian signs in with e-mail and password and lands as that account', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const c = new TestClient(t.app);
    const res = await c.post('/api/v1/auth/login', { email: f.email.toUpperCase(), password: TEST_PASSWORD });
    assert.equal(res.status, 200);
    assert.equal(res.body.activeAccountId, f.accountId);
    const cookie = String(res.headers['set-cookie']);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /Secure/);
    assert.match(cookie, /SameSite=Lax/);
    const me = await c.get('/api/v1/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.account.kind, 'guardian');
    assert.ok(me.body.permittedActions.includes('parentPortal.use'));
    assert.ok(!me.body.permittedActions.includes('staffArea.use'));
  });

  test('a wrong password and an unknown address get the same answer', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const wrong = await new TestClient(t.app).post('/api/v1/auth/login', {
      email: f.email,
      password: 'not the password',
    });
    const unknown = await new TestClient(t.app).post('/api/v1/auth/login', {
      email: 'nobody@example.nl',
      password: 'whatever-it-is',
    });
    assert.equal(wrong.status, 401);
    assert.deepEqual(wrong.body, unknown.body);
    assert.equal(wrong.body.error.code, 'auth.invalid_credentials');
    assert.equal(wrong.headers['set-cookie'], undefined);
  });

  test('an account that was never activated cannot sign in', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o, { activated: false });
    const res = await new TestClient(t.app).post('/api/v1/auth/login', {
      email: f.email,
      password: TEST_PASSWORD,
    });
    assert.equal(res.status, 401);
  });

  test('bad input is refused with 400 and the failing field', async () => {
    const res = await new TestClient(t.app).post('/api/v1/auth/login', {
      email: 'not-an-address',
      password: '',
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'validation_failed');
    const paths = res.body.error.fields.map((f: { path: string }) => f.path).sort();
    assert.deepEqual(paths, ['email', 'password']);
  });

  test('staff sign in to the staff area', async () => {
    const o = await createOrganisation(t.ctx);
    const s = await createStaff(t.ctx, o, 'planner', { locationId: o.locationId });
    const c = new TestClient(t.app);
    assert.equal((await c.login(s.email, TEST_PASSWORD)).status, 200);
    const me = await c.get('/api/v1/me');
    assert.equal(me.body.account.kind, 'staff');
    assert.deepEqual(me.body.account.roles, [{ role: 'planner', locationId: o.locationId, groupId: null }]);
    assert.ok(me.body.permittedActions.includes('staffArea.use'));
    assert.ok(!me.body.permittedActions.includes('organisation.manage'));
  });

  test('repeated attempts are limited with 429 and Retry-After, and allowed again after the window', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const c = new TestClient(t.app);
    for (let i = 0; i < 10; i++) {
      assert.equal(
        (await c.post('/api/v1/auth/login', { email: f.email, password: 'wrong-password' })).status,
        401,
      );
    }
    const limited = await c.post('/api/v1/auth/login', { email: f.email, password: TEST_PASSWORD });
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, 'rate_limited');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    t.clock.advance({ minutes: 16 });
    // No lock-out: once the window has passed the right password works.
    assert.equal((await c.login(f.email, TEST_PASSWORD)).status, 200);
  });
});

describe('CSRF and security headers', () => {
  test('a state-changing request without the CSRF header is refused', async () => {
    const c = new TestClient(t.app);
    c.csrf = false;
    const res = await c.post('/api/v1/auth/login', { email: 'a@example.nl', password: 'x' });
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, 'csrf_failed');
  });

  test('a request from another origin is refused even with the header', async () => {
    const res = await new TestClient(t.app).post(
      '/api/v1/auth/login',
      { email: 'a@example.nl', password: 'x' },
      { origin: 'https://evil.example' },
    );
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, 'csrf_failed');
    const same = await new TestClient(t.app).post(
      '/api/v1/auth/login',
      { email: 'a@example.nl', password: 'xxxxxxxx' },
      { origin: 'http://localhost:3000' },
    );
    assert.equal(same.status, 401);
  });

  test('every response carries security headers', async () => {
    for (const url of ['/healthz', '/api/v1/me', '/api/v1/nothing-here']) {
      const res = await new TestClient(t.app).get(url);
      assert.match(String(res.headers['content-security-policy']), /default-src 'self'/, url);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
      assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/, url);
      assert.equal(res.headers['referrer-policy'], 'same-origin', url);
    }
  });
});
