import type {
  ImportColumn,
  ImportIssue,
  ImportIssueCode,
  ImportLine,
  ImportLineGuardian,
} from '@nestje/contract';
import { nameKey, parseDate, parseEmail, parseWeekdays, parseYesNo } from './import-format.ts';
import type { ImportLookups, LookupProduct, PlannedGuardian, PlannedPlacement } from './import-plan.ts';

/**
 * The checks of one line of an import file: its child, its guardians and its placement, each against what the
 * earlier lines said (repeats must agree, placements must not overlap) and against the lookups.
 */

const NAME_MAX = 100;
const TEXT_MAX = 200;

export interface LineState {
  line: number;
  issues: ImportIssue[];
  get(column: ImportColumn): string;
  fail(column: ImportColumn | null, code: ImportIssueCode, message: string): void;
}

interface SeenChild {
  line: number;
  firstName: string | null;
  lastName: string | null;
  birthDate: string | null;
}

/** Everything the file's lines have said so far, to find repeats, mismatches and overlaps. */
export interface FileState {
  lookups: ImportLookups;
  children: Map<string, SeenChild>;
  guardians: Map<string, PlannedGuardian>;
  links: Map<string, { line: number; parentalAuthority: boolean }>;
  placements: Map<string, { line: number; start: string; end: string | null }[]>;
}

export function required(s: LineState, column: ImportColumn, max = TEXT_MAX): string | null {
  const value = s.get(column);
  if (value === '') {
    s.fail(column, 'required', `${column} is required`);
    return null;
  }
  if (value.length > max) {
    s.fail(column, 'too_big', `${column} is longer than ${max} characters`);
    return null;
  }
  return value;
}

function optional(s: LineState, column: ImportColumn, max = TEXT_MAX): string {
  const value = s.get(column);
  if (value.length <= max) return value;
  s.fail(column, 'too_big', `${column} is longer than ${max} characters`);
  return '';
}

function date(s: LineState, column: ImportColumn, value: string | null): string | null {
  if (value === null) return null;
  const parsed = parseDate(value);
  if (parsed === null) s.fail(column, 'invalid_format', `${column} is not a date (dd-mm-yyyy or yyyy-mm-dd)`);
  return parsed;
}

export function checkChild(s: LineState, f: FileState, ref: string): ImportLine['child'] {
  const seen = f.children.get(ref);
  if (!seen) {
    const firstName = required(s, 'child_first_name', NAME_MAX);
    const lastName = required(s, 'child_last_name', NAME_MAX);
    const birthDate = date(s, 'child_birth_date', required(s, 'child_birth_date'));
    f.children.set(ref, { line: s.line, firstName, lastName, birthDate });
    return firstName && lastName && birthDate ? { firstName, lastName, birthDate, isFirstLine: true } : null;
  }
  // A later line of the same child may leave the child's columns empty; what it fills in must agree.
  const same = (column: ImportColumn, earlier: string | null, key: (v: string) => string | null) => {
    const value = s.get(column);
    if (value === '' || earlier === null) return;
    const parsed = key(value);
    if (parsed !== null && parsed !== key(earlier))
      s.fail(column, 'mismatch', `${column} differs from line ${seen.line} of the same child_ref`);
    else if (parsed === null)
      s.fail(column, 'invalid_format', `${column} is not a date (dd-mm-yyyy or yyyy-mm-dd)`);
  };
  same('child_first_name', seen.firstName, nameKey);
  same('child_last_name', seen.lastName, nameKey);
  same('child_birth_date', seen.birthDate, parseDate);
  return seen.firstName && seen.lastName && seen.birthDate
    ? { firstName: seen.firstName, lastName: seen.lastName, birthDate: seen.birthDate, isFirstLine: false }
    : null;
}

const GUARDIAN_DETAILS = ['phone', 'street', 'house_number', 'postcode', 'city'] as const;
const DETAIL_KEY = {
  phone: 'phone',
  street: 'street',
  house_number: 'houseNumber',
  postcode: 'postcode',
  city: 'city',
} as const;

