import {
  type CreateChildInput,
  createChildBodySchema,
  type GuardianContactInput,
  type GuardianLinkInput,
  guardianContactSchema,
} from '@nestje/contract';
import type { TFunction } from 'i18next';
import { fieldErrorTexts, validateWith } from '../../../../lib/form-errors.ts';

/** A new guardian's contact data as typed; empty strings for what is not known. */
export interface ContactValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
}

/**
 * One guardian of the new child: entered here (`new`) or one already known (`existing`, found by search or
 * taken over from a sibling). A second guardian may live at the first one's address or elsewhere (a second
 * household).
 */
export interface GuardianEntry {
  mode: 'new' | 'existing';
  /** The existing guardian; '' while none is chosen. */
  guardianId: string;
  /** The existing guardian's name and e-mail, to show what was chosen. */
  existingLabel: string;
  guardian: ContactValues;
  parentalAuthority: boolean;
  /** Only for a later new guardian: copy the address of the first guardian (one household). */
  sameAddress: boolean;
}

export interface FamilyFormValues {
  locationId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  /** '' for no mentor. */
  mentorStaffMemberId: string;
  guardians: GuardianEntry[];
}

export function emptyContact(): ContactValues {
  return {
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    street: '',
    houseNumber: '',
    postcode: '',
    city: '',
  };
}

export function newGuardianEntry(sameAddress = false): GuardianEntry {
  return {
    mode: 'new',
    guardianId: '',
    existingLabel: '',
    guardian: emptyContact(),
    parentalAuthority: true,
    sameAddress,
  };
}

export function existingGuardianEntry(id: string, label: string, parentalAuthority = true): GuardianEntry {
  return { ...newGuardianEntry(), mode: 'existing', guardianId: id, existingLabel: label, parentalAuthority };
}

/** A guardian already known: one taken over from a sibling, or the one who has an e-mail address typed. */
export interface KnownGuardian {
  id: string;
  name: string;
  email: string;
}

/** An entry that links a guardian already known, shown as "name (e-mail)". */
export function knownGuardianEntry(guardian: KnownGuardian, parentalAuthority = true): GuardianEntry {
  return existingGuardianEntry(guardian.id, `${guardian.name} (${guardian.email})`, parentalAuthority);
}

export function emptyFamily(locationId = ''): FamilyFormValues {
  return {
    locationId,
    firstName: '',
    lastName: '',
    birthDate: '',
    mentorStaffMemberId: '',
    guardians: [newGuardianEntry()],
  };
}

const ADDRESS_FIELDS = ['street', 'houseNumber', 'postcode', 'city'] as const;

/** Whether an entry may share the first guardian's address: a later new guardian while the first is new too. */
export function canShareAddress(values: FamilyFormValues, index: number): boolean {
  return index > 0 && values.guardians[index]?.mode === 'new' && values.guardians[0]?.mode === 'new';
}

function contactBody(values: FamilyFormValues, index: number): GuardianContactInput {
  const entry = values.guardians[index] as GuardianEntry;
  const first = values.guardians[0] as GuardianEntry;
  const contact = { ...entry.guardian };
  if (entry.sameAddress && canShareAddress(values, index)) {
    for (const field of ADDRESS_FIELDS) contact[field] = first.guardian[field];
  }
  return {
    firstName: contact.firstName.trim(),
    lastName: contact.lastName.trim(),
    email: contact.email.trim(),
    phone: contact.phone.trim(),
    street: contact.street.trim(),
    houseNumber: contact.houseNumber.trim(),
    postcode: contact.postcode.trim(),
    city: contact.city.trim(),
  };
}

/** The guardians as the API takes them, in the form's order (so field paths match the form's). */
export function guardianLinks(values: FamilyFormValues): GuardianLinkInput[] {
  return values.guardians.map((entry, index) =>
    entry.mode === 'existing'
      ? { guardianId: entry.guardianId, parentalAuthority: entry.parentalAuthority }
      : { guardian: contactBody(values, index), parentalAuthority: entry.parentalAuthority },
  );
}

/** The body of POST /children. Empty selections are left out, so the schema reports them as missing. */
export function familyBody(values: FamilyFormValues): CreateChildInput {
  return {
    locationId: values.locationId,
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    birthDate: values.birthDate,
    mentorStaffMemberId: values.mentorStaffMemberId || null,
    guardians: guardianLinks(values),
  };
}

/**
 * Checks the contract schemas cannot make, as field codes by form path: an existing guardian must be chosen;
 * the same guardian or e-mail address may not be given twice.
 */
export function checkGuardians(values: FamilyFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const seenIds = new Set<string>();
  const seenEmails = new Set<string>();
  values.guardians.forEach((entry, index) => {
    if (entry.mode === 'existing') {
      if (entry.guardianId === '') errors[`guardians.${index}.guardianId`] = 'required';
      else if (seenIds.has(entry.guardianId)) errors[`guardians.${index}.guardianId`] = 'taken';
      seenIds.add(entry.guardianId);
      return;
    }
    const email = entry.guardian.email.trim().toLowerCase();
    if (email !== '' && seenEmails.has(email)) errors[`guardians.${index}.guardian.email`] = 'taken';
    seenEmails.add(email);
  });
  return errors;
}

/**
 * The form path of a field the server names. An error about a shared address belongs to the first guardian,
 * where it was typed.
 */
export function familyFormPath(values: FamilyFormValues, path: string): string {
  const match = /^guardians\.(\d+)\.guardian\.(street|houseNumber|postcode|city)$/.exec(path);
  if (!match) return path;
  const index = Number(match[1]);
  const entry = values.guardians[index];
  return entry?.sameAddress && canShareAddress(values, index) ? `guardians.0.guardian.${match[2]}` : path;
}

const childPartSchema = createChildBodySchema.omit({ guardians: true });

/**
 * Validates the whole form before it is sent: translated messages by form path. An empty select or date is
 * "required" rather than "not the right form".
 */
export function validateFamily(values: FamilyFormValues, t: TFunction): Record<string, string> {
  const body = familyBody(values);
  const errors = validateWith(
    childPartSchema,
    { ...body, locationId: body.locationId || undefined, birthDate: body.birthDate || undefined },
    t,
  );
  const more = [
    ...body.guardians.map((link, index) =>
      'guardian' in link
        ? validateWith(guardianContactSchema, link.guardian, t, {
            formPath: (field) => familyFormPath(values, `guardians.${index}.guardian.${field}`),
          })
        : {},
    ),
    fieldErrorTexts(t, checkGuardians(values)),
  ];
  // The first message for a field wins.
  for (const found of more) for (const [path, message] of Object.entries(found)) errors[path] ??= message;
  return errors;
}
