import type { Transaction } from 'kysely';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/generated/schema.ts';
import * as consents from '../modules/consents/consents.queries.ts';
import { toDate } from '../time/clock.ts';

interface DemoIds {
  sanne: string;
  noortje: string;
  yara: string;
}

/**
 * Consents answered so that B1 can be seen at work: every guardian with parental authority granted both photo
 * items for their children, except Yara's mother, who lets photos of Yara be seen by her own family only, so a
 * group photo with Yara in it is not shown to the other families of the Hamsters. The organisation also asks
 * its own item, "Uitstapjes buiten het kinderdagverblijf", answered by some guardians only.
 */
export async function seedConsents(
  ctx: AppContext,
  trx: Transaction<DB>,
  o: string,
  ids: DemoIds,
): Promise<void> {
  const now = ctx.clock.now();
  const answeredAt = toDate(now.subtract({ hours: 24 * 40 }));
  const items = await consents.selectItems(trx, o);
  const byKey = new Map(items.map((item) => [item.key, item]));
  const outings = await consents.insertItem(trx, o, {
    title: 'Uitstapjes buiten het kinderdagverblijf',
    position: 3,
    createdAt: answeredAt,
  });
  const outingsText = await consents.insertText(trx, o, {
    itemId: outings,
    version: 1,
    body:
      'Mijn kind mag onder begeleiding van de pedagogisch medewerkers mee op uitstapjes buiten het ' +
      'kinderdagverblijf, zoals naar de speeltuin, de kinderboerderij of de bibliotheek.',
    createdAt: answeredAt,
    createdBy: null,
  });
  const answer = (
    link: { child_id: string; guardian_id: string; account_id: string },
    itemId: string,
    textId: string,
    granted: boolean,
  ) =>
    consents.insertAnswer(trx, o, {
      childId: link.child_id,
      guardianId: link.guardian_id,
      itemId,
      textId,
      granted,
      answeredAt,
      accountId: link.account_id,
    });
  for (const link of await consents.selectAuthorityLinks(trx, o)) {
    for (const key of ['photos_own_family', 'photos_other_families'] as const) {
      const item = byKey.get(key);
      if (!item) throw new Error(`The built-in consent item ${key} is missing`);
      const granted = key === 'photos_own_family' || link.child_id !== ids.yara;
      await answer(link, item.id, item.text_id, granted);
    }
    // Outings: Yara's mother said no; of Noortje's parents only her mother has answered (yes).
    if (link.child_id === ids.yara) await answer(link, outings, outingsText, false);
    if (link.child_id === ids.noortje && link.guardian_id === ids.sanne) {
      await answer(link, outings, outingsText, true);
    }
  }
}
