import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useTestSystem } from '../../test/index.ts';

const t = useTestSystem();

const mailCount = async () =>
  (
    await t.ctx.db
      .selectFrom('dev_mails')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;
const mail = (to: string) => ({
  organisationId: null,
  to,
  subject: 'Hallo',
  text: 'tekst',
  html: '<p>tekst</p>',
});

test('a job sent in a transaction that rolls back never runs', async () => {
  const before = await mailCount();
  await assert.rejects(
    t.ctx.db.transaction().execute(async (trx) => {
      await t.jobs.send(trx, t.ctx.mailJob, mail('rollback@example.nl'));
      throw new Error('the change failed');
    }),
    /the change failed/,
  );
  const drained = await t.jobs.drain();
  assert.equal(drained.completed, 0);
  assert.equal(await mailCount(), before);
});

test('a job sent in a transaction that commits runs once', async () => {
  const before = await mailCount();
  await t.ctx.db.transaction().execute((trx) => t.jobs.send(trx, t.ctx.mailJob, mail('commit@example.nl')));
  assert.equal((await t.jobs.drain()).completed, 1);
  assert.equal((await t.jobs.drain()).completed, 0, 'not twice');
  assert.equal(await mailCount(), before + 1);
});

test('a failing job is retried later, not lost', async () => {
  let calls = 0;
  const original = t.mailer.send;
  t.mailer.send = async (m) => {
    calls++;
    if (calls === 1) throw new Error('SMTP is down');
    return original(m);
  };
  try {
    const before = await mailCount();
    await t.ctx.db.transaction().execute((trx) => t.jobs.send(trx, t.ctx.mailJob, mail('retry@example.nl')));
    const first = await t.jobs.drain();
    assert.equal(first.failed, 1);
    assert.equal(await mailCount(), before);
    // The retry waits for its back-off; make it due now the way pg-boss would after the delay.
    await t.database.pool.query(
      `UPDATE pgboss.job SET start_after = now() WHERE name = 'mail.send' AND state = 'retry'`,
    );
    const second = await t.jobs.drain();
    assert.equal(second.completed, 1);
    assert.equal(await mailCount(), before + 1);
  } finally {
    t.mailer.send = original;
  }
});

test('a delivered mail, which may hold a single-use link, leaves the queue table within a minute', async () => {
  const { rows } = await t.database.pool.query(
    `SELECT name, deletion_seconds AS d FROM pgboss.queue WHERE name = 'mail.send'`,
  );
  assert.equal(rows[0]?.d, 60);
});
