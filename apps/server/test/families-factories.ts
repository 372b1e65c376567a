import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../src/context.ts';
import * as org from '../src/modules/organisation/organisation.queries.ts';
import { TestClient } from './client.ts';
import { createStaff, TEST_PASSWORD, type TestOrganisation } from './factories.ts';

export type StaffRoleName = 'organisation_admin' | 'location_manager' | 'planner' | 'group_staff';

/** A staff member with one role, signed in in a client of their own. */
export async function staffClient(
  app: FastifyInstance,
  ctx: AppContext,
  o: TestOrganisation,
  role: StaffRoleName,
  scope: { locationId?: string; groupId?: string } = {},
): Promise<TestClient & { staffMemberId: string }> {
  const staff = await createStaff(ctx, o, role, scope);
  const client = new TestClient(app);
  const res = await client.login(staff.email, TEST_PASSWORD);
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return Object.assign(client, { staffMemberId: staff.staffMemberId });
}

export interface SecondLocation {
  locationId: string;
  groupId: string;
  productId: string;
}

/** Another location of the organisation with one group and a contract product (Monday to Friday). */
export async function createSecondLocation(ctx: AppContext, o: TestOrganisation): Promise<SecondLocation> {
  const locationId = await org.insertLocation(ctx.db, o.id, { name: 'Tweede locatie', city: 'Leiden' });
  const groupId = await org.insertGroup(ctx.db, o.id, {
    locationId,
    name: 'Groep C',
    kind: 'KDV',
    minAgeMonths: 0,
    maxAgeMonths: 48,
    capacity: 12,
    openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: '07:00', closesAt: '18:30' })),
  });
  const productId = await org.insertCareProduct(ctx.db, o.id, {
    name: 'Ochtend',
    startTime: '07:30',
    endTime: '13:00',
    weekdays: [1, 2, 3, 4, 5],
    weekType: 'any',
    pricing: 'hourly',
    priceCents: 1000,
    usage: 'contract',
    groupIds: [groupId],
  });
  return { locationId, groupId, productId };
}

let seq = 0;

/** The body of a new guardian with a unique e-mail address. */
export function newGuardian(overrides: Record<string, string> = {}) {
  seq++;
  return {
    firstName: 'Nieuwe',
    lastName: `Ouder${process.pid}x${seq}`,
    email: `nieuw-${process.pid}-${seq}@example.nl`,
    phone: '06 11111111',
    street: 'Dorpsstraat',
    houseNumber: '1',
    postcode: '1234 AB',
    city: 'Haarlem',
    ...overrides,
  };
}
