import {
  type CreateStaffMemberBody,
  createStaffMemberBodySchema,
  type StaffMember,
  type UpdateStaffMemberBody,
  updateStaffMemberBodySchema,
} from '@nestje/contract';
import type { TFunction } from 'i18next';
import { fieldErrorTexts, validateWith } from '../../../../lib/form-errors.ts';
import { SETUP_FIELD_MESSAGES } from '../components/field-messages.ts';
import { checkRoleRows, fromRoleRows, newRoleRow, type RoleRow, toRoleRows } from './role-rows.ts';

export interface StaffFormValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  roles: RoleRow[];
}

export function staffFormValues(member?: StaffMember): StaffFormValues {
  return {
    firstName: member?.firstName ?? '',
    lastName: member?.lastName ?? '',
    email: member?.email ?? '',
    phone: member?.phone ?? '',
    roles: member ? toRoleRows(member.roles) : [newRoleRow()],
  };
}

export function inviteBody(values: StaffFormValues): CreateStaffMemberBody {
  return { ...values, roles: fromRoleRows(values.roles) };
}

/** The e-mail address is the account's sign-in and is not changed here. */
export function updateBody(values: StaffFormValues): UpdateStaffMemberBody {
  const { email: _email, ...rest } = values;
  return { ...rest, roles: fromRoleRows(values.roles) };
}

/**
 * The form field of a path in the body or a server answer: a problem with a whole role (`roles.2`, e.g.
 * `not_allowed`) shows at that role's select; problems with the list (`roles`, e.g. `last_admin`) under it.
 */
export function staffFormPath(path: string): string {
  return /^roles\.\d+$/.test(path) ? `${path}.role` : path;
}

/** Every problem the form can see before sending, keyed by form field. */
export function validateStaff(values: StaffFormValues, mode: 'invite' | 'edit', t: TFunction) {
  const options = { messages: SETUP_FIELD_MESSAGES, formPath: staffFormPath };
  const errors =
    mode === 'invite'
      ? validateWith(createStaffMemberBodySchema, inviteBody(values), t, options)
      : validateWith(updateStaffMemberBodySchema, updateBody(values), t, options);
  const rows = fieldErrorTexts(t, checkRoleRows(values.roles), SETUP_FIELD_MESSAGES);
  for (const [path, text] of Object.entries(rows)) errors[staffFormPath(path)] ??= text;
  return errors;
}
