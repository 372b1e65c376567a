import {
  type ContentAudienceOptions,
  type ContentItem,
  type ContentList,
  type ContentListQuery,
  type ContentSummary,
  contentListQuerySchema,
  contentListSchema,
  type MediaView,
  type StaffContentItem,
  type StaffContentList,
  type StaffContentSummary,
} from '@nestje/contract';
import type { Principal } from '../../authz/principal.ts';
import type { IdQuery, Rule, RuleContext } from '../../authz/rules.ts';
import type { AppContext } from '../../context.ts';
import { pageOfGroups, parseGroupCursor } from '../../db/cursor.ts';
import { NotFound } from '../../errors.ts';
import { mediaViews } from '../../media/media-views.ts';
import { toDate, todayIn } from '../../time/clock.ts';
import {
  contentRead,
  contentWrite,
  writableGroups,
  writableLocations,
  writesToOrganisation,
} from './content.actions.ts';
import * as q from './content.queries.ts';
import { noIds, selectAudienceOptions } from './content-audience.queries.ts';

export function ruleContext(ctx: AppContext, principal: Principal): RuleContext {
  return { db: ctx.db, principal, today: todayIn(ctx.clock).toString(), now: ctx.clock.now().toString() };
}

/** The ids a rule (or an action's rules) allows the account, or none where it does not apply. */
export function idsOf(ctx: AppContext, principal: Principal, rules: Rule | Rule[]): IdQuery {
  const list = Array.isArray(rules) ? rules : [rules];
  const sets = list.map((rule) => rule(ruleContext(ctx, principal))).filter((s): s is IdQuery => s !== null);
  if (sets.length === 0) return noIds(ctx.db);
  return sets.reduce((acc, s) => acc.union(s));
}

type Views = Map<string, MediaView>;

/** Signed views of the media of `rows` for the account, in one go (two queries for any number). */
function viewsOf(ctx: AppContext, principal: Principal, media: string[]): Promise<Views> {
  return mediaViews(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    accountId: principal.accountId,
    media: media.map((id) => ({ id, downloadable: true })),
  });
}

const pick = (views: Views, ids: string[]): MediaView[] =>
  ids.flatMap((id) => {
    const view = views.get(id);
    return view ? [view] : [];
  });

function summaryOf(row: q.ItemRow, views: Views): ContentSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    publishedAt: row.publishAt?.toISOString() ?? null,
    attachmentCount: row.attachmentIds.length,
    image: pick(views, row.imageIds.slice(0, 1))[0] ?? null,
  };
}

function statusOf(row: q.ItemRow, now: Date): StaffContentSummary['status'] {
  if (row.publishAt === null) return 'draft';
  return row.publishAt.getTime() > now.getTime() ? 'scheduled' : 'published';
}

function audienceOf(row: q.ItemRow): StaffContentSummary['audience'] {
  if (row.groupId !== null) return { scope: 'group', groupId: row.groupId, name: row.audienceName };
  if (row.locationId !== null)
    return { scope: 'location', locationId: row.locationId, name: row.audienceName };
  return { scope: 'organisation', name: row.audienceName };
}

function staffSummaryOf(row: q.ItemRow, views: Views, now: Date, editable: Set<string>): StaffContentSummary {
  return {
    ...summaryOf(row, views),
    status: statusOf(row, now),
    audience: audienceOf(row),
    position: row.position,
    authorName: row.authorName,
    updatedAt: row.updatedAt.toISOString(),
    editable: editable.has(row.id),
  };
}

