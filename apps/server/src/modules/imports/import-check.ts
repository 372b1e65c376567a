import type {
  ImportColumn,
  ImportIssue,
  ImportLine,
  ImportLineGuardian,
  ImportTotals,
} from '@nestje/contract';
import { type CsvEncoding, type CsvRecord, type CsvSeparator, detectSeparator, parseCsv } from './csv.ts';
import { type HeaderMap, mapHeader, parseEmail } from './import-format.ts';
import {
  checkChild,
  checkGuardian,
  checkPlacement,
  type FileState,
  type LineState,
  required,
} from './import-lines.ts';
import type { ImportLookups, ImportPlan, PlannedPlacement } from './import-plan.ts';

/**
 * The check of an import file against what the location offers and what the organisation already holds. Pure:
 * the dry run and the run (inside its transaction) load the lookups once and call this with them.
 */

export interface CheckedImport {
  separator: CsvSeparator;
  encoding: CsvEncoding;
  ignoredColumns: string[];
  fileIssues: ImportIssue[];
  lines: ImportLine[];
  totals: ImportTotals;
  plan: ImportPlan;
}

/** Whether a checked import may run: no problem with the file and none with any line. */
export function isRunnable(c: { fileIssues: ImportIssue[]; totals: ImportTotals }): boolean {
  return c.fileIssues.length === 0 && c.totals.errors === 0 && c.totals.create > 0;
}

function totalsOf(lines: ImportLine[], plan: ImportPlan, existing: Set<string>): ImportTotals {
  const count = (status: ImportLine['status']) => lines.filter((l) => l.status === status).length;
  return {
    lines: lines.length,
    create: count('create'),
    skipped: count('skipped'),
    errors: count('error'),
    children: plan.children.length,
    guardiansNew: plan.guardians.length,
    guardiansExisting: existing.size,
    links: plan.links.length,
    placements: plan.placements.length,
  };
}

/** A parsed import file: its records and which field holds which column. */
export interface ImportFile {
  separator: CsvSeparator;
  header: CsvRecord | undefined;
  rows: CsvRecord[];
  map: HeaderMap;
  unclosedQuoteLine: number | null;
}

/** Parses an (already decoded) import file. */
export function readImportFile(text: string): ImportFile {
  const separator = detectSeparator(text);
  const parsed = parseCsv(text, separator);
  const [header, ...rows] = parsed.records;
  const map = header ? mapHeader(header.fields, header.line) : { index: {}, ignored: [], issues: [] };
  return { separator, header, rows, map, unclosedQuoteLine: parsed.unclosedQuoteLine };
}

/** The child_refs and guardian e-mail addresses the file names: what the lookups need to load. */
export function keysOf(file: ImportFile): { refs: string[]; emails: string[] } {
  const refs = new Set<string>();
  const emails = new Set<string>();
  const at = (fields: string[], column: ImportColumn) => {
    const i = file.map.index[column];
    return i === undefined ? '' : (fields[i] ?? '').trim();
  };
  for (const { fields } of file.rows) {
    const ref = at(fields, 'child_ref');
    if (ref !== '') refs.add(ref);
    for (const column of ['guardian1_email', 'guardian2_email'] as const) {
      const email = parseEmail(at(fields, column));
      if (email) emails.add(email);
    }
  }
  return { refs: [...refs], emails: [...emails] };
}

/** Checks every line of a parsed import file against the lookups. */
export function checkImport(file: ImportFile, encoding: CsvEncoding, lookups: ImportLookups): CheckedImport {
  const { separator, header, rows, map } = file;
  const plan: ImportPlan = { lines: [], children: [], guardians: [], links: [], placements: [] };
  const result: CheckedImport = {
    separator,
    encoding,
    ignoredColumns: [],
    fileIssues: [],
    lines: [],
    totals: totalsOf([], plan, new Set()),
    plan,
  };
  if (!header) {
    result.fileIssues.push({ line: 1, column: null, code: 'empty_file', message: 'The file is empty' });
    return result;
  }
  result.ignoredColumns = map.ignored;
  result.fileIssues.push(...map.issues);
  if (file.unclosedQuoteLine !== null) {
    const message = 'A quoted field is never closed';
    result.fileIssues.push({ line: file.unclosedQuoteLine, column: null, code: 'invalid_format', message });
  }
  if (rows.length === 0) {
    const message = 'The file has no rows below the header';
    result.fileIssues.push({ line: header.line, column: null, code: 'empty_file', message });
  }
  if (result.fileIssues.length > 0) return result;

  const f: FileState = {
    lookups,
    children: new Map(),
    guardians: new Map(),
    links: new Map(),
    placements: new Map(),
  };
  const existingLinked = new Set<string>();
  for (const record of rows) {
    const issues: ImportIssue[] = [];
    const s: LineState = {
      line: record.line,
      issues,
      get(column) {
        const i = map.index[column];
        return i === undefined ? '' : (record.fields[i] ?? '').trim();
      },
      fail(column, code, message) {
        issues.push({ line: record.line, column, code, message });
      },
    };
    if (record.fields.slice(header.fields.length).some((v) => v.trim() !== ''))
      s.fail(null, 'invalid_format', 'The line has more fields than the header');
    const ref = required(s, 'child_ref', 100);
    const line: ImportLine = {
      line: record.line,
      childRef: ref ?? s.get('child_ref'),
      status: 'error',
      child: null,
      guardians: [],
      placement: null,
      issues,
    };
    result.lines.push(line);
    if (ref === null) continue;
    if (lookups.existingChildRefs.has(ref)) {
      // Documented choice: a child already in the organisation is left as it is, with all its lines.
      line.status = 'skipped';
      issues.length = 0;
      continue;
    }
    line.child = checkChild(s, f, ref);
    const g1 = checkGuardian(s, f, 1, ref, null);
    const g2 = checkGuardian(s, f, 2, ref, parseEmail(s.get('guardian1_email')));
    line.guardians = [g1, g2].filter((g): g is ImportLineGuardian => g !== null);
    const placement = checkPlacement(s, f, ref);
    if (placement) {
      line.placement = {
        groupName: placement.groupName,
        placementType: placement.placementType,
        startDate: placement.startDate,
        endDate: placement.endDate,
        weekdays: placement.days.map((d) => d.weekday),
        productName: placement.productName,
      };
    }
    if (issues.length > 0 || !line.child || !placement) continue;
    line.status = 'create';
    addToPlan(plan, f, record.line, ref, line, placement, existingLinked);
  }
  result.totals = totalsOf(result.lines, plan, existingLinked);
  return result;
}

function addToPlan(
  plan: ImportPlan,
  f: FileState,
  lineNo: number,
  ref: string,
  line: ImportLine,
  placement: PlannedPlacement,
  existingLinked: Set<string>,
): void {
  plan.lines.push(lineNo);
  if (line.child?.isFirstLine) plan.children.push({ line: lineNo, ref, ...line.child });
  for (const g of line.guardians) {
    const seen = f.guardians.get(g.email);
    if (g.status === 'existing') existingLinked.add(g.email);
    else if (seen && seen.line === lineNo) plan.guardians.push(seen);
    const link = f.links.get(`${ref}\u0000${g.email}`);
    if (link && link.line === lineNo)
      plan.links.push({
        line: lineNo,
        childRef: ref,
        email: g.email,
        parentalAuthority: g.parentalAuthority,
      });
  }
  plan.placements.push(placement);
}
