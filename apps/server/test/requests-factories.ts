import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../src/context.ts';
import * as org from '../src/modules/organisation/organisation.queries.ts';
import { TestClient } from './client.ts';
import { createFamily, TEST_PASSWORD, type TestFamily, type TestOrganisation } from './factories.ts';

let seq = 0;

/** Incidental day parts for extra days in both groups: a morning (07:30–13:00, hourly €10) and a fixed afternoon. */
export async function addIncidentalProducts(ctx: AppContext, o: TestOrganisation) {
  const morning = await org.insertCareProduct(ctx.db, o.id, {
    name: `Ochtend ${++seq}`,
    startTime: '07:30',
    endTime: '13:00',
    weekdays: [1, 2, 3, 4, 5],
    weekType: 'any',
    pricing: 'hourly',
    priceCents: 1000,
    usage: 'incidental',
    groupIds: o.groupIds,
  });
  const afternoon = await org.insertCareProduct(ctx.db, o.id, {
    name: `Middag ${++seq}`,
    startTime: '13:00',
    endTime: '18:30',
    weekdays: [1, 2, 3, 4, 5],
    weekType: 'school',
    pricing: 'fixed',
    priceCents: 4250,
    usage: 'incidental',
    groupIds: o.groupIds,
  });
  return { morning, afternoon };
}

/** A family (children placed Mondays, whole days, in `groupId`) signed in in a client of its own. */
export async function familyClient(
  app: FastifyInstance,
  ctx: AppContext,
  o: TestOrganisation,
  options: { groupId?: string; children?: number } = {},
): Promise<TestFamily & { client: TestClient }> {
  const family = await createFamily(ctx, o, options);
  const client = new TestClient(app);
  const res = await client.login(family.email, TEST_PASSWORD);
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return { ...family, client };
}

/** A request for one date with one day part per child. */
export function oneDay(
  date: string,
  children: { childId: string; groupId: string; careProductId: string; payment?: unknown }[],
  extra: Record<string, unknown> = {},
) {
  return { bookings: [{ from: date, to: date, children }], ...extra };
}

let keys = 0;
export const newKey = () => `key-${process.pid}-${++keys}`;
