import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../src/context.ts';
import type { TestClient } from './client.ts';
import { createOrganisation, type TestOrganisation } from './factories.ts';
import { staffClient } from './families-factories.ts';
import { familyClient, newKey } from './requests-factories.ts';

/**
 * An organisation with a family whose child is placed in group A, a second family in the same group, staff of
 * group A and of group B, each signed in in a client of their own.
 */
export async function messagingSetup(app: FastifyInstance, ctx: AppContext) {
  const o: TestOrganisation = await createOrganisation(ctx);
  const [groupA, groupB] = o.groupIds;
  const parent = await familyClient(app, ctx, o, { groupId: groupA });
  const otherFamily = await familyClient(app, ctx, o, { groupId: groupA });
  const staffA = await staffClient(app, ctx, o, 'group_staff', { groupId: groupA });
  const staffB = await staffClient(app, ctx, o, 'group_staff', { groupId: groupB });
  return { o, groupA, groupB, parent, child: parent.childIds[0] as string, otherFamily, staffA, staffB };
}

/** Starts a thread through POST /threads and returns the answer (a whole thread). */
export async function startThread(
  client: TestClient,
  body: { childId: string; groupId?: string; subject?: string; body?: string; attachmentIds?: string[] },
  key = newKey(),
) {
  const res = await client.post(
    '/api/v1/threads',
    { subject: 'Slaapje', body: 'Hoe heeft ze vandaag geslapen?', ...body },
    { 'idempotency-key': key },
  );
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

/** Answers in a thread through POST /threads/:threadId/messages and returns the message. */
export async function answer(client: TestClient, threadId: string, body: string, key = newKey()) {
  const res = await client.post(`/api/v1/threads/${threadId}/messages`, { body }, { 'idempotency-key': key });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

/** The account's total unread messages (GET /messages/unread). */
export async function unreadTotal(client: TestClient): Promise<number> {
  const res = await client.get('/api/v1/messages/unread');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.total;
}
