import { defineAction } from '../../authz/actions.ts';
import { allForOrganisationAdmins, isStaff, linkedTo, ownStaffRecord, type Rule } from '../../authz/rules.ts';
import { teamStaffOfGuardian } from './team.queries.ts';

/**
 * The guardian's team: the staff with a group role in a group one of the family's children is placed in today,
 * active, and not hidden from parents by their profile. Target: a staff member.
 */
export const teamOfGuardian: Rule = ({ db, principal, today }) =>
  principal.guardianId === null
    ? null
    : teamStaffOfGuardian(db, principal.organisationId, principal.guardianId, today);

/** The profile photos of the guardian's team. Target: a medium. */
export const teamPhotosOfGuardian: Rule = linkedTo(teamOfGuardian, ({ db, principal }, staff) =>
  db
    .selectFrom('staff_profiles')
    .select('photo_media_id as id')
    .where('organisation_id', '=', principal.organisationId)
    .where('photo_media_id', 'is not', null)
    .where('staff_member_id', 'in', staff)
    .$narrowType<{ id: string }>(),
);

/** Every staff profile photo of the organisation, for its staff: colleagues see each other as parents do. */
export const profilePhotosForStaff: Rule = linkedTo(isStaff, ({ db, principal }) =>
  db
    .selectFrom('staff_profiles')
    .select('photo_media_id as id')
    .where('organisation_id', '=', principal.organisationId)
    .where('photo_media_id', 'is not', null)
    .$narrowType<{ id: string }>(),
);

/** The page about one person of Ons team: guardians whose team they are in; anyone else gets 404. */
export const teamMemberRead = defineAction('teamMember.read', 'staffMember', [teamOfGuardian]);

/** Seeing and changing a staff profile (Mijn profiel): the staff member themselves, and organisation admins. */
export const staffProfileEdit = defineAction('staffProfile.edit', 'staffMember', [
  ownStaffRecord,
  allForOrganisationAdmins('staff_members'),
]);

/** One's own profile (Beheer → Mijn profiel): any staff account. */
export const ownStaffProfileRead = defineAction('staffProfile.readOwn', 'organisation', [isStaff]);
