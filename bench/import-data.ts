/**
 * The import file of the import benchmark: families as an export from another system holds them. Deterministic,
 * so every run imports the same file.
 *
 * Shape (with the defaults, 5,000 children): one family in five has two children (siblings share their guardians),
 * the rest one child; every family has two guardians (two households: the second guardian lives elsewhere and has
 * no parental authority in one family in four). One child in five has a second placement line: the same group
 * for the next school year. So 5,000 children, 8,000 guardians, 6,000 placements (and lines), 10,000 links.
 */

import { type ImportColumn, importColumns } from '@nestje/contract';

const FIRST_NAMES = [
  'Noor',
  'Sem',
  'Emma',
  'Liam',
  'Julia',
  'Finn',
  'Mila',
  'Daan',
  'Tess',
  'Luuk',
  'Zoë',
  'Bram',
];
const LAST_NAMES = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'Bos',
  'Vos',
];
const WEEKDAY_SETS = ['ma,di', 'ma,wo,vr', 'di,do', 'ma,di,do', 'wo', 'ma,di,wo,do,vr'];

export interface ImportFileShape {
  children: number;
  groupNames: string[];
  productName: string;
  /** Makes the references and addresses unique per run, so a run can be repeated on one database. */
  tag: string;
}

export interface GeneratedImport {
  csv: string;
  children: number;
  guardians: number;
  placements: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The cells of one line by column; a column left out is empty. */
type Line = Partial<Record<ImportColumn, string>>;

const csvLine = (line: Line) => importColumns.map((column) => line[column] ?? '').join(';');

/** The CSV text (`;`, CRLF, dd-mm-yyyy, as Excel writes it in the Netherlands) and what it holds. */
export function generateImportFile(shape: ImportFileShape): GeneratedImport {
  const lines: string[] = [importColumns.join(';')];
  let child = 0;
  let family = 0;
  let guardians = 0;
  let placements = 0;
  while (child < shape.children) {
    const size = family % 5 === 0 && child + 1 < shape.children ? 2 : 1;
    const last = LAST_NAMES[family % LAST_NAMES.length] as string;
    const guardianColumns: Line = {
      guardian1_first_name: FIRST_NAMES[(family + 3) % FIRST_NAMES.length],
      guardian1_last_name: last,
      guardian1_email: `ouder1-${shape.tag}-${family}@bench.example.nl`,
      guardian1_phone: `06${pad(family, 8)}`,
      guardian1_street: 'Dorpsstraat',
      guardian1_house_number: String((family % 200) + 1),
      guardian1_postcode: `${2000 + (family % 100)} AB`,
      guardian1_city: 'Haarlem',
      guardian1_parental_authority: 'ja',
      guardian2_first_name: FIRST_NAMES[(family + 7) % FIRST_NAMES.length],
      guardian2_last_name: LAST_NAMES[(family + 1) % LAST_NAMES.length],
      guardian2_email: `ouder2-${shape.tag}-${family}@bench.example.nl`,
      guardian2_street: 'Kerkweg',
      guardian2_house_number: String((family % 50) + 1),
      guardian2_postcode: `${2100 + (family % 100)} CD`,
      guardian2_city: 'Heemstede',
      guardian2_parental_authority: family % 4 === 3 ? 'nee' : 'ja',
    };
    guardians += 2;
    for (let k = 0; k < size; k++, child++) {
      const ref = `${shape.tag}-${pad(child, 6)}`;
      const second = child % 5 === 4;
      const placement = (start: string, end: string): Line => ({
        group: shape.groupNames[child % shape.groupNames.length],
        placement_type: 'Vast',
        start_date: start,
        end_date: end,
        weekdays: WEEKDAY_SETS[child % WEEKDAY_SETS.length],
        product: shape.productName,
      });
      lines.push(
        csvLine({
          child_ref: ref,
          child_first_name: FIRST_NAMES[child % FIRST_NAMES.length],
          child_last_name: last,
          child_birth_date: `${pad((child % 28) + 1, 2)}-${pad((child % 12) + 1, 2)}-${2022 + (child % 3)}`,
          ...guardianColumns,
          ...placement('01-09-2026', second ? '31-07-2027' : ''),
        }),
      );
      placements++;
      if (second) {
        // A later line of the same child: child and guardian columns may be left empty.
        lines.push(csvLine({ child_ref: ref, ...placement('01-08-2027', '') }));
        placements++;
      }
    }
    family++;
  }
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, children: child, guardians, placements };
}
