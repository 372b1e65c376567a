import { PassThrough, type Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type {
  CreateImportQuery,
  ImportIssue,
  ImportList,
  ImportReport,
  ImportRunEvent,
  ImportSummary,
  ImportSummaryItem,
  ImportTotals,
} from '@nestje/contract';
import { permittedIds } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/sql.ts';
import { Conflict, NotFound } from '../../errors.ts';
import { toDate } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { invitationSweepJob } from '../invitations/invitations.jobs.ts';
import { decodeCsv } from './csv.ts';
import {
  type CheckedImport,
  checkImport,
  type ImportFile,
  isRunnable,
  keysOf,
  readImportFile,
} from './import-check.ts';
import { nameKey } from './import-format.ts';
import type { ImportLookups, LookupProduct } from './import-plan.ts';
import { writePlan } from './import-run.ts';
import { importRead } from './imports.actions.ts';
import * as q from './imports.queries.ts';

export { importTemplate } from './import-template.ts';

/** What the imports table keeps as the report of a check. */
type StoredReport = Pick<
  ImportReport,
  'separator' | 'encoding' | 'ignoredColumns' | 'fileIssues' | 'lines' | 'totals'
>;

/** Loads, in a handful of queries, everything the check of `file` compares its lines with. */
async function loadLookups(
  db: Executor,
  organisationId: string,
  locationId: string,
  file: ImportFile,
): Promise<ImportLookups> {
  const { refs, emails } = keysOf(file);
  const [groups, products, childRefs, guardians] = [
    await q.selectLocationGroups(db, organisationId, locationId),
    await q.selectLocationContractProducts(db, organisationId, locationId),
    await q.selectExistingChildRefs(db, organisationId, refs),
    await q.selectGuardiansByEmail(db, organisationId, emails),
  ];
  const lookups: ImportLookups = {
    groups: new Map(),
    productsByGroup: new Map(),
    existingChildRefs: new Set(childRefs),
    existingGuardians: new Map(),
  };
  for (const g of groups) if (!lookups.groups.has(nameKey(g.name))) lookups.groups.set(nameKey(g.name), g);
  for (const p of products) {
    const byName = lookups.productsByGroup.get(p.group_id) ?? new Map<string, LookupProduct[]>();
    lookups.productsByGroup.set(p.group_id, byName);
    const key = nameKey(p.name);
    byName.set(key, [...(byName.get(key) ?? []), { id: p.id, name: p.name, weekdays: p.weekdays }]);
  }
  for (const g of guardians) {
    if (!lookups.existingGuardians.has(g.email))
      lookups.existingGuardians.set(g.email, { id: g.id, firstName: g.first_name, lastName: g.last_name });
  }
  return lookups;
}

async function check(
  db: Executor,
  organisationId: string,
  locationId: string,
  text: string,
  encoding: CheckedImport['encoding'],
): Promise<CheckedImport> {
  const file = readImportFile(text);
  return checkImport(file, encoding, await loadLookups(db, organisationId, locationId, file));
}

type ImportMetaRow = Omit<q.ImportRow, 'totals' | 'file_issues'>;

function toItem(row: ImportMetaRow, totals: ImportTotals, fileIssues: ImportIssue[]): ImportSummaryItem {
  const checked = row.status === 'checked';
  return {
    id: row.id,
    locationId: row.location_id,
    locationName: row.location_name,
    fileName: row.file_name,
    status: checked ? 'checked' : 'completed',
    createdAt: row.created_at.toISOString(),
    createdByName: row.created_by_name,
    completedAt: row.completed_at ? row.completed_at.toISOString() : null,
    totals,
    summary: (row.summary as ImportSummary | null) ?? null,
    canRun: checked && isRunnable({ fileIssues, totals }),
  };
}

/** The dry run: checks the file against the location and the organisation, keeps file and report, writes nothing else. */
export async function createImport(
  ctx: AppContext,
  principal: Principal,
  query: CreateImportQuery,
  body: Buffer,
): Promise<ImportReport> {
  const { organisationId } = principal;
  const location = await q.selectLocation(ctx.db, organisationId, query.locationId);
  if (!location) throw new NotFound();
  const { text, encoding } = decodeCsv(body);
  // PostgreSQL text cannot hold NUL; no CSV needs it.
  const content = text.replaceAll('\u0000', '');
  const checked = await check(ctx.db, organisationId, location.id, content, encoding);
  const report: StoredReport = {
    separator: checked.separator,
    encoding: checked.encoding,
    ignoredColumns: checked.ignoredColumns,
    fileIssues: checked.fileIssues,
    lines: checked.lines,
    totals: checked.totals,
  };
  const importId = await ctx.db.transaction().execute(async (trx) => {
    const id = await q.insertImport(trx, {
      organisationId,
      locationId: location.id,
      createdByAccountId: principal.accountId,
      createdAt: toDate(ctx.clock.now()),
      fileName: query.fileName,
      content,
      report,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId,
      actorAccountId: principal.accountId,
      action: 'import.checked',
      subjectType: 'import',
      subjectId: id,
      details: { locationId: location.id, totals: checked.totals },
    });
    return id;
  });
  // Answered from memory: reading a report of thousands of lines back from jsonb costs as much as writing it.
  const meta = await q.selectImportMeta(ctx.db, organisationId, importId);
  if (!meta) throw new NotFound();
  return { ...toItem(meta, report.totals, report.fileIssues), ...report };
}

export async function getImport(
  ctx: AppContext,
  principal: Principal,
  importId: string,
): Promise<ImportReport> {
  const row = await q.selectImport(ctx.db, principal.organisationId, importId);
  if (!row) throw new NotFound();
  const report = row.report as StoredReport;
  return { ...toItem(row, report.totals, report.fileIssues), ...report };
}

export async function listImports(
  ctx: AppContext,
  principal: Principal,
  filter: { locationId?: string | undefined; limit: number },
): Promise<ImportList> {
  const permitted = permittedIds(ctx.db, principal, ctx.clock, importRead.name);
  if (!permitted) return { imports: [] };
  const rows = await q.selectImports(ctx.db, principal.organisationId, permitted, filter);
  return {
    imports: rows.map((r) =>
      toItem(r, r.totals as ImportTotals, (r.file_issues as ImportIssue[] | null) ?? []),
    ),
  };
}

/** Why a run wrote nothing: what the check inside the transaction found. */
class RunRefused extends Error {
  readonly issues: ImportIssue[];
  constructor(issues: ImportIssue[]) {
    super('The import has errors');
    this.issues = issues;
  }
}

function failureIssues(ctx: AppContext, err: unknown): ImportIssue[] {
  if (err instanceof RunRefused) return err.issues;
  const pgCode = (err as { code?: unknown }).code;
  // Unique, exclusion and foreign-key violations: another change got in first (PostgreSQL runs concurrently).
  if (pgCode === '23505' || pgCode === '23P01' || pgCode === '23503') {
    const message = 'The data changed while the import ran; check the file again';
    return [{ line: null, column: null, code: 'conflict', message }];
  }
  ctx.log.error({ err }, 'import run failed');
  return [{ line: null, column: null, code: 'internal', message: 'The import failed; nothing was written' }];
}

/**
 * Runs a checked import: in one transaction that first locks the import (a second run waits, then finds it
 * completed: 409), checks the file again against the data as it is now, and writes everything or nothing.
 * Resolves, once the lock is held, to a stream of NDJSON events: progress, then `completed` after the commit,
 * or `failed` after the rollback.
 */
export async function startImportRun(
  ctx: AppContext,
  principal: Principal,
  importId: string,
): Promise<Readable> {
  const { organisationId } = principal;
  const out = new PassThrough();
  const send = (event: ImportRunEvent) => out.write(`${JSON.stringify(event)}\n`);
  const locked = Promise.withResolvers<void>();
  let streaming = false;
  const run = ctx.db.transaction().execute(async (trx) => {
    const row = await q.lockImport(trx, organisationId, importId);
    if (!row) throw new NotFound();
    if (row.status === 'completed') throw new Conflict('conflict', 'This import has already run');
    streaming = true;
    locked.resolve();
    // Let the answer's headers go out before the check runs (on PGlite it would hold the event loop).
    await nextTurn();
    const file = readImportFile(row.content);
    const lookups = await loadLookups(trx, organisationId, row.location_id, file);
    const checked = checkImport(file, row.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8', lookups);
    if (checked.fileIssues.length > 0 || checked.totals.errors > 0)
      throw new RunRefused([...checked.fileIssues, ...checked.lines.flatMap((l) => l.issues)]);
    const at = toDate(ctx.clock.now());
    const target = { organisationId, locationId: row.location_id, at };
    const written = await writePlan(trx, target, checked.plan, lookups, (done, total) =>
      send({ type: 'progress', done, total }),
    );
    const summary: ImportSummary = { ...written.summary, skippedLines: checked.totals.skipped };
    await q.completeImport(trx, organisationId, importId, summary, at);
    await recordAudit(trx, ctx.clock, {
      organisationId,
      actorAccountId: principal.accountId,
      action: 'import.completed',
      childIds: written.childIds,
      subjectType: 'import',
      subjectId: importId,
      details: { locationId: row.location_id, fileName: row.file_name, ...summary },
    });
    // Sent in the transaction, so it exists exactly when the import commits: guardians whose care starts
    // within six weeks are invited right away instead of at the next scheduled sweep.
    if (summary.placements > 0) await ctx.jobs.send(trx, invitationSweepJob, { organisationId });
    return summary;
  });
  run.then(
    (summary) => {
      send({ type: 'completed', summary });
      out.end();
    },
    (err: unknown) => {
      if (!streaming) return locked.reject(err);
      send({ type: 'failed', errors: failureIssues(ctx, err) });
      out.end();
    },
  );
  await locked.promise;
  return out;
}
