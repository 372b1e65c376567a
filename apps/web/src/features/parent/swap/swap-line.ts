import type { RequestLine } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { durationText } from './swap-form.ts';

/** The kind of a request line in words: "Extra opvang", or "Ruildag · geeft op" / "Ruildag · wil". */
export function lineKindText(t: TFunction, line: Pick<RequestLine, 'kind' | 'role'>): string {
  if (line.kind !== 'swap') return t('agenda.overview.extra');
  return `${t('swap.kind')} · ${line.role === 'give' ? t('swap.gives') : t('swap.wants')}`;
}

/** "vervalt: 1 uur 30" on the wanted line of a swap; null when nothing lapses. */
export function lineLapseText(t: TFunction, line: Pick<RequestLine, 'role' | 'lapseMinutes'>): string | null {
  if (line.role !== 'take' || !line.lapseMinutes) return null;
  return t('swap.lapseLine', { duration: durationText(t, line.lapseMinutes) });
}
