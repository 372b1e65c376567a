import { type ExpressionBuilder, sql } from 'kysely';
import type { IdQuery } from '../../authz/rules.ts';
import type { DB } from '../../db/generated/schema.ts';
import { asDate, containsPattern, type Executor, notEndedBefore } from '../../db/sql.ts';

/** The words of a search, lower case; empty when there is nothing to search for. */
export function searchWords(search: string | undefined): string[] {
  return (search ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

export interface StaffChildFilter {
  permitted: IdQuery;
  words: string[];
  locationId: string | undefined;
  today: string;
}

type ChildEb = ExpressionBuilder<DB, 'children'>;

/** The children among `permitted` that match the search words and location. */
function filtered(db: Executor, organisationId: string, f: StaffChildFilter) {
  let q = db
    .selectFrom('children')
    .where('children.organisation_id', '=', organisationId)
    .where('children.id', 'in', f.permitted);
  for (const word of f.words) {
    const pattern = containsPattern(word);
    q = q.where((eb: ChildEb) =>
      eb.or([
        eb('children.first_name', 'ilike', pattern),
        eb('children.last_name', 'ilike', pattern),
        eb.exists(
          eb
            .selectFrom('guardian_children as gc')
            .innerJoin('guardians as g', (j) =>
              j.onRef('g.organisation_id', '=', 'gc.organisation_id').onRef('g.id', '=', 'gc.guardian_id'),
            )
            .select('g.id')
            .whereRef('gc.organisation_id', '=', 'children.organisation_id')
            .whereRef('gc.child_id', '=', 'children.id')
            .where((w) =>
              w.or([
                w('g.first_name', 'ilike', pattern),
                w('g.last_name', 'ilike', pattern),
                w('g.email', 'ilike', pattern),
              ]),
            ),
        ),
      ]),
    );
  }
  if (f.locationId) {
    const locationId = f.locationId;
    q = q.where((eb: ChildEb) =>
      eb.or([
        eb('children.location_id', '=', locationId),
        eb.exists(
          eb
            .selectFrom('placements as p')
            .innerJoin('groups as g', (j) =>
              j.onRef('g.organisation_id', '=', 'p.organisation_id').onRef('g.id', '=', 'p.group_id'),
            )
            .select('p.id')
            .whereRef('p.organisation_id', '=', 'children.organisation_id')
            .whereRef('p.child_id', '=', 'children.id')
            .where('g.location_id', '=', locationId)
            .where(notEndedBefore('p.end_date', f.today)),
        ),
      ]),
    );
  }
  return q;
}

export async function countStaffChildren(
  db: Executor,
  organisationId: string,
  f: StaffChildFilter,
): Promise<number> {
  const row = await filtered(db, organisationId, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of the staff's child list, with location, current groups and guardians, in one query. */
export async function selectStaffChildren(
  db: Executor,
  organisationId: string,
  f: StaffChildFilter,
  page: { limit: number; offset: number },
) {
  return filtered(db, organisationId, f)
    .innerJoin('locations as l', (j) =>
      j
        .onRef('l.organisation_id', '=', 'children.organisation_id')
        .onRef('l.id', '=', 'children.location_id'),
    )
    .select((eb) => [
      'children.id',
      'children.first_name',
      'children.last_name',
      'children.birth_date',
      'l.id as location_id',
      'l.name as location_name',
      eb
        .selectFrom('placements as p')
        .innerJoin('groups as g', (j) =>
          j.onRef('g.organisation_id', '=', 'p.organisation_id').onRef('g.id', '=', 'p.group_id'),
        )
        .select(
          sql<{ id: string; name: string }[]>`coalesce(json_agg(json_build_object(
            'id', g.id, 'name', g.name) ORDER BY g.name), '[]'::json)`.as('x'),
        )
        .whereRef('p.organisation_id', '=', 'children.organisation_id')
        .whereRef('p.child_id', '=', 'children.id')
        .where('p.start_date', '<=', asDate(f.today))
        .where(notEndedBefore('p.end_date', f.today))
        .as('current_groups'),
      eb
        .selectFrom('placements as p')
        .innerJoin('groups as g', (j) =>
          j.onRef('g.organisation_id', '=', 'p.organisation_id').onRef('g.id', '=', 'p.group_id'),
        )
        .select(
          sql<{ id: string; name: string; startDate: string }[]>`coalesce(json_agg(json_build_object(
            'id', g.id, 'name', g.name, 'startDate', p.start_date) ORDER BY p.start_date, g.name), '[]'::json)`.as(
            'x',
          ),
        )
        .whereRef('p.organisation_id', '=', 'children.organisation_id')
        .whereRef('p.child_id', '=', 'children.id')
        .where('p.start_date', '>', asDate(f.today))
        .as('upcoming_groups'),
      eb
        .selectFrom('guardian_children as gc')
        .innerJoin('guardians as g', (j) =>
          j.onRef('g.organisation_id', '=', 'gc.organisation_id').onRef('g.id', '=', 'gc.guardian_id'),
        )
        .select(
          sql<{ id: string; firstName: string; lastName: string }[]>`coalesce(json_agg(json_build_object(
            'id', g.id, 'firstName', g.first_name, 'lastName', g.last_name
          ) ORDER BY g.last_name, g.first_name, g.id), '[]'::json)`.as('x'),
        )
        .whereRef('gc.organisation_id', '=', 'children.organisation_id')
        .whereRef('gc.child_id', '=', 'children.id')
        .as('guardians'),
    ])
    .orderBy('children.last_name')
    .orderBy('children.first_name')
    .orderBy('children.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}
