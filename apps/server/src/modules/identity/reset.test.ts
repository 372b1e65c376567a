import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createFamily,
  createOrganisation,
  DEFAULT_NOW,
  TEST_PASSWORD,
  TestClient,
  useTestSystem,
} from '../../../test/index.ts';

const t = useTestSystem({ smtp: true });

/** Delivers the queued mails over SMTP and returns the token of the newest reset link sent to `email`. */
async function resetTokenFor(email: string): Promise<string> {
  const before = t.smtp!.mails.length;
  await t.jobs.drain();
  const mails = await t.smtp!.waitFor(before + 1);
  const mail = [...mails].reverse().find((m) => m.to && JSON.stringify(m.to).includes(email));
  assert.ok(mail, `a mail to ${email}`);
  const match = /wachtwoord-herstellen#token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  assert.ok(match, 'the mail holds a reset link');
  return match[1]!;
}

describe('Wachtwoord vergeten? (P1)', () => {
  test('the reset link arrives by SMTP, sets a new password once, and ends every other session', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx, 'Opvang De Linde');
    const f = await createFamily(t.ctx, o);
    const phone = new TestClient(t.app);
    await phone.login(f.email, TEST_PASSWORD);

    const res = await new TestClient(t.app).post('/api/v1/auth/password-reset', { email: f.email });
    assert.equal(res.status, 202);
    const token = await resetTokenFor(f.email);
    const mail = t.smtp!.mails.at(-1)!;
    assert.equal(mail.subject, 'Nieuw wachtwoord voor Nestje');
    assert.match(mail.text ?? '', /Opvang De Linde/);
    assert.match(mail.html || '', /href="http:\/\/localhost:3000\/wachtwoord-herstellen#token=/);

    const browser = new TestClient(t.app);
    const info = await browser.post('/api/v1/auth/password-reset/inspect', { token });
    assert.equal(info.status, 200);
    assert.equal(info.body.email, f.email);
    const done = await browser.post('/api/v1/auth/password-reset/complete', {
      token,
      password: 'a brand new secret',
    });
    assert.equal(done.status, 200);
    assert.equal(done.body.activeAccountId, f.accountId);
    assert.equal((await browser.get('/api/v1/me')).status, 200, 'signed in after the reset');

    assert.equal((await phone.get('/api/v1/me')).status, 401, 'the other session ended');
    assert.equal(
      (await new TestClient(t.app).login(f.email, TEST_PASSWORD)).status,
      401,
      'old password is gone',
    );
    assert.equal((await new TestClient(t.app).login(f.email, 'a brand new secret')).status, 200);

    const again = await new TestClient(t.app).post('/api/v1/auth/password-reset/complete', {
      token,
      password: 'yet another secret',
    });
    assert.equal(again.status, 400);
    assert.equal(again.body.error.code, 'auth.token_used');
  });

  test('an unknown address gets the identical answer and no mail', async () => {
    const before = t.smtp!.mails.length;
    const res = await new TestClient(t.app).post('/api/v1/auth/password-reset', {
      email: 'nobody-here@example.nl',
    });
    assert.equal(res.status, 202);
    assert.deepEqual(res.body, { accepted: true });
    await t.jobs.drain();
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(t.smtp!.mails.length, before);
  });

  test('a reset link works for 60 minutes only', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    await new TestClient(t.app).post('/api/v1/auth/password-reset', { email: f.email });
    const token = await resetTokenFor(f.email);
    t.clock.advance({ minutes: 60, seconds: 1 });
    const res = await new TestClient(t.app).post('/api/v1/auth/password-reset/complete', {
      token,
      password: 'a brand new secret',
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'auth.token_expired');
    t.clock.set(DEFAULT_NOW);
  });

  test('a newer reset link makes the older one void; a made-up token is invalid', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    await new TestClient(t.app).post('/api/v1/auth/password-reset', { email: f.email });
    const first = await resetTokenFor(f.email);
    t.clock.advance({ minutes: 1 });
    await new TestClient(t.app).post('/api/v1/auth/password-reset', { email: f.email });
    const second = await resetTokenFor(f.email);
    assert.notEqual(first, second);
    const old = await new TestClient(t.app).post('/api/v1/auth/password-reset/inspect', { token: first });
    assert.equal(old.body.error.code, 'auth.token_expired');
    assert.equal(
      (await new TestClient(t.app).post('/api/v1/auth/password-reset/inspect', { token: second })).status,
      200,
    );
    const fake = await new TestClient(t.app).post('/api/v1/auth/password-reset/inspect', {
      token: 'x'.repeat(43),
    });
    assert.equal(fake.body.error.code, 'auth.token_invalid');
    t.clock.set(DEFAULT_NOW);
  });

  test('too short a new password is refused with the field', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    await new TestClient(t.app).post('/api/v1/auth/password-reset', { email: f.email });
    const token = await resetTokenFor(f.email);
    const res = await new TestClient(t.app).post('/api/v1/auth/password-reset/complete', {
      token,
      password: 'short',
    });
    assert.equal(res.status, 400);
    assert.deepEqual(
      res.body.error.fields.map((x: { path: string; code: string }) => [x.path, x.code]),
      [['password', 'too_small']],
    );
    assert.equal(
      (await new TestClient(t.app).post('/api/v1/auth/password-reset/inspect', { token })).status,
      200,
      'token still usable',
    );
  });

  test('reset requests are rate limited per address', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await new TestClient(t.app).post('/api/v1/auth/password-reset', { email: f.email })).status,
      );
    assert.deepEqual(statuses, [202, 202, 202, 202, 202, 429]);
  });
});
