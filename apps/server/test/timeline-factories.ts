import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import type { BuiltinConsentKey, MediaView } from '@nestje/contract';
import sharp from 'sharp';
import type { AppContext } from '../src/context.ts';
import type { TestClient } from './client.ts';

/** A small JPEG made by sharp, of a random colour and size so that no two uploads are the same bytes. */
export async function smallJpeg(): Promise<Buffer> {
  const hex = randomInt(0, 0xffffff).toString(16).padStart(6, '0');
  return sharp({
    create: {
      width: 40 + randomInt(0, 40),
      height: 30 + randomInt(0, 30),
      channels: 3,
      background: `#${hex}`,
    },
  })
    .jpeg()
    .toBuffer();
}

/** Uploads a generated photo through POST /media as the client's account. */
export async function uploadPhoto(client: TestClient): Promise<MediaView> {
  const res = await client.post('/api/v1/media', await smallJpeg(), { 'content-type': 'image/jpeg' });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

/**
 * Records the answer of every guardian with parental authority of `childId` to a built-in consent, as the consent
 * screens would (an answer row and the guardian's current state), so the child has the consent or not.
 */
export async function answerConsent(
  ctx: AppContext,
  organisationId: string,
  childId: string,
  key: BuiltinConsentKey,
  granted: boolean,
): Promise<void> {
  const db = ctx.db;
  const item = await db
    .selectFrom('consent_items as i')
    .innerJoin('consent_texts as t', (join) =>
      join.onRef('t.organisation_id', '=', 'i.organisation_id').onRef('t.consent_item_id', '=', 'i.id'),
    )
    .select(['i.id', 't.id as textId'])
    .where('i.organisation_id', '=', organisationId)
    .where('i.key', '=', key)
    .orderBy('t.version', 'desc')
    .executeTakeFirstOrThrow();
  const guardians = await db
    .selectFrom('guardian_children as gc')
    .innerJoin('accounts as a', (join) =>
      join
        .onRef('a.organisation_id', '=', 'gc.organisation_id')
        .onRef('a.guardian_id', '=', 'gc.guardian_id'),
    )
    .select(['gc.guardian_id as guardianId', 'a.id as accountId'])
    .where('gc.organisation_id', '=', organisationId)
    .where('gc.child_id', '=', childId)
    .where('gc.parental_authority', '=', true)
    .execute();
  for (const g of guardians) {
    const answer = await db
      .insertInto('consent_answers')
      .values({
        organisation_id: organisationId,
        child_id: childId,
        guardian_id: g.guardianId,
        consent_item_id: item.id,
        consent_text_id: item.textId,
        granted,
        answered_at: new Date(),
        answered_by_account_id: g.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('consent_states')
      .values({
        organisation_id: organisationId,
        child_id: childId,
        consent_item_id: item.id,
        guardian_id: g.guardianId,
        answer_id: answer.id,
        granted,
      })
      .onConflict((oc) =>
        oc
          .columns(['organisation_id', 'child_id', 'consent_item_id', 'guardian_id'])
          .doUpdateSet({ answer_id: answer.id, granted }),
      )
      .execute();
  }
}

/** Sets both photo consents of a child: `own` (photos for its own family) and `other` (for other families). */
export async function setPhotoConsents(
  ctx: AppContext,
  organisationId: string,
  childId: string,
  consents: { own: boolean; other: boolean },
): Promise<void> {
  await answerConsent(ctx, organisationId, childId, 'photos_own_family', consents.own);
  await answerConsent(ctx, organisationId, childId, 'photos_other_families', consents.other);
}
