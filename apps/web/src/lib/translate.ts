import type { TFunction } from 'i18next';
import { i18n } from '../i18n/index.ts';
import { ApiError } from './api.ts';

type Values = Record<string, unknown>;

/** True when the catalogue holds a text (not a group of texts) for this key, in the UI language or Dutch. */
export function hasText(key: string): boolean {
  const languages = [i18n.language, 'nl'];
  return languages.some((lng) => typeof i18n.getResource(lng, 'translation', key) === 'string');
}

/**
 * Translates the first of several keys built at run time (from a server error code) that the catalogue
 * holds. Typed `t()` only accepts keys known at compile time, so these go through here.
 */
export function translateFirst(t: TFunction, keys: readonly string[], fallbackKey: string, values?: Values) {
  const chosen = keys.find(hasText) ?? fallbackKey;
  return (t as unknown as (key: string, values?: Values) => string)(chosen, values);
}

/** The error code of anything thrown by the API client; anything else is `unknown`. */
export function errorCode(error: unknown): string {
  return error instanceof ApiError ? error.code : 'unknown';
}

/** The translated text for an error thrown by the API client: by its code, never by its message. */
export function errorText(t: TFunction, error: unknown): string {
  return translateFirst(t, [`errors.${errorCode(error)}`], 'errors.unknown');
}