export function checkGuardian(
  s: LineState,
  f: FileState,
  slot: 1 | 2,
  ref: string,
  otherEmail: string | null,
): ImportLineGuardian | null {
  const col = (field: string) => `guardian${slot}_${field}` as ImportColumn;
  const all = ['first_name', 'last_name', 'email', ...GUARDIAN_DETAILS, 'parental_authority'];
  // Guardian 2 is optional; so is guardian 1 on a later line of a child whose guardians an earlier line named.
  const optionalSlot = slot === 2 || f.children.get(ref)?.line !== s.line;
  if (optionalSlot && all.every((field) => s.get(col(field)) === '')) return null;

  const firstName = required(s, col('first_name'), NAME_MAX);
  const lastName = required(s, col('last_name'), NAME_MAX);
  const rawEmail = required(s, col('email'), 254);
  const email = rawEmail === null ? null : parseEmail(rawEmail);
  if (rawEmail !== null && email === null) s.fail(col('email'), 'invalid_format', 'Not an e-mail address');
  if (email !== null && email === otherEmail) {
    s.fail(col('email'), 'invalid_value', 'Guardian 2 has the same e-mail address as guardian 1');
    return null;
  }
  const parentalAuthority = parseYesNo(s.get(col('parental_authority')), true);
  if (parentalAuthority === null)
    s.fail(col('parental_authority'), 'invalid_format', 'Parental authority is not ja/nee or yes/no');
  const details = Object.fromEntries(GUARDIAN_DETAILS.map((d) => [DETAIL_KEY[d], optional(s, col(d))])) as {
    [K in (typeof DETAIL_KEY)[keyof typeof DETAIL_KEY]]: string;
  };
  if (email === null || firstName === null || lastName === null || parentalAuthority === null) return null;

  const existing = f.lookups.existingGuardians.get(email);
  const seen = f.guardians.get(email);
  if (seen) {
    // The same guardian on several lines (siblings, two households): what a line fills in must agree.
    const differs = (column: ImportColumn, earlier: string, value: string) => {
      if (value !== '' && earlier !== '' && nameKey(value) !== nameKey(earlier))
        s.fail(column, 'mismatch', `${column} differs from line ${seen.line} for the same e-mail address`);
    };
    differs(col('first_name'), seen.firstName, firstName);
    differs(col('last_name'), seen.lastName, lastName);
    for (const d of GUARDIAN_DETAILS) {
      const key = DETAIL_KEY[d];
      differs(col(d), seen[key], details[key]);
      // A detail the earlier line left empty is taken from this one.
      if (seen[key] === '') seen[key] = details[key];
    }
  } else {
    f.guardians.set(email, { line: s.line, email, firstName, lastName, ...details });
  }
  const linkKey = `${ref}\u0000${email}`;
  const link = f.links.get(linkKey);
  if (!link) f.links.set(linkKey, { line: s.line, parentalAuthority });
  else if (link.parentalAuthority !== parentalAuthority)
    s.fail(col('parental_authority'), 'mismatch', `Parental authority differs from line ${link.line}`);
  return {
    slot,
    email,
    firstName: existing?.firstName ?? firstName,
    lastName: existing?.lastName ?? lastName,
    status: existing ? 'existing' : 'new',
    parentalAuthority,
  };
}

export function checkPlacement(s: LineState, f: FileState, ref: string): PlannedPlacement | null {
  const groupName = required(s, 'group');
  const group = groupName === null ? undefined : f.lookups.groups.get(nameKey(groupName));
  if (groupName !== null && !group)
    s.fail('group', 'unknown_reference', `The location has no group "${groupName}"`);
  const placementType = required(s, 'placement_type', NAME_MAX);
  const startDate = date(s, 'start_date', required(s, 'start_date'));
  const endValue = s.get('end_date');
  const endDate = endValue === '' ? null : date(s, 'end_date', endValue);
  if (startDate && endDate && endDate < startDate)
    s.fail('end_date', 'date_order', 'The end date is before the start date');
  const weekdaysValue = required(s, 'weekdays');
  const weekdays = weekdaysValue === null ? null : parseWeekdays(weekdaysValue);
  if (weekdaysValue !== null && weekdays === null)
    s.fail('weekdays', 'invalid_format', 'Not a list of weekdays (e.g. "ma,di,do" or "1,2,4")');
  const productName = required(s, 'product');
  let product: LookupProduct | undefined;
  if (group && productName !== null) {
    const candidates = f.lookups.productsByGroup.get(group.id)?.get(nameKey(productName)) ?? [];
    if (candidates.length === 0) {
      s.fail(
        'product',
        'unknown_reference',
        `Group "${group.name}" offers no contract product "${productName}"`,
      );
    } else if (weekdays) {
      product = candidates.find((p) => weekdays.every((d) => p.weekdays.includes(d)));
      if (!product)
        s.fail('weekdays', 'invalid_value', `"${productName}" is not offered on all of these days`);
    }
  }
  if (!group || !product || !placementType || !startDate || !weekdays || (endValue !== '' && !endDate))
    return null;
  const key = `${ref}\u0000${group.id}`;
  const earlier = f.placements.get(key) ?? [];
  const clash = earlier.find(
    (p) => (p.end === null || startDate <= p.end) && (endDate === null || p.start <= endDate),
  );
  if (clash)
    s.fail('start_date', 'overlap', `Overlaps the placement of line ${clash.line} in the same group`);
  earlier.push({ line: s.line, start: startDate, end: endDate });
  f.placements.set(key, earlier);
  const careProductId = product.id;
  return {
    line: s.line,
    childRef: ref,
    groupId: group.id,
    groupName: group.name,
    productName: product.name,
    placementType,
    startDate,
    endDate,
    days: weekdays.map((weekday) => ({ weekday, careProductId })),
  };
}
