import {
  LOGO_MAX_BYTES,
  LOGO_MAX_INPUT_PIXELS,
  LOGO_MAX_SIDE,
  type OrganisationSettings,
  type UpdateOrganisationSettingsBody,
} from '@nestje/contract';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { NotFound } from '../../errors.ts';
import { type ImageRules, processImage } from '../../media/images.ts';
import { toDate } from '../../time/clock.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import * as q from './organisation.queries.ts';

/** A logo becomes a PNG of at most LOGO_MAX_SIDE pixels a side (keeping its transparency). */
const LOGO_IMAGE: ImageRules = {
  field: 'logo',
  requiredMessage: 'Choose an image',
  maxBytes: LOGO_MAX_BYTES,
  maxPixels: LOGO_MAX_INPUT_PIXELS,
  maxSide: LOGO_MAX_SIDE,
  format: 'png',
};

function toSettings(row: q.OrganisationSettingsRow): OrganisationSettings {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    primaryColour: row.primary_colour.toLowerCase(),
    features: {
      video: row.feature_video,
      credits: row.feature_credits,
      observations: row.feature_observations,
    },
    schoolHolidayRegion: row.school_holiday_region as OrganisationSettings['schoolHolidayRegion'],
    logoUrl: row.logo_url,
  };
}

/** The fields of the settings as the audit log names them. */
function auditView(s: OrganisationSettings): Record<string, unknown> {
  return {
    name: s.name,
    primaryColour: s.primaryColour,
    'features.video': s.features.video,
    'features.credits': s.features.credits,
    'features.observations': s.features.observations,
    schoolHolidayRegion: s.schoolHolidayRegion,
  };
}

export async function getSettings(ctx: AppContext, principal: Principal): Promise<OrganisationSettings> {
  return toSettings(await q.selectOrganisationSettings(ctx.db, principal.organisationId));
}

/** Changes name, colour, features and holiday region; the new branding shows on the next /me at once. */
export async function updateSettings(
  ctx: AppContext,
  principal: Principal,
  body: UpdateOrganisationSettingsBody,
): Promise<OrganisationSettings> {
  return ctx.db.transaction().execute(async (trx) => {
    await q.lockOrganisation(trx, principal.organisationId);
    const before = toSettings(await q.selectOrganisationSettings(trx, principal.organisationId));
    const f = body.features ?? {};
    const after: OrganisationSettings = {
      ...before,
      name: body.name ?? before.name,
      primaryColour: body.primaryColour ?? before.primaryColour,
      features: {
        video: f.video ?? before.features.video,
        credits: f.credits ?? before.features.credits,
        observations: f.observations ?? before.features.observations,
      },
      schoolHolidayRegion: body.schoolHolidayRegion ?? before.schoolHolidayRegion,
    };
    const details = changeDetails(auditView(before), auditView(after));
    if (details.fields.length === 0) return before;
    await q.updateOrganisation(trx, principal.organisationId, {
      name: after.name,
      primary_colour: after.primaryColour,
      feature_video: after.features.video,
      feature_credits: after.features.credits,
      feature_observations: after.features.observations,
      school_holiday_region: after.schoolHolidayRegion,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'organisation.update',
      subjectType: 'organisation',
      subjectId: principal.organisationId,
      subjectLabel: after.name,
      details,
    });
    return after;
  });
}

/** The public address of a logo; the version changes with the image, so caches never show an old one. */
export function logoUrlOf(slug: string, sha256: string): string {
  return `/api/v1/branding/${encodeURIComponent(slug)}/logo?v=${sha256.slice(0, 16)}`;
}

/** Replaces the logo with the uploaded image, checked and re-encoded (see processImage and LOGO_IMAGE). */
export async function replaceLogo(
  ctx: AppContext,
  principal: Principal,
  upload: unknown,
): Promise<OrganisationSettings> {
  const logo = await processImage(upload, LOGO_IMAGE);
  return ctx.db.transaction().execute(async (trx) => {
    await q.lockOrganisation(trx, principal.organisationId);
    const before = await q.selectOrganisationSettings(trx, principal.organisationId);
    const logoUrl = logoUrlOf(before.slug, logo.sha256);
    await q.upsertOrganisationLogo(trx, principal.organisationId, { ...logo, at: toDate(ctx.clock.now()) });
    await q.updateOrganisation(trx, principal.organisationId, { logo_url: logoUrl });
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'organisation.logo_update',
      subjectType: 'organisation',
      subjectId: principal.organisationId,
      subjectLabel: before.name,
      details: { ...changeDetails({ logoUrl: before.logo_url }, { logoUrl }), bytes: logo.data.length },
    });
    return toSettings({ ...before, logo_url: logoUrl });
  });
}

/** Removes the logo; the portal shows the Nestje mark again. */
export async function removeLogo(ctx: AppContext, principal: Principal): Promise<OrganisationSettings> {
  return ctx.db.transaction().execute(async (trx) => {
    await q.lockOrganisation(trx, principal.organisationId);
    const before = await q.selectOrganisationSettings(trx, principal.organisationId);
    const removed = await q.deleteOrganisationLogo(trx, principal.organisationId);
    if (!removed && before.logo_url === null) return toSettings(before);
    await q.updateOrganisation(trx, principal.organisationId, { logo_url: null });
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'organisation.logo_remove',
      subjectType: 'organisation',
      subjectId: principal.organisationId,
      subjectLabel: before.name,
      details: changeDetails({ logoUrl: before.logo_url }, { logoUrl: null }),
    });
    return toSettings({ ...before, logo_url: null });
  });
}

export interface LogoFile {
  contentType: string;
  data: Buffer;
  etag: string;
}

/** An organisation's logo for the public branding route. */
export async function getPublicLogo(ctx: AppContext, slug: string): Promise<LogoFile> {
  const row = await q.selectLogoBySlug(ctx.db, slug);
  if (!row) throw new NotFound();
  return { contentType: row.content_type, data: row.data, etag: `"${row.sha256}"` };
}
