import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { createOrganisation, createStaff, type TestOrganisation, useTestSystem } from '../../test/index.ts';
import { insertLocation } from '../modules/organisation/organisation.queries.ts';
import {
  canonicalJson,
  type Idempotency,
  IdempotencyMismatch,
  idempotentTransaction,
  Replay,
  requestHash,
} from './idempotency.ts';

const t = useTestSystem();

async function owner(): Promise<{ o: TestOrganisation; accountId: string }> {
  const o = await createOrganisation(t.ctx);
  return { o, accountId: (await createStaff(t.ctx, o, 'organisation_admin')).accountId };
}

function idempotency(o: TestOrganisation, accountId: string, body: unknown): Idempotency {
  return {
    organisationId: o.id,
    accountId,
    key: crypto.randomUUID(),
    route: 'POST /api/v1/locations',
    requestHash: requestHash({ params: {}, query: {}, body }),
    statusCode: 201,
  };
}

async function locationCount(o: TestOrganisation, name: string): Promise<number> {
  const rows = await t.ctx.db
    .selectFrom('locations')
    .select('id')
    .where('organisation_id', '=', o.id)
    .where('name', '=', name)
    .execute();
  return rows.length;
}

/** A promise and the function that settles it. */
function latch(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Whether `p` is still pending after a while (a duplicate waiting on the key or the connection). */
async function stillWaiting(p: Promise<unknown>): Promise<boolean> {
  const settled = p.then(
    () => false,
    () => false,
  );
  return Promise.race([settled, delay(150).then(() => true)]);
}

describe('the request hash', () => {
  test('equal data in another order hashes alike; other data or parameters do not', () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } }),
      canonicalJson({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 }),
    );
    assert.equal(canonicalJson({ b: 1, a: 2 }), '{"a":2,"b":1}');
    const body = { name: 'X', city: 'Y' };
    const base = requestHash({ params: { childId: 'a' }, query: {}, body });
    assert.ok(
      base.equals(requestHash({ params: { childId: 'a' }, query: {}, body: { city: 'Y', name: 'X' } })),
    );
    assert.ok(!base.equals(requestHash({ params: { childId: 'b' }, query: {}, body })));
    assert.ok(
      !base.equals(requestHash({ params: { childId: 'a' }, query: {}, body: { ...body, city: 'Z' } })),
    );
    assert.equal(base.length, 32);
  });
});

describe('exactly once in the transaction of the change', () => {
  test('a duplicate waits while the first runs, then gets its stored answer without running', async () => {
    const { o, accountId } = await owner();
    const idem = idempotency(o, accountId, { name: 'Wacht' });
    const claimed = latch();
    const gate = latch();
    const first = idempotentTransaction(t.ctx, idem, async (trx) => {
      const id = await insertLocation(trx, o.id, { name: 'Wacht' });
      claimed.open();
      await gate.promise;
      return { id, name: 'Wacht' };
    });
    await claimed.promise;
    let secondRan = false;
    const second = idempotentTransaction(t.ctx, { ...idem }, async () => {
      secondRan = true;
      return { id: 'never', name: 'Wacht' };
    });
    assert.equal(await stillWaiting(second), true, 'the duplicate waits for the first to end');
    gate.open();
    const answer = await first;
    await assert.rejects(second, (err: unknown) => {
      assert.ok(err instanceof Replay);
      assert.equal(err.statusCode, 201);
      assert.deepEqual(err.body, answer);
      return true;
    });
    assert.equal(secondRan, false);
    assert.equal(await locationCount(o, 'Wacht'), 1);
  });

  test('when the first rolls back, the waiting duplicate runs as if it were first', async () => {
    const { o, accountId } = await owner();
    const idem = idempotency(o, accountId, { name: 'Terug' });
    const claimed = latch();
    const gate = latch();
    const first = idempotentTransaction(t.ctx, idem, async (trx) => {
      await insertLocation(trx, o.id, { name: 'Terug' });
      claimed.open();
      await gate.promise;
      throw new Error('the first fails');
    });
    await claimed.promise;
    const second = idempotentTransaction(t.ctx, { ...idem }, async (trx) => ({
      id: await insertLocation(trx, o.id, { name: 'Terug' }),
    }));
    assert.equal(await stillWaiting(second), true);
    gate.open();
    await assert.rejects(first, /the first fails/);
    const answer = await second;
    assert.equal(await locationCount(o, 'Terug'), 1, "only the duplicate's change is there");
    const stored = await t.ctx.db
      .selectFrom('idempotency_keys')
      .select(['status_code', 'response'])
      .where('organisation_id', '=', o.id)
      .where('account_id', '=', accountId)
      .where('key', '=', idem.key)
      .executeTakeFirstOrThrow();
    assert.deepEqual(stored, { status_code: 201, response: answer });
  });

  test('a failed change leaves no key; other data under a used key is a mismatch', async () => {
    const { o, accountId } = await owner();
    const idem = idempotency(o, accountId, { name: 'Fout' });
    await assert.rejects(
      idempotentTransaction(t.ctx, idem, async (trx) => {
        await insertLocation(trx, o.id, { name: 'Fout' });
        throw new Error('no');
      }),
      /no/,
    );
    assert.equal(await locationCount(o, 'Fout'), 0);
    const done = await idempotentTransaction(t.ctx, idem, async () => ({ ok: true }));
    assert.deepEqual(done, { ok: true });
    const other = { ...idem, requestHash: requestHash({ body: { name: 'Anders' } }) };
    await assert.rejects(
      idempotentTransaction(t.ctx, other, async () => ({ ok: false })),
      (err: unknown) => err instanceof IdempotencyMismatch && err.status === 422,
    );
    await assert.rejects(
      idempotentTransaction(t.ctx, { ...idem, route: 'POST /api/v1/groups' }, async () => ({ ok: false })),
      IdempotencyMismatch,
    );
  });
});
