import type { Database } from '../../db/database.ts';

export async function insertOrganisation(
  db: Database,
  o: {
    slug: string;
    name: string;
    primaryColour?: string;
    logoUrl?: string | null;
    schoolHolidayRegion?: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('organisations')
    .values({
      slug: o.slug,
      name: o.name,
      logo_url: o.logoUrl ?? null,
      ...(o.primaryColour ? { primary_colour: o.primaryColour } : {}),
      ...(o.schoolHolidayRegion ? { school_holiday_region: o.schoolHolidayRegion } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function selectOrganisationBySlug(db: Database, slug: string) {
  return db.selectFrom('organisations').select(['id', 'name']).where('slug', '=', slug).executeTakeFirst();
}

export async function insertLocation(
  db: Database,
  organisationId: string,
  l: {
    name: string;
    street?: string;
    houseNumber?: string;
    postcode?: string;
    city?: string;
    phone?: string;
    email?: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('locations')
    .values({
      organisation_id: organisationId,
      name: l.name,
      street: l.street ?? '',
      house_number: l.houseNumber ?? '',
      postcode: l.postcode ?? '',
      city: l.city ?? '',
      phone: l.phone ?? '',
      email: l.email ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewGroup {
  locationId: string;
  name: string;
  kind: 'KDV' | 'BSO' | 'VSO' | 'NSO' | 'PSZ';
  minAgeMonths: number;
  maxAgeMonths: number;
  capacity: number;
  /** Opening hours per ISO weekday (1 = Monday), `HH:MM`. */
  openingHours: { weekday: number; opensAt: string; closesAt: string }[];
}

export async function insertGroup(db: Database, organisationId: string, g: NewGroup): Promise<string> {
  const row = await db
    .insertInto('groups')
    .values({
      organisation_id: organisationId,
      location_id: g.locationId,
      name: g.name,
      kind: g.kind,
      min_age_months: g.minAgeMonths,
      max_age_months: g.maxAgeMonths,
      capacity: g.capacity,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (g.openingHours.length > 0) {
    await db
      .insertInto('group_opening_hours')
      .values(
        g.openingHours.map((h) => ({
          organisation_id: organisationId,
          group_id: row.id,
          weekday: h.weekday,
          opens_at: h.opensAt,
          closes_at: h.closesAt,
        })),
      )
      .execute();
  }
  return row.id;
}

export interface NewCareProduct {
  name: string;
  startTime: string;
  endTime: string;
  weekdays: number[];
  weekType: 'school' | 'holiday' | 'any';
  pricing: 'hourly' | 'fixed';
  priceCents: number;
  usage: 'incidental' | 'contract';
  groupIds: string[];
}

export async function insertCareProduct(
  db: Database,
  organisationId: string,
  p: NewCareProduct,
): Promise<string> {
  const row = await db
    .insertInto('care_products')
    .values({
      organisation_id: organisationId,
      name: p.name,
      start_time: p.startTime,
      end_time: p.endTime,
      weekdays: p.weekdays,
      week_type: p.weekType,
      pricing: p.pricing,
      price_cents: p.priceCents,
      usage: p.usage,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (p.groupIds.length > 0) {
    await db
      .insertInto('care_product_groups')
      .values(
        p.groupIds.map((groupId) => ({
          organisation_id: organisationId,
          care_product_id: row.id,
          group_id: groupId,
        })),
      )
      .execute();
  }
  return row.id;
}

export async function insertStaffMember(
  db: Database,
  organisationId: string,
  s: { firstName: string; lastName: string; email: string; phone?: string },
): Promise<string> {
  const row = await db
    .insertInto('staff_members')
    .values({
      organisation_id: organisationId,
      first_name: s.firstName,
      last_name: s.lastName,
      email: s.email,
      phone: s.phone ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertStaffRole(
  db: Database,
  organisationId: string,
  r: { staffMemberId: string; role: string; locationId?: string | null; groupId?: string | null },
): Promise<void> {
  await db
    .insertInto('staff_roles')
    .values({
      organisation_id: organisationId,
      staff_member_id: r.staffMemberId,
      role: r.role,
      location_id: r.locationId ?? null,
      group_id: r.groupId ?? null,
    })
    .execute();
}
