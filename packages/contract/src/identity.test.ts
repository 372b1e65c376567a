import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorCodes } from './errors.ts';
import { emailSchema, loginBodySchema, PASSWORD_MIN_LENGTH, passwordSchema } from './identity.ts';

test('e-mail addresses are trimmed and lower-cased, so one address is one account', () => {
  assert.equal(emailSchema.parse('  Ouder@Demo.Nestje.NL '), 'ouder@demo.nestje.nl');
  assert.equal(emailSchema.safeParse('not-an-address').success, false);
});

test('a new password has a minimum length, and a sign-in password any non-empty one', () => {
  assert.equal(passwordSchema.safeParse('x'.repeat(PASSWORD_MIN_LENGTH - 1)).success, false);
  assert.equal(passwordSchema.safeParse('x'.repeat(PASSWORD_MIN_LENGTH)).success, true);
  assert.equal(loginBodySchema.safeParse({ email: 'a@b.nl', password: 'short' }).success, true);
  assert.equal(loginBodySchema.safeParse({ email: 'a@b.nl', password: '' }).success, false);
});

test('error codes are unique', () => {
  assert.equal(new Set(errorCodes).size, errorCodes.length);
});
