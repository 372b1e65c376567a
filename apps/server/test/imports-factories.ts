import type { ImportColumn, ImportRunEvent } from '@nestje/contract';
import { importColumns } from '@nestje/contract';
import type { TestClient, TestResponse } from './client.ts';

/** One line of an import file by (English) column name; columns left out are empty. */
export type ImportRow = Partial<Record<ImportColumn, string>>;

/**
 * A line that imports cleanly into `createOrganisation`'s location (group "Groep A", product "Hele dag" on
 * weekdays): child `ref` with one new guardian.
 */
export function importRow(ref: string, overrides: ImportRow = {}): ImportRow {
  return {
    child_ref: ref,
    child_first_name: `Kind ${ref}`,
    child_last_name: 'Jansen',
    child_birth_date: '2024-05-01',
    guardian1_first_name: 'Ouder',
    guardian1_last_name: `van ${ref}`,
    guardian1_email: `ouder-${ref.toLowerCase()}@example.nl`,
    group: 'Groep A',
    placement_type: 'Vast',
    start_date: '2026-09-01',
    weekdays: 'ma,di',
    product: 'Hele dag',
    ...overrides,
  };
}

function field(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** An import file: a header of `columns` (by default every column) and the rows, as a spreadsheet writes it. */
export function importCsv(
  rows: ImportRow[],
  options: {
    separator?: ';' | ',';
    lineEnd?: '\n' | '\r\n';
    columns?: readonly ImportColumn[];
    headerName?: (column: ImportColumn) => string;
  } = {},
): string {
  const separator = options.separator ?? ',';
  const columns = options.columns ?? importColumns;
  const lineEnd = options.lineEnd ?? '\n';
  const header = columns.map((c) => field(options.headerName?.(c) ?? c, separator)).join(separator);
  const lines = rows.map((r) => columns.map((c) => field(r[c] ?? '', separator)).join(separator));
  return [header, ...lines].join(lineEnd) + lineEnd;
}

/** Uploads a file for the dry run. */
export function uploadImport(
  client: TestClient,
  locationId: string,
  body: string | Buffer,
  fileName = 'gezinnen.csv',
): Promise<TestResponse> {
  const url = `/api/v1/imports?locationId=${locationId}&fileName=${encodeURIComponent(fileName)}`;
  return client.post(url, body, { 'content-type': 'text/csv' });
}

/** Runs a checked import; the NDJSON answer as its events. */
export async function runImport(
  client: TestClient,
  importId: string,
): Promise<{ status: number; events: ImportRunEvent[]; body: unknown; contentType: string }> {
  const res = await client.post(`/api/v1/imports/${importId}/run`);
  const contentType = String(res.headers['content-type'] ?? '');
  const events = contentType.startsWith('application/x-ndjson')
    ? String(res.body)
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as ImportRunEvent)
    : [];
  return { status: res.status, events, body: res.body, contentType };
}
