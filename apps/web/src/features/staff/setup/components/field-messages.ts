import type { FieldMessages } from '../../../../lib/form-errors.ts';

const own = (field: string) => `setup.fieldErrors.${field}`;
/** Fields that hold a number: their "too small" is about size, not length. */
const NUMBER = 'setup.fieldErrors.number';

/**
 * The messages of organisation setup for particular fields (`setup.fieldErrors.<field>.<code>`, e.g. a
 * postcode's form), and for number fields; other fields and codes use the app's general texts. Pass as
 * `{ messages: SETUP_FIELD_MESSAGES }` to `validateWith` / `apiFieldErrors`, or to `fieldErrorText`.
 */
export const SETUP_FIELD_MESSAGES: FieldMessages = {
  minAgeMonths: NUMBER,
  maxAgeMonths: [own('maxAgeMonths'), NUMBER],
  capacity: NUMBER,
  priceCents: NUMBER,
  price: [own('price'), NUMBER],
  ...Object.fromEntries(
    [
      'postcode',
      'phone',
      'primaryColour',
      'locationId',
      'groupId',
      'weekdays',
      'roles',
      'role',
      'email',
      'date',
      'to',
      'opensAt',
      'closesAt',
      'startTime',
      'endTime',
    ].map((field) => [field, own(field)]),
  ),
};

/** The same, as options of `validateWith` and `apiFieldErrors`. */
export const SETUP_ERRORS = { messages: SETUP_FIELD_MESSAGES } as const;
