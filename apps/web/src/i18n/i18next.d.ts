import 'i18next';
import type { Messages } from './catalogues.ts';

// Typed keys: a t('…') call with a key that is not in the Dutch catalogue fails type checking.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
    returnNull: false;
  }
}
