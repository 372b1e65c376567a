import type { Transaction } from 'kysely';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/generated/schema.ts';
import * as families from '../modules/families/families.queries.ts';
import { insertAccount } from '../modules/identity/identity.queries.ts';
import { todayIn } from '../time/clock.ts';

interface DemoIds {
  haarlem: string;
  hamsters: string;
  middag: string;
  noortje: string;
}

/**
 * Families whose accounts the invitation job still has to send (P1): Noortje's father in a second household
 * (invited at once: her care has started), and the Bakker family, whose Lotte starts in about two months (not
 * invited yet, with the day it will be) and whose baby Sem is registered without a placement.
 */
export async function seedFamiliesToInvite(
  ctx: AppContext,
  trx: Transaction<DB>,
  o: string,
  ids: DemoIds,
): Promise<void> {
  const thomas = await families.insertGuardian(trx, o, {
    firstName: 'Thomas',
    lastName: 'de Vries',
    email: 'thomas@demo.nestje.nl',
    phone: '06 12 34 56 78',
    street: 'Zijlweg',
    houseNumber: '80',
    postcode: '2013 DK',
    city: 'Haarlem',
  });
  await insertAccount(trx, o, { email: 'thomas@demo.nestje.nl', kind: 'guardian', guardianId: thomas });
  await families.insertGuardianChild(trx, o, { guardianId: thomas, childId: ids.noortje });

  const eva = await families.insertGuardian(trx, o, {
    firstName: 'Eva',
    lastName: 'Bakker',
    email: 'eva@demo.nestje.nl',
    phone: '06 98 76 54 32',
    street: 'Gedempte Oude Gracht',
    houseNumber: '44',
    postcode: '2011 GT',
    city: 'Haarlem',
  });
  await insertAccount(trx, o, { email: 'eva@demo.nestje.nl', kind: 'guardian', guardianId: eva });
  const today = todayIn(ctx.clock);
  const lotte = await families.insertChild(trx, o, {
    locationId: ids.haarlem,
    firstName: 'Lotte',
    lastName: 'Bakker',
    birthDate: today.subtract({ months: 10 }).toString(),
  });
  const sem = await families.insertChild(trx, o, {
    locationId: ids.haarlem,
    firstName: 'Sem',
    lastName: 'Bakker',
    birthDate: today.subtract({ days: 20 }).toString(),
  });
  for (const childId of [lotte, sem]) {
    await families.insertGuardianChild(trx, o, { guardianId: eva, childId });
  }
  // The first Monday at least 60 days ahead.
  const start = today.add({ days: 60 });
  await families.insertPlacement(trx, o, {
    childId: lotte,
    groupId: ids.hamsters,
    placementType: 'Flexibel 52 weken',
    startDate: start.add({ days: (8 - start.dayOfWeek) % 7 }).toString(),
    days: [2, 5].map((weekday) => ({ weekday, careProductId: ids.middag })),
  });
}
