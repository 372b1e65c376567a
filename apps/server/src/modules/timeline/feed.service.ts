import type { DiaryEntry, MediaView, Post, Timeline, TimelineItem } from '@nestje/contract';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { parseGroupCursor } from '../../db/cursor.ts';
import type { Database } from '../../db/database.ts';
import type { Executor } from '../../db/sql.ts';
import { Forbidden } from '../../errors.ts';
import { mediaViews } from '../../media/media-views.ts';
import { todayIn } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  type Cursor,
  type ItemRow,
  selectAuthors,
  selectDiaryMedia,
  selectItemsById,
  selectPhotoTags,
  selectPostPhotos,
  selectTimelineItems,
  type Viewer,
} from './feed.queries.ts';

export interface BuiltItems {
  items: TimelineItem[];
  /** The children whose photos or diary entries the items show (for the audit log). */
  childIds: string[];
}

/**
 * Turns item rows into timeline items as `viewer` may see them, in a fixed number of queries: the photos with
 * their visibility, the tags of the visible ones, the diary media, the authors, then the signed URLs at once.
 */
export async function buildItems(
  ctx: AppContext,
  db: Executor,
  principal: Principal,
  viewer: Viewer,
  rows: readonly ItemRow[],
): Promise<BuiltItems> {
  const org = principal.organisationId;
  const postIds = rows.filter((r) => r.kind === 'post').map((r) => r.id);
  const entryIds = rows.filter((r) => r.kind === 'diary').map((r) => r.id);
  const photos = await selectPostPhotos(db, org, viewer, postIds);
  const visible = photos.filter((p) => p.visible);
  const [tags, diaryMedia, authors] = await Promise.all([
    selectPhotoTags(
      db,
      org,
      viewer,
      visible.map((p) => p.id),
    ),
    selectDiaryMedia(db, org, entryIds),
    selectAuthors(
      db,
      org,
      rows.map((r) => r.authorAccountId),
    ),
  ]);
  // In a create, `db` is its transaction (the embedded database has one connection).
  const views = await mediaViews(db as Database, ctx.clock, {
    organisationId: org,
    accountId: principal.accountId,
    media: [
      ...visible.map((p) => ({ id: p.mediaId, downloadable: p.downloadable })),
      ...diaryMedia.map((m) => ({ id: m.mediaId, downloadable: true })),
    ],
  });
  const shown = new Set<string>();
  const items: TimelineItem[] = rows.map((row) => {
    const author = authors.get(row.authorAccountId) ?? { name: '', kind: 'staff' as const };
    const at = row.at.toISOString();
    if (row.kind === 'diary') {
      shown.add(row.childId as string);
      const entry: DiaryEntry = {
        id: row.id,
        childId: row.childId as string,
        childName: row.childName ?? '',
        authorName: author.name,
        authorKind: author.kind,
        body: row.body,
        writtenAt: at,
        media: diaryMedia
          .filter((m) => m.entryId === row.id)
          .map((m) => views.get(m.mediaId))
          .filter((v): v is MediaView => v !== undefined),
      };
      return { kind: 'diary', at, entry };
    }
    const own = photos.filter((p) => p.postId === row.id);
    const post: Post = {
      id: row.id,
      groupId: row.groupId as string,
      groupName: row.groupName ?? '',
      authorName: author.name,
      body: row.body,
      postedAt: at,
      photos: own.flatMap((p) => {
        const media = p.visible ? views.get(p.mediaId) : undefined;
        if (!media) return [];
        const children = tags
          .filter((t) => t.photoId === p.id)
          .map((t) => {
            shown.add(t.childId);
            return { id: t.childId, firstName: t.firstName };
          });
        return [{ id: p.id, media, downloadable: p.downloadable, children }];
      }),
      hiddenPhotos: 0,
    };
    post.hiddenPhotos = own.length - post.photos.length;
    return { kind: 'post', at, post };
  });
  return { items, childIds: [...shown] };
}

/** Items by id as their writer (or staff) sees them: the answer of a create, an entry opened whole. */
export async function loadItems(
  ctx: AppContext,
  db: Executor,
  principal: Principal,
  ids: { posts: string[]; diary: string[] },
): Promise<BuiltItems> {
  const rows = await selectItemsById(db, principal.organisationId, ids);
  return buildItems(ctx, db, principal, { kind: 'author' }, rows);
}

async function page(
  ctx: AppContext,
  principal: Principal,
  viewer: Viewer,
  query: { before?: string; limit: number },
  subject: { type: string; id: string },
): Promise<Timeline> {
  const parsed = parseGroupCursor(query.before);
  const cursor: Cursor | null = parsed && { at: parsed.at, id: parsed.id };
  const rows = await selectTimelineItems(ctx.db, principal.organisationId, viewer, cursor, query.limit + 1);
  const pageRows = rows.slice(0, query.limit);
  const last = pageRows[pageRows.length - 1];
  const nextBefore = rows.length > query.limit && last ? `${last.at.toISOString()}|${last.id}` : null;
  const built = await buildItems(ctx, ctx.db, principal, viewer, pageRows);
  await recordAudit(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    actorAccountId: principal.accountId,
    action: 'timeline.read',
    childIds: built.childIds,
    subjectType: subject.type,
    subjectId: subject.id,
    details: {
      posts: pageRows.filter((r) => r.kind === 'post').map((r) => r.id),
      diaryEntries: pageRows.filter((r) => r.kind === 'diary').map((r) => r.id),
    },
  });
  return { items: built.items, nextBefore };
}

/** GET /timeline (Mijn kind): the guardian's posts (by B1, decided now) and their children's diary entries. */
export async function getGuardianTimeline(
  ctx: AppContext,
  principal: Principal,
  query: { before?: string; limit: number },
): Promise<Timeline> {
  if (principal.guardianId === null) throw new Forbidden();
  return page(ctx, principal, { kind: 'guardian', guardianId: principal.guardianId }, query, {
    type: 'guardian',
    id: principal.guardianId,
  });
}

/** GET /groups/:groupId/timeline: the group's posts and its children's diary entries, all photos shown. */
export async function getGroupTimeline(
  ctx: AppContext,
  principal: Principal,
  groupId: string,
  query: { before?: string; limit: number },
): Promise<Timeline> {
  const today = todayIn(ctx.clock).toString();
  return page(ctx, principal, { kind: 'staff', groupId, today }, query, { type: 'group', id: groupId });
}
