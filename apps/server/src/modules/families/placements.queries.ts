import type { Executor } from '../../db/sql.ts';

/** A placement of the child, locked for a change. */
export async function selectPlacementForUpdate(
  db: Executor,
  organisationId: string,
  childId: string,
  placementId: string,
) {
  return db
    .selectFrom('placements')
    .select(['id', 'group_id', 'placement_type', 'start_date', 'end_date', 'previous_placement_id'])
    .where('organisation_id', '=', organisationId)
    .where('child_id', '=', childId)
    .where('id', '=', placementId)
    .forUpdate()
    .executeTakeFirst();
}

export async function selectPlacementDays(db: Executor, organisationId: string, placementId: string) {
  return db
    .selectFrom('placement_days')
    .select(['weekday', 'care_product_id as careProductId'])
    .where('organisation_id', '=', organisationId)
    .where('placement_id', '=', placementId)
    .orderBy('weekday')
    .execute();
}

export async function updatePlacement(
  db: Executor,
  organisationId: string,
  placementId: string,
  values: { placement_type?: string; end_date?: string | null },
): Promise<void> {
  await db
    .updateTable('placements')
    .set(values)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', placementId)
    .execute();
}

export async function replacePlacementDays(
  db: Executor,
  organisationId: string,
  placementId: string,
  days: { weekday: number; careProductId: string }[],
): Promise<void> {
  await db
    .deleteFrom('placement_days')
    .where('organisation_id', '=', organisationId)
    .where('placement_id', '=', placementId)
    .execute();
  if (days.length === 0) return;
  await db
    .insertInto('placement_days')
    .values(
      days.map((d) => ({
        organisation_id: organisationId,
        placement_id: placementId,
        weekday: d.weekday,
        care_product_id: d.careProductId,
      })),
    )
    .execute();
}

/** Deletes a placement; one that continued it now continues the placement it continued (or none). */
export async function deletePlacement(
  db: Executor,
  organisationId: string,
  placementId: string,
  previousPlacementId: string | null,
): Promise<void> {
  await db
    .updateTable('placements')
    .set({ previous_placement_id: previousPlacementId })
    .where('organisation_id', '=', organisationId)
    .where('previous_placement_id', '=', placementId)
    .execute();
  await db
    .deleteFrom('placements')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', placementId)
    .execute();
}

/** The group's contract products among `productIds`: the ones it offers, with their weekdays and usage. */
export async function selectGroupProducts(
  db: Executor,
  organisationId: string,
  groupId: string,
  productIds: string[],
) {
  if (productIds.length === 0) return [];
  return db
    .selectFrom('care_products as cp')
    .innerJoin('care_product_groups as cg', (j) =>
      j.onRef('cg.organisation_id', '=', 'cp.organisation_id').onRef('cg.care_product_id', '=', 'cp.id'),
    )
    .select(['cp.id', 'cp.weekdays', 'cp.usage', 'cp.active'])
    .where('cp.organisation_id', '=', organisationId)
    .where('cg.group_id', '=', groupId)
    .where('cp.id', 'in', productIds)
    .execute();
}
