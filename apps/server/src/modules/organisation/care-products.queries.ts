import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { IdQuery } from '../../authz/rules.ts';
import { containsPattern, type Executor, hhmm } from '../../db/sql.ts';

export interface CareProductFilter {
  search?: string | undefined;
  groupId?: string | undefined;
  active?: boolean | undefined;
  careProductId?: string;
}

/** The organisation's care products with their own fields. */
function careProductRows(db: Executor, organisationId: string) {
  return db
    .selectFrom('care_products as p')
    .select([
      'p.id',
      'p.name',
      hhmm('p.start_time').as('start_time'),
      hhmm('p.end_time').as('end_time'),
      'p.weekdays',
      'p.week_type',
      'p.pricing',
      'p.price_cents',
      'p.usage',
      'p.active',
    ])
    .where('p.organisation_id', '=', organisationId);
}

/** Care products among `permitted` with the groups offering them, by name. */
export async function selectCareProducts(
  db: Executor,
  organisationId: string,
  permitted: IdQuery,
  filter: CareProductFilter,
) {
  let q = careProductRows(db, organisationId)
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('care_product_groups as cpg')
          .innerJoin('groups as g', (j) =>
            j.onRef('g.organisation_id', '=', 'cpg.organisation_id').onRef('g.id', '=', 'cpg.group_id'),
          )
          .innerJoin('locations as l', (j) =>
            j.onRef('l.organisation_id', '=', 'g.organisation_id').onRef('l.id', '=', 'g.location_id'),
          )
          .select(['g.id', 'g.name', 'l.id as locationId', 'l.name as locationName'])
          .whereRef('cpg.organisation_id', '=', 'p.organisation_id')
          .whereRef('cpg.care_product_id', '=', 'p.id')
          .orderBy('l.name')
          .orderBy('g.name')
          .orderBy('g.id'),
      ).as('groups'),
    )
    .where('p.id', 'in', permitted);
  if (filter.careProductId) q = q.where('p.id', '=', filter.careProductId);
  if (filter.active !== undefined) q = q.where('p.active', '=', filter.active);
  if (filter.search) q = q.where('p.name', 'ilike', containsPattern(filter.search));
  const groupId = filter.groupId;
  if (groupId) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('care_product_groups as f')
          .select('f.group_id')
          .whereRef('f.organisation_id', '=', 'p.organisation_id')
          .whereRef('f.care_product_id', '=', 'p.id')
          .where('f.group_id', '=', groupId),
      ),
    );
  }
  return q.orderBy('p.name').orderBy('p.id').execute();
}
export type CareProductRow = Awaited<ReturnType<typeof selectCareProducts>>[number];
/** A product's own fields as the queries return them. */
export type CareProductFieldsRow = Omit<CareProductRow, 'groups'>;

/** A product's own fields and group ids, locked for a change. */
export async function selectCareProductForUpdate(
  db: Executor,
  organisationId: string,
  careProductId: string,
) {
  return careProductRows(db, organisationId)
    .select((eb) =>
      eb
        .selectFrom('care_product_groups as cpg')
        .select(sql<string[]>`coalesce(array_agg(cpg.group_id ORDER BY cpg.group_id), '{}')`.as('ids'))
        .whereRef('cpg.organisation_id', '=', 'p.organisation_id')
        .whereRef('cpg.care_product_id', '=', 'p.id')
        .as('group_ids'),
    )
    .where('p.id', '=', careProductId)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateCareProduct(
  db: Executor,
  organisationId: string,
  careProductId: string,
  set: Partial<{
    name: string;
    start_time: string;
    end_time: string;
    weekdays: number[];
    week_type: string;
    pricing: string;
    price_cents: number;
    usage: string;
    active: boolean;
  }>,
): Promise<void> {
  if (Object.keys(set).length === 0) return;
  await db
    .updateTable('care_products')
    .set(set)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', careProductId)
    .execute();
}

/** Replaces the groups that offer a product (the caller's transaction makes it one change). */
export async function replaceCareProductGroups(
  db: Executor,
  organisationId: string,
  careProductId: string,
  groupIds: string[],
): Promise<void> {
  await db
    .deleteFrom('care_product_groups')
    .where('organisation_id', '=', organisationId)
    .where('care_product_id', '=', careProductId)
    .execute();
  if (groupIds.length === 0) return;
  await db
    .insertInto('care_product_groups')
    .values(
      groupIds.map((groupId) => ({
        organisation_id: organisationId,
        care_product_id: careProductId,
        group_id: groupId,
      })),
    )
    .execute();
}
