import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/generated/schema.ts';
import { notify } from '../notifications/notify.ts';
import { selectAbsenceAudience } from './absences.queries.ts';

/**
 * The child's other guardians hear of an absence (only guardians report one): one notification per child, so a
 * guardian of one of the children reads about that child only.
 */
export async function notifyOtherGuardians(
  ctx: AppContext,
  trx: Transaction<DB>,
  organisationId: string,
  absenceId: string,
  reason: 'sick' | 'holiday' | 'other',
): Promise<void> {
  const rows = await selectAbsenceAudience(trx, organisationId, absenceId);
  for (const childId of new Set(rows.map((r) => r.childId))) {
    const ofChild = rows.filter((r) => r.childId === childId);
    const { childName, authorName, from, to } = ofChild[0] as (typeof rows)[number];
    await notify(ctx, trx, {
      organisationId,
      category: 'absence',
      eventKey: `absence:${absenceId}:${childId}`,
      childId,
      params: { authorName, childName, from, to, reason },
      recipients: ofChild.flatMap((r) => (r.accountId ? [{ accountId: r.accountId, link: '/agenda' }] : [])),
    });
  }
}
