import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ImportSummary } from '@nestje/contract';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/generated/schema.ts';
import type { ImportLookups, ImportPlan } from './import-plan.ts';
import * as q from './imports.queries.ts';

/** Lines written per batch: each table gets one multi-row statement per batch. */
export const BATCH_LINES = 250;

/** Takes the items of `items` (in file order, from `from`) that belong to lines up to `lastLine`. */
function upTo<T extends { line: number }>(items: T[], from: number, lastLine: number): [T[], number] {
  let end = from;
  while (end < items.length && (items[end] as T).line <= lastLine) end++;
  return [items.slice(from, end), end];
}

/**
 * Writes a checked plan in the caller's transaction, batch by batch of lines: the children, guardians (with
 * their accounts), links and placements those lines introduce, each as one set-based statement. Reports
 * progress (imported lines of all) after each batch. Returns the new children's ids with the counts.
 */
export async function writePlan(
  trx: Transaction<DB>,
  target: { organisationId: string; locationId: string; at: Date },
  plan: ImportPlan,
  lookups: ImportLookups,
  onProgress: (done: number, total: number) => void,
): Promise<{ summary: Omit<ImportSummary, 'skippedLines'>; childIds: string[] }> {
  const { organisationId, locationId, at } = target;
  const childIds = new Map<string, string>();
  const guardianIds = new Map<string, string>();
  for (const [email, g] of lookups.existingGuardians) guardianIds.set(email, g.id);
  const linkedExisting = new Set<string>();
  const cursor = { children: 0, guardians: 0, links: 0, placements: 0 };
  const total = plan.lines.length;
  onProgress(0, total);
  await nextTurn();
  for (let start = 0; start < total; start += BATCH_LINES) {
    const done = Math.min(start + BATCH_LINES, total);
    const lastLine = plan.lines[done - 1] as number;

    const [children, c] = upTo(plan.children, cursor.children, lastLine);
    cursor.children = c;
    const newChildren = children.map((child) => {
      const id = randomUUID();
      childIds.set(child.ref, id);
      return { ...child, id };
    });
    await q.insertChildren(trx, organisationId, locationId, newChildren);

    const [guardians, g] = upTo(plan.guardians, cursor.guardians, lastLine);
    cursor.guardians = g;
    const newGuardians = guardians.map((guardian) => {
      const id = randomUUID();
      guardianIds.set(guardian.email, id);
      return { ...guardian, id };
    });
    await q.insertGuardiansWithAccounts(trx, organisationId, newGuardians, at);

    const [links, l] = upTo(plan.links, cursor.links, lastLine);
    cursor.links = l;
    const linkRows = links.map((link) => {
      if (lookups.existingGuardians.has(link.email)) linkedExisting.add(link.email);
      return { ...link, guardianId: idOf(guardianIds, link.email), childId: idOf(childIds, link.childRef) };
    });
    await q.insertGuardianChildren(trx, organisationId, linkRows, at);

    const [placements, p] = upTo(plan.placements, cursor.placements, lastLine);
    cursor.placements = p;
    const placementRows = placements.map((placement) => ({
      ...placement,
      id: randomUUID(),
      childId: idOf(childIds, placement.childRef),
    }));
    await q.insertPlacements(trx, organisationId, placementRows, at);
    onProgress(done, total);
    // On PGlite the queries resolve without ever leaving the microtask queue: give the event loop a turn, so the
    // progress line reaches the client now (and the server answers what needs no database meanwhile).
    await nextTurn();
    // After the 1st, 2nd, 4th, 8th… batch: the tables' statistics follow their growth (see analyseImportTables).
    const batch = start / BATCH_LINES + 1;
    if (done < total && (batch & (batch - 1)) === 0) await q.analyseImportTables(trx);
  }
  return {
    summary: {
      children: plan.children.length,
      guardiansCreated: plan.guardians.length,
      guardiansLinked: linkedExisting.size,
      links: plan.links.length,
      placements: plan.placements.length,
    },
    childIds: [...childIds.values()],
  };
}

function idOf(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error('An import line refers to a child or guardian that was not written');
  return id;
}
