import type { AppContext } from '../src/context.ts';
import * as families from '../src/modules/families/families.queries.ts';
import { insertAccount } from '../src/modules/identity/identity.queries.ts';
import { hashPassword } from '../src/modules/identity/passwords.ts';
import * as org from '../src/modules/organisation/organisation.queries.ts';

let seq = 0;
const next = () => `${process.pid}-${++seq}`;
export const TEST_PASSWORD = 'correct horse battery';

let cachedHash: Promise<string> | null = null;
/** The hash of TEST_PASSWORD, computed once per test file (argon2 is slow on purpose). */
const testPasswordHash = () => {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  return cachedHash;
};

export interface TestOrganisation {
  id: string;
  slug: string;
  locationId: string;
  groupIds: [string, string];
  productId: string;
}

/** An organisation with one location, two KDV groups and a contract product. */
export async function createOrganisation(ctx: AppContext, name = 'Test Opvang'): Promise<TestOrganisation> {
  const slug = `org-${next()}`;
  const id = await org.insertOrganisation(ctx.db, { slug, name });
  const locationId = await org.insertLocation(ctx.db, id, { name: 'Locatie', city: 'Haarlem' });
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: '07:00', closesAt: '18:30' }));
  const group = (n: string) =>
    org.insertGroup(ctx.db, id, {
      locationId,
      name: n,
      kind: 'KDV',
      minAgeMonths: 0,
      maxAgeMonths: 48,
      capacity: 12,
      openingHours: weekdays,
    });
  const groupIds: [string, string] = [await group('Groep A'), await group('Groep B')];
  const productId = await org.insertCareProduct(ctx.db, id, {
    name: 'Hele dag',
    startTime: '07:30',
    endTime: '18:30',
    weekdays: [1, 2, 3, 4, 5],
    weekType: 'any',
    pricing: 'hourly',
    priceCents: 1000,
    usage: 'contract',
    groupIds,
  });
  return { id, slug, locationId, groupIds, productId };
}

export interface TestFamily {
  guardianId: string;
  accountId: string;
  email: string;
  childIds: string[];
}

/** A guardian with an active account and children placed in `groupId` from 2025 on. */
export async function createFamily(
  ctx: AppContext,
  o: TestOrganisation,
  options: { groupId?: string; children?: number; email?: string; activated?: boolean } = {},
): Promise<TestFamily> {
  const email = options.email ?? `parent-${next()}@example.nl`;
  const guardianId = await families.insertGuardian(ctx.db, o.id, {
    firstName: 'Ouder',
    lastName: next(),
    email,
  });
  const activated = options.activated ?? true;
  const accountId = await insertAccount(ctx.db, o.id, {
    email,
    kind: 'guardian',
    guardianId,
    passwordHash: activated ? await testPasswordHash() : null,
    activatedAt: activated ? new Date('2025-01-01T00:00:00Z') : null,
  });
  const childIds: string[] = [];
  for (let i = 0; i < (options.children ?? 1); i++) {
    const childId = await families.insertChild(ctx.db, o.id, {
      locationId: o.locationId,
      firstName: `Kind${i}`,
      lastName: next(),
      birthDate: '2024-01-15',
    });
    await families.insertGuardianChild(ctx.db, o.id, { guardianId, childId });
    await families.insertPlacement(ctx.db, o.id, {
      childId,
      groupId: options.groupId ?? o.groupIds[0],
      placementType: 'Flexibel',
      startDate: '2025-01-06',
      days: [{ weekday: 1, careProductId: o.productId }],
    });
    childIds.push(childId);
  }
  return { guardianId, accountId, email, childIds };
}

export interface TestStaff {
  staffMemberId: string;
  accountId: string;
  email: string;
}

/** A staff member with an active account and one role, scoped to the organisation, a location or a group. */
export async function createStaff(
  ctx: AppContext,
  o: TestOrganisation,
  role: 'organisation_admin' | 'location_manager' | 'planner' | 'group_staff',
  scope: { locationId?: string; groupId?: string } = {},
  email = `staff-${next()}@example.nl`,
): Promise<TestStaff> {
  const staffMemberId = await org.insertStaffMember(ctx.db, o.id, {
    firstName: 'Medewerker',
    lastName: next(),
    email,
  });
  await org.insertStaffRole(ctx.db, o.id, { staffMemberId, role, ...scope });
  const accountId = await insertAccount(ctx.db, o.id, {
    email,
    kind: 'staff',
    staffMemberId,
    passwordHash: await testPasswordHash(),
    activatedAt: new Date('2025-01-01T00:00:00Z'),
  });
  return { staffMemberId, accountId, email };
}
