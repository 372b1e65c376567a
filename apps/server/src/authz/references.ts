import type { FieldError } from '@nestje/contract';
import type { AppContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import type { Executor } from '../db/sql.ts';
import { AppError } from '../errors.ts';
import { permittedIds } from './authorize.ts';
import type { Principal } from './principal.ts';
import type { IdQuery } from './rules.ts';

export interface Reference {
  id: string;
  /** The request field that names it, e.g. `locationId` or `groupIds.2`. */
  path: string;
}

/** Which of `ids` are in the permitted set (an action's rules as SQL). */
async function selectIdsAmong(db: Executor, permitted: IdQuery | null, ids: readonly string[]) {
  if (permitted === null || ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom(permitted.as('permitted'))
    .select('permitted.id')
    .where('permitted.id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Checks things a request refers to (the location of a new group, the groups of a product) the way a route
 * checks its target: a reference the principal cannot see answers 404, one they see but may not use 403, each
 * naming the field (`unknown_reference`, `not_allowed`) so the form can show it. Inside a transaction pass it
 * as `db` (the embedded database has one connection).
 */
export async function requireReferences(
  ctx: AppContext,
  principal: Principal,
  actions: { use: string; see: string },
  refs: Reference[],
  db: Database = ctx.db,
): Promise<void> {
  if (refs.length === 0) return;
  const ids = refs.map((r) => r.id);
  const usable = await selectIdsAmong(db, permittedIds(db, principal, ctx.clock, actions.use), ids);
  const missing = refs.filter((r) => !usable.has(r.id));
  if (missing.length === 0) return;
  const visible = await selectIdsAmong(
    db,
    permittedIds(db, principal, ctx.clock, actions.see),
    missing.map((r) => r.id),
  );
  const hidden = missing.filter((r) => !visible.has(r.id));
  if (hidden.length > 0) {
    throw new AppError(404, 'not_found', 'Not found', fieldErrors(hidden, 'unknown_reference'));
  }
  throw new AppError(403, 'forbidden', 'Not allowed', fieldErrors(missing, 'not_allowed'));
}

function fieldErrors(refs: Reference[], code: string): FieldError[] {
  const message = code === 'not_allowed' ? 'You may not use this' : 'This does not exist';
  return refs.map((r) => ({ path: r.path, code, message }));
}

/** A 403 naming the fields the principal may not set. */
export function notAllowed(paths: string[], message = 'You may not set this'): AppError {
  return new AppError(
    403,
    'forbidden',
    message,
    paths.map((path) => ({ path, code: 'not_allowed', message })),
  );
}

/** Which of `ids` the principal may take `action` on (for `permittedActions` in lists). */
export async function permittedAmong(
  ctx: AppContext,
  principal: Principal,
  action: string,
  ids: string[],
  db: Database = ctx.db,
): Promise<Set<string>> {
  return selectIdsAmong(db, permittedIds(db, principal, ctx.clock, action), ids);
}

/**
 * The rows of a list: `select` reads those among the ids `actions.read` permits (nothing is read when it permits
 * none), and `manageable` holds the ids among them the principal may take `actions.manage` on (the rows'
 * `permittedActions`).
 */
export async function selectPermittedRows<R extends { id: string }>(
  ctx: AppContext,
  principal: Principal,
  actions: { read: string; manage: string },
  select: (permitted: IdQuery) => Promise<R[]>,
): Promise<{ rows: R[]; manageable: Set<string> }> {
  const permitted = permittedIds(ctx.db, principal, ctx.clock, actions.read);
  if (!permitted) return { rows: [], manageable: new Set() };
  const rows = await select(permitted);
  const manageable = await permittedAmong(
    ctx,
    principal,
    actions.manage,
    rows.map((r) => r.id),
  );
  return { rows, manageable };
}
