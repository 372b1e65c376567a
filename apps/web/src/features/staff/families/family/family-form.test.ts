import { describe, expect, it } from 'vitest';
import { i18n } from '../../../../i18n/index.ts';
import {
  emptyFamily,
  existingGuardianEntry,
  type FamilyFormValues,
  familyBody,
  familyFormPath,
  newGuardianEntry,
  validateFamily,
} from './family-form.ts';

const LOCATION = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a11';
const GUARDIAN = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a12';

function family(): FamilyFormValues {
  const values = emptyFamily(LOCATION);
  values.firstName = ' Lotte ';
  values.lastName = 'Jansen';
  values.birthDate = '2024-02-10';
  const first = values.guardians[0];
  if (!first) throw new Error('no first guardian');
  first.guardian = {
    firstName: 'Eva',
    lastName: 'Jansen',
    email: 'eva@example.nl',
    phone: '',
    street: 'Kerkstraat',
    houseNumber: '1',
    postcode: '2011 AB',
    city: 'Haarlem',
  };
  return values;
}

function withSecond(values: FamilyFormValues, sameAddress: boolean): FamilyFormValues {
  const second = newGuardianEntry(sameAddress);
  second.guardian = {
    ...second.guardian,
    firstName: 'Ruben',
    lastName: 'de Boer',
    email: 'ruben@example.nl',
  };
  return { ...values, guardians: [...values.guardians, second] };
}

describe('new family form model', () => {
  it('builds the POST /children body: trimmed names, no mentor as null, guardians in form order', () => {
    const body = familyBody(withSecond(family(), true));
    expect(body).toMatchObject({ locationId: LOCATION, firstName: 'Lotte', mentorStaffMemberId: null });
    expect(body.guardians).toHaveLength(2);
    // One household: the second guardian gets the first one's address.
    expect(body.guardians[1]).toEqual({
      guardian: {
        firstName: 'Ruben',
        lastName: 'de Boer',
        email: 'ruben@example.nl',
        phone: '',
        street: 'Kerkstraat',
        houseNumber: '1',
        postcode: '2011 AB',
        city: 'Haarlem',
      },
      parentalAuthority: true,
    });
  });

  it('keeps a second household’s own address, and links an existing guardian by id', () => {
    const values = withSecond(family(), false);
    const second = values.guardians[1];
    if (!second) throw new Error('no second guardian');
    second.guardian.city = 'Leiden';
    values.guardians.push(existingGuardianEntry(GUARDIAN, 'Opa Jansen', false));
    const body = familyBody(values);
    expect(body.guardians[1]).toMatchObject({ guardian: { street: '', city: 'Leiden' } });
    expect(body.guardians[2]).toEqual({ guardianId: GUARDIAN, parentalAuthority: false });
  });

  it('passes a complete family', () => {
    expect(validateFamily(withSecond(family(), true), i18n.t)).toEqual({});
  });

  it('puts a translated message next to each missing or wrong field', () => {
    const values = withSecond(emptyFamily(), false);
    const second = values.guardians[1];
    if (!second) throw new Error('no second guardian');
    second.guardian.email = 'geen-adres';
    const errors = validateFamily(values, i18n.t);
    expect(errors.locationId).toBe('Vul dit veld in.');
    expect(errors.birthDate).toBe('Vul dit veld in.');
    expect(errors.firstName).toBe('Vul dit veld in.');
    expect(errors['guardians.0.guardian.email']).toBeDefined();
    expect(errors['guardians.1.guardian.email']).toBe('Vul een geldig e-mailadres in.');
  });

  it('asks to choose an existing guardian, and refuses the same guardian or e-mail twice', () => {
    const values = family();
    values.guardians.push(existingGuardianEntry('', ''));
    expect(validateFamily(values, i18n.t)['guardians.1.guardianId']).toBe('Vul dit veld in.');

    const twice = withSecond(family(), true);
    const second = twice.guardians[1];
    if (!second) throw new Error('no second guardian');
    second.guardian.email = 'EVA@example.nl ';
    expect(validateFamily(twice, i18n.t)['guardians.1.guardian.email']).toBe('Dit is al in gebruik.');

    const sameExisting = family();
    sameExisting.guardians = [existingGuardianEntry(GUARDIAN, 'x'), existingGuardianEntry(GUARDIAN, 'x')];
    expect(validateFamily(sameExisting, i18n.t)['guardians.1.guardianId']).toBe('Dit is al in gebruik.');
  });

  it('shows an error about a shared address at the first guardian, where it was typed', () => {
    const shared = withSecond(family(), true);
    expect(familyFormPath(shared, 'guardians.1.guardian.postcode')).toBe('guardians.0.guardian.postcode');
    expect(familyFormPath(shared, 'guardians.1.guardian.email')).toBe('guardians.1.guardian.email');
    const own = withSecond(family(), false);
    expect(familyFormPath(own, 'guardians.1.guardian.postcode')).toBe('guardians.1.guardian.postcode');
  });
});
