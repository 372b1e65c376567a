import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { TestClient } from './client.ts';
import { createStaff, TEST_PASSWORD, type TestOrganisation } from './factories.ts';
import { uploadImport } from './imports-factories.ts';
import type { TestSystem } from './system.ts';

/** Helpers of the tests that run imports, on the file's test system `t` (read when they are called). */
export function importRunHelpers(t: TestSystem) {
  /** A planner of the organisation's location, signed in. */
  async function planner(o: TestOrganisation): Promise<TestClient> {
    const c = new TestClient(t.app);
    const staff = await createStaff(t.ctx, o, 'planner', { locationId: o.locationId });
    assert.equal((await c.login(staff.email, TEST_PASSWORD)).status, 200);
    return c;
  }

  /** Uploads a file that the dry run finds nothing wrong with; the import's id. */
  async function checked(c: TestClient, o: TestOrganisation, csv: string | Buffer): Promise<string> {
    const res = await uploadImport(c, o.locationId, csv);
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.lines.flatMap((l: { issues: unknown[] }) => l.issues),
      [],
    );
    assert.equal(res.body.canRun, true);
    return res.body.id;
  }

  const childByRef = (o: TestOrganisation, ref: string) =>
    t.ctx.db
      .selectFrom('children')
      .selectAll()
      .where('organisation_id', '=', o.id)
      .where('external_ref', '=', ref)
      .executeTakeFirst();

  const guardiansByEmail = (o: TestOrganisation, email: string) =>
    t.ctx.db
      .selectFrom('guardians')
      .selectAll()
      .where('organisation_id', '=', o.id)
      .where(sql<boolean>`lower(email) = ${email}`)
      .execute();

  return { planner, checked, childByRef, guardiansByEmail };
}
