/**
 * Reading CSV files as spreadsheets export them (RFC 4180 and what Excel does around it): fields separated by
 * `;` or `,`, optionally quoted with `"` (a quote inside a quoted field is doubled, and a quoted field may hold
 * separators and line breaks), records ending in CRLF, LF or a lone CR, a UTF-8 byte order mark or none.
 */

export type CsvSeparator = ';' | ',';
export type CsvEncoding = 'utf-8' | 'windows-1252';

export interface CsvRecord {
  /** The line of the file the record starts on, counting from 1. */
  line: number;
  fields: string[];
}

export interface CsvParseResult {
  records: CsvRecord[];
  /** The line a quoted field starts on that is never closed (its text runs to the end of the file). */
  unclosedQuoteLine: number | null;
}

/**
 * The text of a file: UTF-8 (a byte order mark is dropped) or, when the bytes are not valid UTF-8, Windows-1252
 * (what Excel's plain "CSV" writes on Windows).
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

/** The separator of the header line: whichever of `;` and `,` occurs more often outside quotes (`;` on a tie). */
export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ';') semicolons++;
    else if (c === ',') commas++;
    else if (c === '\n' || c === '\r') break;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * Splits CSV text into records of fields. Empty lines (or lines of empty fields) are left out. A quote in the middle of an unquoted field
 * is kept as a character, and text after a closing quote is added to the field, as spreadsheets read them.
 */
export function parseCsv(text: string, separator: CsvSeparator): CsvParseResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let fieldStarted = false;
  const endRecord = () => {
    fields.push(field);
    // Spreadsheets write empty rows as a line of separators only.
    if (fields.some((f) => f !== '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      // Copy up to the next quote or line break at once: long quoted fields are common in exports.
      let j = i;
      while (j < n && text[j] !== '"' && text[j] !== '\n' && text[j] !== '\r') j++;
      if (j > i) {
        field += text.slice(i, j);
        i = j;
        continue;
      }
      if (c === '\r' && text[i + 1] === '\n') {
        field += '\r\n';
        i += 2;
      } else {
        field += c;
        i++;
      }
      line++;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
      i++;
    } else if (c === separator) {
      fields.push(field);
      field = '';
      fieldStarted = false;
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      let j = i + 1;
      while (j < n) {
        const d = text[j];
        if (d === separator || d === '\n' || d === '\r' || d === '"') break;
        j++;
      }
      field += text.slice(i, j);
      fieldStarted = true;
      i = j;
    }
  }
  if (quoted || fieldStarted || fields.length > 0) endRecord();
  return { records, unclosedQuoteLine: quoted ? quoteLine : null };
}

/** One CSV field, quoted when it holds a separator, a quote or a line break. */
export function csvField(value: string, separator: CsvSeparator): string {
  if (!value.includes(separator) && !/["\r\n]/.test(value)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

/** Records as CSV text with CRLF line ends (what spreadsheets expect). */
export function formatCsv(rows: readonly (readonly string[])[], separator: CsvSeparator): string {
  return `${rows.map((r) => r.map((v) => csvField(v, separator)).join(separator)).join('\r\n')}\r\n`;
}
