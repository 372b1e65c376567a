import type { Locale } from '@nestje/contract';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enMessages, nlMessages } from './catalogues.ts';

export const resources = {
  nl: { translation: nlMessages },
  en: { translation: enMessages },
} as const;
export const supportedLocales: readonly Locale[] = ['nl', 'en'];
export const defaultLocale: Locale = 'nl';

/** The language chosen before signing in (or by the last account), so the sign-in page speaks it too. */
const LOCALE_KEY = 'nestje.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : defaultLocale;
}

/** Switches the UI language, remembers it in this browser and sets `<html lang>`. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Not remembered without storage; the account's own preference still applies after sign-in.
  }
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

/** Initialises i18next synchronously (the catalogues are bundled), Dutch unless another language was chosen. */
export function initI18n(locale: Locale = storedLocale() ?? defaultLocale): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: locale,
      fallbackLng: defaultLocale,
      supportedLngs: supportedLocales,
      initAsync: false,
      // React escapes output itself.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else if (i18n.language !== locale) {
    void i18n.changeLanguage(locale);
  }
  document.documentElement.lang = locale;
  return i18n;
}

export { i18n };
