import { DOCUMENT_NAME_MAX } from '@nestje/contract';

const EXTENSION = '.pdf';
/** The name a document gets when its upload named none (or nothing of the name is left). */
const FALLBACK = 'document';

/**
 * The name a PDF is kept and downloaded under, from the name the device gave it: only the last part of a path
 * (either slash), without control characters, without leading dots (no hidden files) and surrounding spaces,
 * ending in `.pdf`, at most DOCUMENT_NAME_MAX characters. `../../etc/x.pdf` becomes `x.pdf`, `Verslag.PDF`
 * becomes `Verslag.pdf`, no name at all `document.pdf`. The stored file never uses this name: its key is made by
 * the server.
 */
export function sanitiseDocumentName(raw: string | undefined): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  let stem = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed.
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '')
    .trim()
    .replace(/^\.+/, '');
  if (stem.toLowerCase().endsWith(EXTENSION)) stem = stem.slice(0, -EXTENSION.length);
  stem = stem.trim();
  // Cut by code points, not UTF-16 units, so a name is never cut in the middle of an emoji.
  const room = DOCUMENT_NAME_MAX - EXTENSION.length;
  stem = Array.from(stem).slice(0, room).join('').trim();
  return `${stem === '' ? FALLBACK : stem}${EXTENSION}`;
}

/**
 * A `Content-Disposition: attachment` header for `name`: an ASCII fallback (anything else, and quotes and
 * backslashes, as `_`) and the exact name in UTF-8 (RFC 6266), so the download keeps a Dutch name like
 * `Oudergesprek één.pdf`.
 */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
