import { sql } from 'kysely';
import type { IdQuery } from '../../authz/rules.ts';
import { containsPattern, type Executor } from '../../db/sql.ts';

export async function selectGuardian(db: Executor, organisationId: string, guardianId: string) {
  return db
    .selectFrom('guardians')
    .select(['id', 'first_name', 'last_name', 'email', 'phone', 'street', 'house_number', 'postcode', 'city'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', guardianId)
    .executeTakeFirst();
}

/** The guardian's children among `permitted`, with parental authority. */
export async function selectGuardianChildren(
  db: Executor,
  organisationId: string,
  guardianId: string,
  permitted: IdQuery,
) {
  return db
    .selectFrom('guardian_children as gc')
    .innerJoin('children as c', (j) =>
      j.onRef('c.organisation_id', '=', 'gc.organisation_id').onRef('c.id', '=', 'gc.child_id'),
    )
    .select(['c.id', 'c.first_name', 'c.last_name', 'gc.parental_authority'])
    .where('gc.organisation_id', '=', organisationId)
    .where('gc.guardian_id', '=', guardianId)
    .where('c.id', 'in', permitted)
    .orderBy('c.birth_date')
    .orderBy('c.first_name')
    .execute();
}

/** Guardians among `permitted` whose name or e-mail address holds every word, with their visible children. */
export async function searchGuardians(
  db: Executor,
  organisationId: string,
  filter: { permitted: IdQuery; permittedChildren: IdQuery; words: string[]; limit: number },
) {
  let q = db
    .selectFrom('guardians as g')
    .select((eb) => [
      'g.id',
      'g.first_name',
      'g.last_name',
      'g.email',
      'g.city',
      eb
        .selectFrom('guardian_children as gc')
        .innerJoin('children as c', (j) =>
          j.onRef('c.organisation_id', '=', 'gc.organisation_id').onRef('c.id', '=', 'gc.child_id'),
        )
        .select(
          sql<{ id: string; firstName: string; lastName: string }[]>`coalesce(json_agg(json_build_object(
            'id', c.id, 'firstName', c.first_name, 'lastName', c.last_name) ORDER BY c.birth_date), '[]'::json)`.as(
            'x',
          ),
        )
        .whereRef('gc.organisation_id', '=', 'g.organisation_id')
        .whereRef('gc.guardian_id', '=', 'g.id')
        .where('c.id', 'in', filter.permittedChildren)
        .as('children'),
    ])
    .where('g.organisation_id', '=', organisationId)
    .where('g.id', 'in', filter.permitted);
  for (const word of filter.words) {
    const pattern = containsPattern(word);
    q = q.where((eb) =>
      eb.or([
        eb('g.first_name', 'ilike', pattern),
        eb('g.last_name', 'ilike', pattern),
        eb('g.email', 'ilike', pattern),
      ]),
    );
  }
  return q.orderBy('g.last_name').orderBy('g.first_name').orderBy('g.id').limit(filter.limit).execute();
}

/** The guardian (other than `exceptGuardianId`) who has this e-mail address, if any. */
export async function selectGuardianIdByEmail(
  db: Executor,
  organisationId: string,
  email: string,
  exceptGuardianId: string | null = null,
): Promise<string | undefined> {
  let q = db
    .selectFrom('guardians')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where(sql<string>`lower(email)`, '=', email.toLowerCase());
  if (exceptGuardianId) q = q.where('id', '<>', exceptGuardianId);
  return (await q.executeTakeFirst())?.id;
}

export async function updateGuardian(
  db: Executor,
  organisationId: string,
  guardianId: string,
  values: {
    first_name?: string;
    last_name?: string;
    email?: string;
    phone?: string;
    street?: string;
    house_number?: string;
    postcode?: string;
    city?: string;
  },
): Promise<void> {
  await db
    .updateTable('guardians')
    .set(values)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', guardianId)
    .execute();
}

/** The guardian's account follows the guardian's address: it is the sign-in address. */
export async function updateGuardianAccountEmail(
  db: Executor,
  organisationId: string,
  guardianId: string,
  email: string,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ email: email.toLowerCase() })
    .where('organisation_id', '=', organisationId)
    .where('kind', '=', 'guardian')
    .where('guardian_id', '=', guardianId)
    .execute();
}

/** The guardians linked to a child, for checks (already linked, last guardian). */
export async function selectChildGuardianIds(
  db: Executor,
  organisationId: string,
  childId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('guardian_children')
    .select('guardian_id')
    .where('organisation_id', '=', organisationId)
    .where('child_id', '=', childId)
    .forUpdate()
    .execute();
  return rows.map((r) => r.guardian_id);
}

export async function updateParentalAuthority(
  db: Executor,
  organisationId: string,
  link: { guardianId: string; childId: string; parentalAuthority: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('guardian_children')
    .set({ parental_authority: link.parentalAuthority })
    .where('organisation_id', '=', organisationId)
    .where('guardian_id', '=', link.guardianId)
    .where('child_id', '=', link.childId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteGuardianChild(
  db: Executor,
  organisationId: string,
  link: { guardianId: string; childId: string },
): Promise<void> {
  await db
    .deleteFrom('guardian_children')
    .where('organisation_id', '=', organisationId)
    .where('guardian_id', '=', link.guardianId)
    .where('child_id', '=', link.childId)
    .execute();
}
