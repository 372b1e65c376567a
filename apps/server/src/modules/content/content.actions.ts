import type { StaffRole } from '@nestje/contract';
import { defineAction } from '../../authz/actions.ts';
import {
  ALL_STAFF_ROLES,
  anyOf,
  hasAnyRole,
  hasOrganisationRole,
  isGuardian,
  isStaff,
  linkedTo,
  locationsOfGroups,
  type Rule,
  staffOfGroup,
  staffOfLocation,
} from '../../authz/rules.ts';
import { contentVisibleToGuardian, itemsOfAudiences } from './content-audience.queries.ts';

// Who writes content (decided in docs/content.md): organisation admins for every audience; location managers for
// their location and its groups; group staff for their own groups. Planners plan, they write no content. Every
// staff member reads what is addressed to the organisation and to the locations and groups they work in.

/** The roles that write to a whole location. */
export const LOCATION_WRITERS: readonly StaffRole[] = ['organisation_admin', 'location_manager'];
/** The roles that write to a group. */
export const GROUP_WRITERS: readonly StaffRole[] = ['organisation_admin', 'location_manager', 'group_staff'];

/** The organisation, for organisation admins: they alone write to everyone. Target: the organisation. */
export const writesToOrganisation: Rule = hasOrganisationRole('organisation_admin');
/** The locations a staff member may address. Target: a location. */
export const writableLocations: Rule = staffOfLocation(...LOCATION_WRITERS);
/** The groups a staff member may address. Target: a group. */
export const writableGroups: Rule = staffOfGroup(...GROUP_WRITERS);

/** Items (drafts and scheduled ones too) whose audience the staff member may write to. Target: an item. */
const staffWritableItems: Rule = itemsOfAudiences({
  organisation: writesToOrganisation,
  locations: writableLocations,
  groups: writableGroups,
});

/**
 * Items whose audience the staff member works in: the organisation, a location where they hold a role or have
 * a group, one of their groups. Target: an item.
 */
const staffReadableItems: Rule = itemsOfAudiences({
  organisation: isStaff,
  locations: anyOf(staffOfLocation(...ALL_STAFF_ROLES), locationsOfGroups(staffOfGroup(...ALL_STAFF_ROLES))),
  groups: staffOfGroup(...ALL_STAFF_ROLES),
});

/**
 * Reading an item: the guardians it is addressed to once it is published, and the staff of its audience. To
 * anyone else it does not exist (404). Its images and attachments follow this (media.read).
 */
export const contentRead = defineAction('contentItem.read', 'contentItem', [
  contentVisibleToGuardian,
  staffReadableItems,
]);

/** Changing and removing an item: staff who may write to its audience. */
export const contentWrite = defineAction('contentItem.write', 'contentItem', [staffWritableItems]);

/** The lists of published items addressed to the guardian (Mijn locatie). */
export const contentBrowse = defineAction('content.browse', 'organisation', [isGuardian]);

/** The staff lists (their scope, drafts included) and the audiences to choose from: every staff member. */
export const contentStaffList = defineAction('content.staffList', 'organisation', [isStaff]);

/** Writing a new item: the roles that write content; whether its audience is theirs is checked per audience. */
export const contentCreate = defineAction('content.create', 'organisation', [hasAnyRole(...GROUP_WRITERS)]);

/**
 * The images and attachments of the items the account may read, exactly as `contentItem.read` decides (a
 * scheduled item's attachment is not served to a guardian before its moment). Target: a medium.
 */
export const contentMediaReadable: Rule = linkedTo(
  anyOf(contentVisibleToGuardian, staffReadableItems),
  ({ db, principal }, items) =>
    db
      .selectFrom('content_item_media')
      .select('media_id as id')
      .where('organisation_id', '=', principal.organisationId)
      .where('item_id', 'in', items),
);