/** GET /content: the published items of a kind addressed to the guardian, newest first. */
export async function listGuardianContent(
  ctx: AppContext,
  principal: Principal,
  query: ContentListQuery,
): Promise<ContentList> {
  const { kind, before, limit } = contentListQuerySchema.parse(query);
  if (principal.guardianId === null) return { items: [], nextBefore: null };
  const rows = await q.selectGuardianItems(ctx.db, {
    organisationId: principal.organisationId,
    guardianId: principal.guardianId,
    today: todayIn(ctx.clock).toString(),
    now: toDate(ctx.clock.now()),
    kind,
    before: parseGroupCursor(before),
    limit: limit + 1,
  });
  const { page, nextBefore } =
    kind === 'info_page'
      ? { page: rows, nextBefore: null }
      : pageOfGroups(rows, limit, (r) => ({ at: r.publishAt as Date, id: r.id }));
  const views = await viewsOf(
    ctx,
    principal,
    page.flatMap((r) => r.imageIds.slice(0, 1)),
  );
  return contentListSchema.parse({ items: page.map((r) => summaryOf(r, views)), nextBefore });
}

/**
 * GET /content/:contentId: one item in full. The route has checked the account may read it (a guardian: it is
 * published and addressed to them); a draft or scheduled item shown to staff has no publish moment in the past.
 */
export async function readContent(ctx: AppContext, principal: Principal, id: string): Promise<ContentItem> {
  const row = await q.selectItem(ctx.db, principal.organisationId, id);
  if (!row) throw new NotFound();
  const views = await viewsOf(ctx, principal, [...row.imageIds, ...row.attachmentIds]);
  return {
    ...summaryOf(row, views),
    bodyHtml: row.bodyHtml,
    images: pick(views, row.imageIds),
    attachments: pick(views, row.attachmentIds),
    audienceName: row.audienceName,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** GET /staff/content: the items of a kind in the staff member's scope, drafts and scheduled ones too. */
export async function listStaffContent(
  ctx: AppContext,
  principal: Principal,
  query: ContentListQuery,
): Promise<StaffContentList> {
  const { kind, before, limit } = contentListQuerySchema.parse(query);
  const rows = await q.selectStaffItems(ctx.db, {
    organisationId: principal.organisationId,
    readable: idsOf(ctx, principal, contentRead.rules),
    kind,
    before: parseGroupCursor(before),
    limit: limit + 1,
  });
  const { page, nextBefore } =
    kind === 'info_page'
      ? { page: rows, nextBefore: null }
      : pageOfGroups(rows, limit, (r) => ({ at: r.createdAt, id: r.id }));
  const editable = await q.selectAllowed(
    ctx.db,
    idsOf(ctx, principal, contentWrite.rules),
    page.map((r) => r.id),
  );
  const views = await viewsOf(
    ctx,
    principal,
    page.flatMap((r) => r.imageIds.slice(0, 1)),
  );
  const now = toDate(ctx.clock.now());
  return { items: page.map((r) => staffSummaryOf(r, views, now, editable)), nextBefore };
}

/** GET /staff/content/:contentId: one item with all it takes to change it. */
export async function readStaffContent(
  ctx: AppContext,
  principal: Principal,
  id: string,
): Promise<StaffContentItem> {
  const row = await q.selectItem(ctx.db, principal.organisationId, id);
  if (!row) throw new NotFound();
  const views = await viewsOf(ctx, principal, [...row.imageIds, ...row.attachmentIds]);
  const editable = await q.selectAllowed(ctx.db, idsOf(ctx, principal, contentWrite.rules), [id]);
  return {
    ...staffSummaryOf(row, views, toDate(ctx.clock.now()), editable),
    bodyHtml: row.bodyHtml,
    images: pick(views, row.imageIds),
    attachments: pick(views, row.attachmentIds),
    notifiedAt: row.notifiedAt?.toISOString() ?? null,
  };
}

/** GET /staff/content/audiences: the organisation (admins), locations and groups the account may write to. */
export async function audienceOptions(
  ctx: AppContext,
  principal: Principal,
): Promise<ContentAudienceOptions> {
  const organisation = await q.selectAllowed(ctx.db, idsOf(ctx, principal, writesToOrganisation), [
    principal.organisationId,
  ]);
  const options = await selectAudienceOptions(ctx.db, principal.organisationId, {
    locations: idsOf(ctx, principal, writableLocations),
    groups: idsOf(ctx, principal, writableGroups),
  });
  return { organisation: organisation.size > 0, ...options };
}
