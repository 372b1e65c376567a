import type { BuiltinConsentKey } from '@nestje/contract';
import { type Expression, type RawBuilder, sql } from 'kysely';

/**
 * SQL: whether a child has the built-in consent `key` now: it has at least one guardian with parental authority,
 * and every such guardian's current answer grants it. A guardian who has not answered has not consented.
 * `organisationId` and `childId` may be values or column references of the enclosing query.
 */
export function consentGranted(
  organisationId: Expression<string> | string,
  childId: Expression<string> | string,
  key: BuiltinConsentKey,
): RawBuilder<boolean> {
  return sql<boolean>`(
    EXISTS (
      SELECT 1 FROM guardian_children gc
      WHERE gc.organisation_id = ${organisationId} AND gc.child_id = ${childId} AND gc.parental_authority
    )
    AND NOT EXISTS (
      SELECT 1 FROM guardian_children gc
      WHERE gc.organisation_id = ${organisationId} AND gc.child_id = ${childId} AND gc.parental_authority
        AND NOT EXISTS (
          SELECT 1 FROM consent_states cs
          JOIN consent_items ci ON ci.organisation_id = cs.organisation_id AND ci.id = cs.consent_item_id
          WHERE cs.organisation_id = gc.organisation_id AND cs.child_id = gc.child_id
            AND cs.guardian_id = gc.guardian_id AND ci.key = ${key} AND cs.granted
        )
    )
  )`;
}
