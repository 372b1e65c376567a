import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { ContentBody, MediaVariant } from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import { TestClient } from '../../../test/client.ts';
import {
  createOrganisation,
  createStaff,
  TEST_PASSWORD,
  type TestOrganisation,
} from '../../../test/factories.ts';
import { createSecondLocation, type StaffRoleName, staffClient } from '../../../test/families-factories.ts';
import { familyClient, newKey } from '../../../test/requests-factories.ts';
import type { AppContext } from '../../context.ts';
import { signMediaUrl, urlExpiry } from '../../media/signing.ts';
import { fetchFile } from '../media/media-test-helpers.ts';

/** A small valid PDF with a random comment, so no two are the same bytes. */
export function pdf(): Buffer {
  return Buffer.from(
    `%PDF-1.4\n%${randomBytes(8).toString('hex')}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n` +
      '2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
}

/** Uploads a PDF through POST /media as the client's account and returns its id. */
export async function uploadPdf(client: TestClient, name = 'Nieuwsbrief maart.pdf'): Promise<string> {
  const res = await client.request('POST', `/api/v1/media?name=${encodeURIComponent(name)}`, pdf(), {
    'content-type': 'application/pdf',
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id;
}

/**
 * An organisation with two locations: groups A and B at the first, group C at the second. A family in each
 * group; an organisation admin, the first location's manager, staff of group A, staff of group C and a planner.
 */
export async function contentSetup(app: FastifyInstance, ctx: AppContext) {
  const o = await createOrganisation(ctx);
  const [groupA, groupB] = o.groupIds;
  const second = await createSecondLocation(ctx, o);
  const groupC = second.groupId;
  return {
    o,
    groupA,
    groupB,
    groupC,
    locationOne: o.locationId,
    locationTwo: second.locationId,
    parentA: await familyClient(app, ctx, o, { groupId: groupA }),
    parentB: await familyClient(app, ctx, o, { groupId: groupB }),
    parentC: await familyClient(app, ctx, o, { groupId: groupC }),
    admin: await staffWithEmail(app, ctx, o, 'organisation_admin'),
    manager: await staffClient(app, ctx, o, 'location_manager', { locationId: o.locationId }),
    staffA: await staffClient(app, ctx, o, 'group_staff', { groupId: groupA }),
    staffC: await staffClient(app, ctx, o, 'group_staff', { groupId: groupC }),
    planner: await staffClient(app, ctx, o, 'planner'),
  };
}

/** A staff member signed in in a client of their own, with their e-mail address (to sign in again). */
async function staffWithEmail(
  app: FastifyInstance,
  ctx: AppContext,
  o: TestOrganisation,
  role: StaffRoleName,
): Promise<TestClient & { email: string }> {
  const staff = await createStaff(ctx, o, role);
  const client = new TestClient(app);
  assert.equal((await client.login(staff.email, TEST_PASSWORD)).status, 200);
  return Object.assign(client, { email: staff.email });
}

/** A news item's body with defaults filled in. */
export function item(overrides: Partial<ContentBody> = {}): ContentBody {
  return {
    kind: 'news',
    title: 'Zomerfeest',
    bodyHtml: '<p>Op <strong>vrijdag</strong> vieren we het zomerfeest.</p>',
    audience: { scope: 'organisation' },
    publishAt: null,
    ...overrides,
  };
}

/** POST /staff/content with a fresh Idempotency-Key (or `key`). */
export function post(client: TestClient, body: ContentBody, key = newKey()) {
  return client.post('/api/v1/staff/content', body, { 'idempotency-key': key });
}

/** Writes an item and returns it; fails the test when refused. */
export async function write(client: TestClient, body: ContentBody) {
  const res = await post(client, body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

/** The ids in the guardian's list of `kind`. */
export async function listed(client: TestClient, kind = 'news'): Promise<string[]> {
  const res = await client.get(`/api/v1/content?kind=${kind}&limit=50`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.items.map((i: { id: string }) => i.id);
}

/** The answer to fetching a medium with a URL signed for the client's own account (as if it had been given one). */
export async function fetchOwnSigned(
  app: FastifyInstance,
  ctx: AppContext,
  client: TestClient,
  mediaId: string,
  variant: MediaVariant = 'file',
) {
  const url = await signMediaUrl(ctx.db, {
    mediaId,
    variant,
    accountId: client.account as string,
    exp: urlExpiry(ctx.clock),
  });
  return fetchFile(app, client, url);
}
