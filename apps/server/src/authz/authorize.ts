import type { Database } from '../db/database.ts';
import { Forbidden, NotFound } from '../errors.ts';
import type { Clock } from '../time/clock.ts';
import { todayIn } from '../time/clock.ts';
import { type ActionDefinition, getAction, visibilityAction } from './actions.ts';
import type { Principal } from './principal.ts';
import { anyOf, type IdQuery, type RuleContext } from './rules.ts';

function requireAction(name: string): ActionDefinition {
  const action = getAction(name);
  if (!action) throw new Error(`Unknown action ${name}`);
  return action;
}

function ruleContext(db: Database, principal: Principal, clock: Clock): RuleContext {
  return { db, principal, today: todayIn(clock).toString(), now: clock.now().toString() };
}

/** The union of an action's rules as one SQL set of permitted target ids, or null when none applies. */
export function permittedIds(
  db: Database,
  principal: Principal,
  clock: Clock,
  actionName: string,
): IdQuery | null {
  return anyOf(...requireAction(actionName).rules)(ruleContext(db, principal, clock));
}

export async function isPermitted(
  db: Database,
  principal: Principal,
  clock: Clock,
  actionName: string,
  targetId: string,
): Promise<boolean> {
  const ids = permittedIds(db, principal, clock, actionName);
  if (ids === null) return false;
  const row = await db
    .selectNoFrom((eb) =>
      eb
        .exists(
          db.selectFrom(ids.as('permitted')).select('permitted.id').where('permitted.id', '=', targetId),
        )
        .as('ok'),
    )
    .executeTakeFirstOrThrow();
  return Boolean(row.ok);
}

/**
 * Throws unless the principal may take the action on the target: 404 when the target is not visible to them
 * at all, 403 when it is visible but the action is not allowed.
 */
export async function requirePermission(
  db: Database,
  principal: Principal,
  clock: Clock,
  actionName: string,
  targetId: string,
): Promise<void> {
  if (await isPermitted(db, principal, clock, actionName, targetId)) return;
  const visibility = visibilityAction[requireAction(actionName).target];
  if (visibility !== actionName && (await isPermitted(db, principal, clock, visibility, targetId))) {
    throw new Forbidden();
  }
  throw new NotFound();
}

/** Every organisation-wide action the principal may take, in one query (the UI's `permittedActions`). */
export async function permittedOrganisationActions(
  db: Database,
  principal: Principal,
  clock: Clock,
  names: string[],
): Promise<string[]> {
  const checks = names
    .map((name) => ({ name, ids: permittedIds(db, principal, clock, name) }))
    .filter(
      (c): c is { name: string; ids: IdQuery } =>
        c.ids !== null && requireAction(c.name).target === 'organisation',
    );
  if (checks.length === 0) return [];
  const row = await db
    .selectNoFrom((eb) =>
      checks.map((c, i) =>
        eb
          .exists(
            db
              .selectFrom(c.ids.as('permitted'))
              .select('permitted.id')
              .where('permitted.id', '=', principal.organisationId),
          )
          .as(`a${i}`),
      ),
    )
    .executeTakeFirstOrThrow();
  const values = row as Record<string, unknown>;
  return checks.filter((_c, i) => Boolean(values[`a${i}`])).map((c) => c.name);
}
