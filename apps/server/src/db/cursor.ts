import { fieldError } from '../errors.ts';

/**
 * Keyset paging over lists of lines grouped by what they were submitted in (a request, an absence), newest first:
 * the cursor is `<submitted at>|<group id>`, and a page never splits a group over two pages.
 */
export interface GroupCursor {
  at: Date;
  id: string;
}

/** The `before` query parameter as a cursor; null when absent, a 400 on `before` when malformed. */
export function parseGroupCursor(before: string | undefined): GroupCursor | null {
  if (before === undefined) return null;
  const [at, id] = before.split('|');
  const ms = Date.parse(at ?? '');
  if (!id || Number.isNaN(ms) || !/^[0-9a-f-]{36}$/.test(id))
    throw fieldError('before', 'invalid_format', 'Not a cursor');
  return { at: new Date(ms), id };
}

/**
 * The page of `rows` (read with `limit` + 1 or more rows, in cursor order) and the cursor of the next page: the
 * page ends with the whole group its `limit`-th row belongs to; null when nothing follows.
 */
export function pageOfGroups<R>(
  rows: readonly R[],
  limit: number,
  groupOf: (row: R) => { at: Date; id: string },
): { page: R[]; nextBefore: string | null } {
  if (rows.length <= limit) return { page: [...rows], nextBefore: null };
  const last = groupOf(rows[limit - 1] as R).id;
  const cut = rows.findIndex((r, k) => k >= limit && groupOf(r).id !== last);
  if (cut === -1) return { page: [...rows], nextBefore: null };
  const page = rows.slice(0, cut);
  const tail = groupOf(page[page.length - 1] as R);
  return { page, nextBefore: `${tail.at.toISOString()}|${tail.id}` };
}
