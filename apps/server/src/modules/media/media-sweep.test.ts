import assert from 'node:assert/strict';
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createOrganisation, type TestOrganisation, useTestSystem } from '../../../test/index.ts';
import { image } from '../../../test/organisation-factories.ts';
import { familyClient } from '../../../test/requests-factories.ts';
import { sweepMedia } from './media.jobs.ts';
import { sessionHeaders, upload } from './media-test-helpers.ts';

const t = useTestSystem();

const mediaDir = () => join(t.ctx.config.dataDir, 'media');

async function keysOf(mediaId: string): Promise<string[]> {
  const rows = await t.ctx.db
    .selectFrom('media_files')
    .select('storage_key')
    .where('media_id', '=', mediaId)
    .execute();
  return rows.map((r) => r.storage_key);
}

const exists = (key: string) => existsSync(join(mediaDir(), ...key.split('/')));
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

describe('the media sweep', () => {
  let o: TestOrganisation;
  test('set-up', async () => {
    o = await createOrganisation(t.ctx);
  });

  test('removes media nothing took within 24 hours, and media no longer used, but never a used one', async () => {
    const staff = await familyClient(t.app, t.ctx, o);
    const unattached = (await upload(staff.client, await image(100, 100, 'png'))).body.id as string;
    const used = (await upload(staff.client, await image(120, 100, 'png'))).body.id as string;
    const dropped = (await upload(staff.client, await image(140, 100, 'png'))).body.id as string;
    const recent = (await upload(staff.client, await image(160, 100, 'png'))).body.id as string;
    const at = new Date(t.clock.now().epochMilliseconds);
    await t.ctx.db
      .updateTable('media')
      .set({ created_at: new Date(at.getTime() - 25 * 3_600_000) })
      .where('id', 'in', [unattached, used, dropped])
      .execute();
    await t.ctx.db.updateTable('media').set({ attached_at: at }).where('id', 'in', [used, dropped]).execute();
    const entry = await t.ctx.db
      .insertInto('diary_entries')
      .values({
        organisation_id: o.id,
        child_id: staff.childIds[0] as string,
        author_account_id: staff.accountId,
        written_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('diary_entry_media')
      .values({
        organisation_id: o.id,
        entry_id: entry.id,
        media_id: used,
        position: 0,
        added_by_account_id: staff.accountId,
        added_at: at,
      })
      .execute();
    const goneKeys = [...(await keysOf(unattached)), ...(await keysOf(dropped))];
    const keptKeys = [...(await keysOf(used)), ...(await keysOf(recent))];
    assert.equal(goneKeys.length, 6);
    assert.ok(goneKeys.every(exists));

    const result = await sweepMedia(t.ctx);
    assert.equal(result.media, 2);
    assert.equal(result.files, 6);
    const left = await t.ctx.db
      .selectFrom('media')
      .select('id')
      .where('organisation_id', '=', o.id)
      .execute();
    assert.deepEqual(left.map((r) => r.id).sort(), [used, recent].sort());
    assert.ok(
      goneKeys.every((k) => !exists(k)),
      'files of swept media removed',
    );
    assert.ok(keptKeys.every(exists), 'files of used and recent media kept');
  });

  test('removes a stored file no row names once it is an hour old, and old temporary files', async () => {
    const orphanKey = `${o.id}/2026/03/00000000-0000-4000-8000-000000000001.jpg`;
    const freshKey = `${o.id}/2026/03/00000000-0000-4000-8000-000000000002.jpg`;
    const dir = join(mediaDir(), o.id, '2026', '03');
    writeFileSync(join(dir, '00000000-0000-4000-8000-000000000001.jpg'), 'orphan');
    writeFileSync(join(dir, '00000000-0000-4000-8000-000000000002.jpg'), 'being written');
    utimesSync(join(dir, '00000000-0000-4000-8000-000000000001.jpg'), hoursAgo(2), hoursAgo(2));
    const oldTemp = join(mediaDir(), '.tmp', 'old.upload');
    const newTemp = join(mediaDir(), '.tmp', 'new.upload');
    writeFileSync(oldTemp, 'x');
    writeFileSync(newTemp, 'x');
    utimesSync(oldTemp, hoursAgo(2), hoursAgo(2));
    const result = await sweepMedia(t.ctx);
    assert.equal(result.files, 1);
    assert.equal(result.temporary, 1);
    assert.equal(exists(orphanKey), false);
    assert.equal(exists(freshKey), true);
    assert.equal(existsSync(oldTemp), false);
    assert.equal(existsSync(newTemp), true);
  });

  test('an upload that breaks off leaves no row and no temporary file', async () => {
    const family = await familyClient(t.app, t.ctx, o);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const before = readdirSync(join(mediaDir(), '.tmp')).length;
    const bytes = await image(400, 400, 'png');
    await new Promise<void>((resolve) => {
      const req = request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/media',
        headers: {
          ...sessionHeaders(family.client),
          'content-type': 'image/png',
          'content-length': String(bytes.length * 10),
        },
      });
      req.on('error', () => resolve());
      req.write(bytes, () => {
        // Give the server time to start writing the upload, then go away mid-body.
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 200);
      });
    });
    for (let i = 0; i < 50 && readdirSync(join(mediaDir(), '.tmp')).length > before; i++)
      await new Promise((r) => setTimeout(r, 20));
    assert.equal(readdirSync(join(mediaDir(), '.tmp')).length, before, 'temporary file removed');
    const rows = await t.ctx.db
      .selectFrom('media')
      .select('id')
      .where('uploaded_by_account_id', '=', family.accountId)
      .execute();
    assert.equal(rows.length, 0);
  });
});
