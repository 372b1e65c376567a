import type { AppContext } from '../../context.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import { insertAccount } from '../identity/identity.queries.ts';
import { sendActivation } from '../identity/identity.service.ts';
import * as q from './organisation.queries.ts';

export interface NewOrganisation {
  name: string;
  slug: string;
  /** Name of a first location, when one is wanted. */
  locationName?: string | undefined;
  admin: { email: string; firstName: string; lastName: string };
}

export interface CreatedOrganisation {
  organisationId: string;
  locationId: string | null;
  staffMemberId: string;
  accountId: string;
  /** The link in the queued activation mail, for whoever set the organisation up to pass on. */
  activationLink: string;
}

export class SlugTakenError extends Error {}

/**
 * Creates an organisation with its first organisation admin (staff member, role and account), and a first
 * location when asked, in one transaction that also queues the admin's activation mail.
 */
export async function createOrganisationWithAdmin(
  ctx: AppContext,
  input: NewOrganisation,
): Promise<CreatedOrganisation> {
  return ctx.db.transaction().execute(async (trx) => {
    if (await q.selectOrganisationBySlug(trx, input.slug)) {
      throw new SlugTakenError(`An organisation with the slug "${input.slug}" already exists`);
    }
    const organisationId = await q.insertOrganisation(trx, { slug: input.slug, name: input.name });
    const locationId = input.locationName
      ? await q.insertLocation(trx, organisationId, { name: input.locationName })
      : null;
    const staffMemberId = await q.insertStaffMember(trx, organisationId, input.admin);
    await q.insertStaffRole(trx, organisationId, { staffMemberId, role: 'organisation_admin' });
    const accountId = await insertAccount(trx, organisationId, {
      email: input.admin.email,
      kind: 'staff',
      staffMemberId,
    });
    const activationLink = await sendActivation(ctx, trx, organisationId, accountId);
    const base = { organisationId, actorAccountId: null };
    await recordAudit(trx, ctx.clock, {
      ...base,
      action: 'organisation.create',
      subjectType: 'organisation',
      subjectId: organisationId,
      subjectLabel: input.name,
      details: changeDetails(null, { name: input.name, slug: input.slug, location: input.locationName }),
    });
    await recordAudit(trx, ctx.clock, {
      ...base,
      action: 'staffMember.create',
      subjectType: 'staffMember',
      subjectId: staffMemberId,
      subjectLabel: `${input.admin.firstName} ${input.admin.lastName}`,
      details: changeDetails(null, { ...input.admin, roles: [{ role: 'organisation_admin' }] }),
    });
    return { organisationId, locationId, staffMemberId, accountId, activationLink };
  });
}
