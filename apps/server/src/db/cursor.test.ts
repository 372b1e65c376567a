import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageOfGroups, parseGroupCursor } from './cursor.ts';

const at = (n: number) => new Date(Date.UTC(2026, 2, 10 - n));
const row = (group: number, line: string) => ({
  group: `00000000-0000-4000-8000-00000000000${group}`,
  at: at(group),
  line,
});
const groupOf = (r: ReturnType<typeof row>) => ({ at: r.at, id: r.group });

test('a page ends with the whole group of its last row, and says where the next begins', () => {
  const rows = [row(1, 'a'), row(1, 'b'), row(2, 'c'), row(2, 'd'), row(2, 'e'), row(3, 'f')];
  const first = pageOfGroups(rows, 3, groupOf);
  assert.deepEqual(
    first.page.map((r) => r.line),
    ['a', 'b', 'c', 'd', 'e'],
  );
  assert.equal(first.nextBefore, `${at(2).toISOString()}|${rows[2]?.group}`);
  assert.deepEqual(parseGroupCursor(first.nextBefore ?? undefined), { at: at(2), id: rows[2]?.group });
  // Nothing more than the limit, or only the last group's rows beyond it: no next page.
  assert.deepEqual(pageOfGroups(rows.slice(0, 2), 3, groupOf), { page: rows.slice(0, 2), nextBefore: null });
  assert.equal(pageOfGroups(rows.slice(0, 5), 3, groupOf).nextBefore, null);
});

test('a malformed cursor is a 400 on before', () => {
  assert.equal(parseGroupCursor(undefined), null);
  for (const bad of [
    'x',
    '2026-03-01T00:00:00Z',
    'nonsense|00000000-0000-4000-8000-000000000001',
    '2026-03-01T00:00:00Z|1',
  ]) {
    assert.throws(
      () => parseGroupCursor(bad),
      (err: { fields?: { path: string }[] }) => err.fields?.[0]?.path === 'before',
    );
  }
});
