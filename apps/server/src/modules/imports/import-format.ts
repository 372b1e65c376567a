import {
  type ImportColumn,
  type ImportIssue,
  importColumnDutchNames,
  importColumns,
  requiredImportColumns,
} from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';

/**
 * The import file's header and values: which column is which, and how dates, weekdays, yes/no and e-mail
 * addresses are written. Pure functions; the checks against the database are in import-check.ts.
 */

/** A header name as compared: lower case, without accents, spaces, dashes, underscores, dots or BOM. */
export function normaliseHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const GUARDIAN_FIELDS: Record<string, string[]> = {
  first_name: ['voornaam'],
  last_name: ['achternaam'],
  email: ['email', 'emailadres', 'mail'],
  phone: ['telefoon', 'telefoonnummer', 'mobiel'],
  street: ['straat'],
  house_number: ['huisnummer'],
  postcode: ['postcode'],
  city: ['plaats', 'woonplaats'],
  parental_authority: ['gezag', 'ouderlijk_gezag'],
};

/** Synonyms beyond the English and Dutch names of the contract. */
const EXTRA_NAMES: Partial<Record<ImportColumn, string[]>> = {
  child_ref: ['kindnummer', 'kind_id', 'child_id', 'external_ref', 'referentie'],
  child_first_name: ['voornaam_kind'],
  child_last_name: ['achternaam_kind'],
  child_birth_date: ['geboortedatum_kind', 'geboortedatum', 'birth_date'],
  group: ['group_name', 'groepsnaam'],
  placement_type: ['plaatsingssoort', 'plaatsingstype', 'soort_plaatsing'],
  start_date: ['begindatum', 'ingangsdatum'],
  weekdays: ['weekdagen', 'days'],
  product: ['opvangproduct', 'contractproduct', 'care_product'],
};
for (const slot of [1, 2]) {
  for (const [field, dutch] of Object.entries(GUARDIAN_FIELDS)) {
    const column = `guardian${slot}_${field}` as ImportColumn;
    EXTRA_NAMES[column] = dutch.flatMap((d) => [`ouder${slot}_${d}`, `verzorger${slot}_${d}`]);
  }
}

const COLUMN_BY_NAME = new Map<string, ImportColumn>();
for (const column of importColumns) {
  for (const name of [column, importColumnDutchNames[column], ...(EXTRA_NAMES[column] ?? [])]) {
    COLUMN_BY_NAME.set(normaliseHeader(name), column);
  }
}

export interface HeaderMap {
  /** The field index of each column found. */
  index: Partial<Record<ImportColumn, number>>;
  ignored: string[];
  issues: ImportIssue[];
}

/** Matches the header's names to columns; missing required columns and doubled columns are issues on line 1. */
export function mapHeader(names: readonly string[], line = 1): HeaderMap {
  const index: Partial<Record<ImportColumn, number>> = {};
  const ignored: string[] = [];
  const issues: ImportIssue[] = [];
  names.forEach((name, i) => {
    const column = COLUMN_BY_NAME.get(normaliseHeader(name));
    if (!column) {
      if (name.trim() !== '') ignored.push(name.trim());
    } else if (index[column] !== undefined) {
      issues.push({ line, column, code: 'taken', message: `Column ${column} appears more than once` });
    } else {
      index[column] = i;
    }
  });
  for (const column of requiredImportColumns) {
    if (index[column] === undefined)
      issues.push({ line, column, code: 'required', message: `Column ${column} is missing` });
  }
  return { index, ignored, issues };
}

/** A date written dd-mm-yyyy (also d-m-yyyy, with `/` or `.`) or yyyy-mm-dd, as `YYYY-MM-DD`; null if invalid. */
export function parseDate(value: string): string | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  let parts: [string, string, string] | null = m ? [m[1] as string, m[2] as string, m[3] as string] : null;
  if (!parts) {
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
    if (m) parts = [m[3] as string, m[2] as string, m[1] as string];
  }
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (year < 1900 || year > 2200) return null;
  try {
    return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }).toString();
  } catch {
    return null;
  }
}

const WEEKDAY_NAMES: [number, string[]][] = [
  [1, ['1', 'ma', 'maa', 'maandag', 'mo', 'mon', 'monday']],
  [2, ['2', 'di', 'din', 'dinsdag', 'tu', 'tue', 'tuesday']],
  [3, ['3', 'wo', 'woe', 'woensdag', 'we', 'wed', 'wednesday']],
  [4, ['4', 'do', 'don', 'donderdag', 'th', 'thu', 'thursday']],
  [5, ['5', 'vr', 'vri', 'vrijdag', 'fr', 'fri', 'friday']],
  [6, ['6', 'za', 'zat', 'zaterdag', 'sa', 'sat', 'saturday']],
  [7, ['7', 'zo', 'zon', 'zondag', 'su', 'sun', 'sunday']],
];
const WEEKDAY_BY_NAME = new Map(WEEKDAY_NAMES.flatMap(([day, names]) => names.map((n) => [n, day] as const)));

/**
 * ISO weekdays from "ma,di,do", "1,2,4", "ma-vr" or "mon tue", sorted without repeats; null if a part is not a
 * weekday (or the list is empty).
 */
export function parseWeekdays(value: string): number[] | null {
  const days = new Set<number>();
  const parts = value
    .toLowerCase()
    .split(/[\s,;/+&]+/)
    .filter((p) => p !== '');
  if (parts.length === 0) return null;
  for (const part of parts) {
    const range = /^([^-]+)-([^-]+)$/.exec(part);
    if (range) {
      const from = WEEKDAY_BY_NAME.get(range[1] as string);
      const to = WEEKDAY_BY_NAME.get(range[2] as string);
      if (from === undefined || to === undefined || to < from) return null;
      for (let d = from; d <= to; d++) days.add(d);
      continue;
    }
    const day = WEEKDAY_BY_NAME.get(part.replace(/\.$/, ''));
    if (day === undefined) return null;
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0']);

/** ja/nee, yes/no, true/false, 1/0; an empty value is `fallback`; null if it is something else. */
export function parseYesNo(value: string, fallback: boolean): boolean | null {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:.]{2,}$/;

/** An e-mail address in lower case, or null when it is not one. */
export function parseEmail(value: string): string | null {
  const v = value.trim().toLowerCase();
  return v.length <= 254 && EMAIL.test(v) ? v : null;
}

/** A name or reference as compared: trimmed, single spaces, lower case. */
export function nameKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}
