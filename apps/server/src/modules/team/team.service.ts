import type {
  LocationGroup,
  MediaView,
  MyLocations,
  StaffProfile,
  Team,
  TeamMember,
  TeamMemberSummary,
  UpdateStaffProfileBody,
} from '@nestje/contract';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { BadRequest, fieldError, NotFound } from '../../errors.ts';
import { claimUploads } from '../../media/claim.ts';
import { mediaViews } from '../../media/media-views.ts';
import { toDate, todayIn } from '../../time/clock.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import * as q from './team.queries.ts';

const nameOf = (row: { display_name: string | null; first_name: string; last_name: string }) =>
  row.display_name ?? `${row.first_name} ${row.last_name}`;

/** Photos of profiles as `accountId` may see them (never the full-size download). */
async function photosOf(
  ctx: AppContext,
  principal: Principal,
  mediaIds: (string | null)[],
): Promise<Map<string, MediaView>> {
  const ids = [...new Set(mediaIds.filter((id): id is string => id !== null))];
  return mediaViews(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    accountId: principal.accountId,
    media: ids.map((id) => ({ id, downloadable: false })),
  });
}

function guardianOf(principal: Principal): string {
  if (principal.guardianId === null) throw new NotFound();
  return principal.guardianId;
}

/** Mijn locatie's contact details: the locations of the children's placements today, each with those groups. */
export async function myLocations(ctx: AppContext, principal: Principal): Promise<MyLocations> {
  const rows = await q.selectMyLocations(
    ctx.db,
    principal.organisationId,
    guardianOf(principal),
    todayIn(ctx.clock).toString(),
  );
  const locations = new Map<string, MyLocations['locations'][number]>();
  for (const row of rows) {
    let location = locations.get(row.id);
    if (!location) {
      location = {
        id: row.id,
        name: row.name,
        street: row.street,
        houseNumber: row.house_number,
        postcode: row.postcode,
        city: row.city,
        phone: row.phone,
        email: row.email,
        groups: [],
      };
      locations.set(row.id, location);
    }
    location.groups.push({ id: row.group_id, name: row.group_name });
  }
  return { locations: [...locations.values()] };
}

type TeamRow = Awaited<ReturnType<typeof q.selectTeam>>[number];

/** Rows (a person per group) as people with their groups, by name. */
async function membersOf(ctx: AppContext, principal: Principal, rows: TeamRow[]) {
  const photos = await photosOf(
    ctx,
    principal,
    rows.map((r) => r.photo_media_id),
  );
  const people = new Map<string, TeamMemberSummary & { about: string }>();
  for (const row of rows) {
    let person = people.get(row.staff_member_id);
    if (!person) {
      person = {
        staffMemberId: row.staff_member_id,
        displayName: nameOf(row),
        photo: row.photo_media_id ? (photos.get(row.photo_media_id) ?? null) : null,
        groups: [] as LocationGroup[],
        about: row.about ?? '',
      };
      people.set(row.staff_member_id, person);
    }
    if (!person.groups.some((g) => g.id === row.group_id))
      person.groups.push({ id: row.group_id, name: row.group_name });
  }
  return [...people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
}

/** Ons team: the staff of the groups the family's children are placed in today, with photo and groups. */
export async function team(ctx: AppContext, principal: Principal): Promise<Team> {
  const rows = await q.selectTeam(ctx.db, {
    organisationId: principal.organisationId,
    guardianId: guardianOf(principal),
    today: todayIn(ctx.clock).toString(),
  });
  const members = await membersOf(ctx, principal, rows);
  return { members: members.map(({ about: _about, ...summary }) => summary) };
}

/** One person of Ons team with their "about me"; 404 for anyone not in the family's team today. */
export async function teamMember(
  ctx: AppContext,
  principal: Principal,
  staffMemberId: string,
): Promise<TeamMember> {
  const rows = await q.selectTeam(ctx.db, {
    organisationId: principal.organisationId,
    guardianId: guardianOf(principal),
    today: todayIn(ctx.clock).toString(),
    staffMemberId,
  });
  const [member] = await membersOf(ctx, principal, rows);
  if (!member) throw new NotFound();
  return member;
}

/** A staff profile as its editor sees it. */
export async function getProfile(
  ctx: AppContext,
  principal: Principal,
  staffMemberId: string,
): Promise<StaffProfile> {
  const row = await q.selectProfile(ctx.db, principal.organisationId, staffMemberId);
  if (!row) throw new NotFound();
  const photos = await photosOf(ctx, principal, [row.photo_media_id]);
  return {
    staffMemberId: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    displayName: nameOf(row),
    customDisplayName: row.display_name,
    about: row.about ?? '',
    photo: row.photo_media_id ? (photos.get(row.photo_media_id) ?? null) : null,
    visibleToParents: row.visible_to_parents ?? true,
    updatedAt: row.updated_at ? new Date(row.updated_at).toISOString() : null,
  };
}

/** Beheer → Mijn profiel: the signed-in staff member's own profile. */
export async function ownProfile(ctx: AppContext, principal: Principal): Promise<StaffProfile> {
  if (principal.staffMemberId === null) throw new NotFound();
  return getProfile(ctx, principal, principal.staffMemberId);
}

/**
 * Saves a profile. A new photo must be an image the editor uploaded that nothing took yet; the photo it replaces
 * is no longer used and goes with the media sweep. The change is audited with what changed.
 */
export async function updateProfile(
  ctx: AppContext,
  principal: Principal,
  staffMemberId: string,
  body: UpdateStaffProfileBody,
): Promise<StaffProfile> {
  const { organisationId, accountId } = principal;
  const at = toDate(ctx.clock.now());
  const after: q.ProfileValues = {
    displayName: body.displayName ? body.displayName : null,
    about: body.about,
    photoMediaId: body.photoId,
    visibleToParents: body.visibleToParents,
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await q.lockStaffMember(trx, organisationId, staffMemberId))) throw new NotFound();
    const current = await q.selectProfile(trx, organisationId, staffMemberId);
    if (!current) throw new NotFound();
    const photoId = body.photoId;
    if (photoId !== null && photoId !== current.photo_media_id) {
      const kind = await q.selectUnusedUploadKind(trx, { organisationId, accountId, mediaId: photoId });
      if (kind !== undefined && kind !== 'image')
        throw fieldError('photoId', 'invalid_value', 'A profile photo must be a photo');
      const fields = await claimUploads(
        trx,
        { organisationId, accountId, mediaIds: [photoId], at },
        () => 'photoId',
      );
      if (fields.length > 0) throw new BadRequest('validation_failed', 'The photo cannot be used', fields);
    }
    await q.upsertProfile(trx, { organisationId, staffMemberId, accountId, at, ...after });
    const before: q.ProfileValues = {
      displayName: current.display_name,
      about: current.about ?? '',
      photoMediaId: current.photo_media_id,
      visibleToParents: current.visible_to_parents ?? true,
    };
    await recordAudit(trx, ctx.clock, {
      organisationId,
      actorAccountId: accountId,
      action: 'staffProfile.update',
      subjectType: 'staffMember',
      subjectId: staffMemberId,
      subjectLabel: `${current.first_name} ${current.last_name}`,
      details: changeDetails({ ...before }, { ...after }),
    });
  });
  return getProfile(ctx, principal, staffMemberId);
}
