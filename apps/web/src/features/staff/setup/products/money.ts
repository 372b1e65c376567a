import type { Locale } from '@nestje/contract';

/** A price in cents as a form field shows it for editing: no currency sign or grouping, e.g. "12,50". */
export function centsToEuroInput(cents: number, locale: Locale): string {
  const euros = Math.trunc(cents / 100);
  const rest = String(Math.abs(cents % 100)).padStart(2, '0');
  return `${euros}${locale === 'nl' ? ',' : '.'}${rest}`;
}

/**
 * What someone typed as an amount in euros, in cents; null when it is not an amount. Accepts a comma or a point
 * as the decimal separator (Dutch keyboards and habits differ), at most two decimals, an optional euro sign and
 * thousands grouping ("1.250,00", "1,250.00"). A lone point followed by exactly three digits ("1.250") is
 * grouping, as a Dutch reader means it; otherwise a single separator is the decimal one ("12.5", "12,50").
 * Computed on digits, never through floating point, so 0,29 is 29 cents and not 28.
 */
export function euroInputToCents(input: string): number | null {
  const text = input.replace(/[\s\u00a0]/g, '').replace(/^€/, '');
  if (!/^\d[\d.,]*$/.test(text)) return null;
  const separators = [...text.matchAll(/[.,]/g)].map((match) => ({ char: match[0], at: match.index }));
  let decimalAt = -1;
  const last = separators.at(-1);
  if (last) {
    const mixed = separators.some((sep) => sep.char !== last.char);
    const digitsAfter = text.length - last.at - 1;
    const onlyOne = separators.length === 1;
    if (mixed || (onlyOne && !(last.char === '.' && digitsAfter === 3))) decimalAt = last.at;
  }
  const whole = decimalAt === -1 ? text : text.slice(0, decimalAt);
  const fraction = decimalAt === -1 ? '' : text.slice(decimalAt + 1);
  if (!/^\d{0,2}$/.test(fraction)) return null;
  if (!isWellGrouped(whole)) return null;
  const euros = Number(whole.replace(/[.,]/g, ''));
  const cents = Number(fraction.padEnd(2, '0'));
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) ? total : null;
}

/** Digits, optionally in groups of three after the first: "1250", "1.250", "12,500,000". */
function isWellGrouped(whole: string): boolean {
  if (/^\d+$/.test(whole)) return true;
  return /^\d{1,3}([.,]\d{3})+$/.test(whole) && new Set(whole.replace(/\d/g, '')).size === 1;
}
