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
import { sendActivation } from './identity.service.ts';

const t = useTestSystem();

/** Sends an activation mail (kept in the dev mailbox, as in the demo) and returns the link's token. */
async function activationToken(organisationId: string, accountId: string, email: string): Promise<string> {
  await t.ctx.db.transaction().execute((trx) => sendActivation(t.ctx, trx, organisationId, accountId));
  await t.jobs.drain();
  const box = await new TestClient(t.app).get('/api/v1/dev/mailbox');
  const mail = box.body.mails.find((m: { to: string }) => m.to === email);
  assert.ok(mail, 'the activation mail is in the mailbox');
  assert.equal(mail.subject, 'Je account bij Test Opvang');
  assert.doesNotMatch(mail.text, /wachtwoord:/i, 'never a mailed password');
  return /activeren#token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
}

describe('activation (P1)', () => {
  test('an activation link sets the first password once and signs in', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o, { activated: false });
    const token = await activationToken(o.id, f.accountId, f.email);
    const c = new TestClient(t.app);
    const info = await c.post('/api/v1/auth/activation/inspect', { token });
    assert.equal(info.status, 200);
    assert.equal(info.body.organisationName, 'Test Opvang');
    const done = await c.post('/api/v1/auth/activation/complete', { token, password: 'my own password' });
    assert.equal(done.status, 200);
    assert.equal((await c.get('/api/v1/me')).body.account.id, f.accountId);
    const account = await t.ctx.db
      .selectFrom('accounts')
      .select('activated_at')
      .where('id', '=', f.accountId)
      .executeTakeFirstOrThrow();
    assert.ok(account.activated_at);

    const reuse = await new TestClient(t.app).post('/api/v1/auth/activation/inspect', { token });
    assert.equal(reuse.body.error.code, 'auth.token_used');
  });

  test('an activation link expires after 30 days; a reset link is no activation link', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o, { activated: false });
    const token = await activationToken(o.id, f.accountId, f.email);
    const asReset = await new TestClient(t.app).post('/api/v1/auth/password-reset/inspect', { token });
    assert.equal(asReset.body.error.code, 'auth.token_invalid');
    t.clock.advance({ hours: 30 * 24 + 1 });
    const expired = await new TestClient(t.app).post('/api/v1/auth/activation/complete', {
      token,
      password: 'my own password',
    });
    assert.equal(expired.body.error.code, 'auth.token_expired');
    t.clock.set(DEFAULT_NOW);
  });
});

describe('mail language', () => {
  test('an account set to English gets its mails in English', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o, { activated: false });
    await t.ctx.db.updateTable('accounts').set({ locale: 'en' }).where('id', '=', f.accountId).execute();
    await t.ctx.db.transaction().execute((trx) => sendActivation(t.ctx, trx, o.id, f.accountId));
    await t.jobs.drain();
    const box = await new TestClient(t.app).get('/api/v1/dev/mailbox');
    const mail = box.body.mails.find((m: { to: string }) => m.to === f.email);
    assert.equal(mail.subject, 'Your account for Test Opvang');
    assert.match(mail.text, /Activate account: http:\/\/localhost:3000\/activeren#token=/);
  });
});

describe('change password', () => {
  test('asks the current password; other sessions end, this one stays', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const laptop = new TestClient(t.app);
    const phone = new TestClient(t.app);
    await laptop.login(f.email, TEST_PASSWORD);
    await phone.login(f.email, TEST_PASSWORD);

    const wrong = await laptop.post('/api/v1/me/password', {
      currentPassword: 'not it',
      newPassword: 'a fresh password',
    });
    assert.equal(wrong.status, 400);
    assert.deepEqual(
      wrong.body.error.fields.map((x: { path: string }) => x.path),
      ['currentPassword'],
    );
    assert.equal(wrong.body.error.fields[0].code, 'auth.wrong_current_password');

    const ok = await laptop.post('/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a fresh password',
    });
    assert.equal(ok.status, 204);
    assert.equal((await laptop.get('/api/v1/me')).status, 200);
    assert.equal((await phone.get('/api/v1/me')).status, 401);
    assert.equal((await new TestClient(t.app).login(f.email, 'a fresh password')).status, 200);
  });

  test('the UI language is kept on the account', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const c = new TestClient(t.app);
    await c.login(f.email, TEST_PASSWORD);
    assert.equal((await c.put('/api/v1/me/preferences', { locale: 'en' })).status, 204);
    assert.equal((await c.get('/api/v1/me')).body.account.locale, 'en');
    assert.equal((await c.put('/api/v1/me/preferences', { locale: 'de' })).status, 400);
  });
});
