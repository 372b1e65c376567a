import type { Transaction } from 'kysely';
import type { DB } from '../../db/generated/schema.ts';
import type { Executor } from '../../db/sql.ts';

/** Serialises changes that must see the organisation as a whole (e.g. "one active admin at least"). */
export async function lockOrganisation(trx: Transaction<DB>, organisationId: string): Promise<void> {
  await trx.selectFrom('organisations').select('id').where('id', '=', organisationId).forUpdate().execute();
}

export async function selectOrganisationSettings(db: Executor, organisationId: string) {
  return db
    .selectFrom('organisations')
    .select([
      'id',
      'slug',
      'name',
      'primary_colour',
      'feature_video',
      'feature_credits',
      'feature_observations',
      'school_holiday_region',
      'logo_url',
    ])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
}
export type OrganisationSettingsRow = Awaited<ReturnType<typeof selectOrganisationSettings>>;

export async function updateOrganisation(
  db: Executor,
  organisationId: string,
  set: Partial<{
    name: string;
    primary_colour: string;
    feature_video: boolean;
    feature_credits: boolean;
    feature_observations: boolean;
    school_holiday_region: string;
    logo_url: string | null;
  }>,
): Promise<void> {
  if (Object.keys(set).length === 0) return;
  await db.updateTable('organisations').set(set).where('id', '=', organisationId).execute();
}

export async function upsertOrganisationLogo(
  db: Executor,
  organisationId: string,
  logo: { contentType: string; data: Buffer; sha256: string; at: Date },
): Promise<void> {
  await db
    .insertInto('organisation_logos')
    .values({
      organisation_id: organisationId,
      content_type: logo.contentType,
      data: logo.data,
      sha256: logo.sha256,
      updated_at: logo.at,
    })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({
        content_type: logo.contentType,
        data: logo.data,
        sha256: logo.sha256,
        updated_at: logo.at,
      }),
    )
    .execute();
}

export async function deleteOrganisationLogo(db: Executor, organisationId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('organisation_logos')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The logo of the organisation with this slug (public: it shows before sign-in). */
export async function selectLogoBySlug(db: Executor, slug: string) {
  return db
    .selectFrom('organisation_logos as l')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .select(['l.content_type', 'l.data', 'l.sha256'])
    .where('o.slug', '=', slug)
    .executeTakeFirst();
}

export async function insertOrganisation(
  db: Executor,
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

export async function selectOrganisationBySlug(db: Executor, slug: string) {
  return db.selectFrom('organisations').select(['id', 'name']).where('slug', '=', slug).executeTakeFirst();
}

export async function insertLocation(
  db: Executor,
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

export async function insertGroup(db: Executor, organisationId: string, g: NewGroup): Promise<string> {
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
  /** Offered (default) or deactivated. */
  active?: boolean | undefined;
  groupIds: string[];
}

export async function insertCareProduct(
  db: Executor,
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
      active: p.active ?? true,
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
  db: Executor,
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
  db: Executor,
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
