import { describe, expect, it } from 'vitest';
import nl from '../../../../i18n/features/setup.nl.json';
import { i18n } from '../../../../i18n/index.ts';
import { fieldErrorText } from '../../../../lib/form-errors.ts';
import { SETUP_FIELD_MESSAGES } from './field-messages.ts';

const t = i18n.t;

describe('messages of organisation setup', () => {
  it('reaches every field message of the setup catalogue', () => {
    const groups = new Set(Object.values(SETUP_FIELD_MESSAGES).flat());
    for (const field of Object.keys(nl.setup.fieldErrors))
      expect(groups.has(`setup.fieldErrors.${field}`), field).toBe(true);
  });

  it('prefers the field’s own text, then the number text, then the general one', () => {
    expect(fieldErrorText(t, 'postcode', 'invalid_format', SETUP_FIELD_MESSAGES)).toBe(
      'Vul een postcode in als 1234 AB.',
    );
    expect(fieldErrorText(t, 'maxAgeMonths', 'too_small', SETUP_FIELD_MESSAGES)).toBe(
      'Dit moet hoger zijn dan de leeftijd vanaf.',
    );
    expect(fieldErrorText(t, 'maxAgeMonths', 'too_big', SETUP_FIELD_MESSAGES)).toBe('Dit getal is te groot.');
    expect(fieldErrorText(t, 'openingHours.2.opensAt', 'invalid_format', SETUP_FIELD_MESSAGES)).toBe(
      'Vul een tijd in als 07:30.',
    );
    // E-mail: setup's own "taken", the app's e-mail format text, the general "required".
    expect(fieldErrorText(t, 'email', 'taken', SETUP_FIELD_MESSAGES)).toBe(
      'Er is al een medewerker met dit e-mailadres.',
    );
    expect(fieldErrorText(t, 'email', 'invalid_format', SETUP_FIELD_MESSAGES)).toBe(
      'Vul een geldig e-mailadres in.',
    );
    expect(fieldErrorText(t, 'email', 'required', SETUP_FIELD_MESSAGES)).toBe('Vul dit veld in.');
    // Without setup's messages, the general texts.
    expect(fieldErrorText(t, 'postcode', 'invalid_format')).toBe('Dit heeft niet de juiste vorm.');
  });
});
