/**
 * The import file of the import benchmark: families as an export from another system holds them. Deterministic,
 * so every run imports the same file.
 *
 * Shape (with the defaults, 5,000 children): one family in five has two children (siblings share their guardians),
 * the rest one child; every family has two guardians (two households: the second guardian lives elsewhere and has
 * no parental authority in one family in four). One child in five has a second placement line: the same group
 * for the next school year. So 5,000 children, 8,000 guardians, 6,000 placements (and lines), 10,000 links.
 */

export const IMPORT_HEADER = [
  'child_ref',
  'child_first_name',
  'child_last_name',
  'child_birth_date',
  'guardian1_first_name',
  'guardian1_last_name',
  'guardian1_email',
  'guardian1_phone',
  'guardian1_street',
  'guardian1_house_number',
  'guardian1_postcode',
  'guardian1_city',
  'guardian1_parental_authority',
  'guardian2_first_name',
  'guardian2_last_name',
  'guardian2_email',
  'guardian2_phone',
  'guardian2_street',
  'guardian2_house_number',
  'guardian2_postcode',
  'guardian2_city',
  'guardian2_parental_authority',
  'group',
  'placement_type',
  'start_date',
  'end_date',
  'weekdays',
  'product',
] as const;

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

/** The CSV text (`;`, CRLF, dd-mm-yyyy, as Excel writes it in the Netherlands) and what it holds. */
export function generateImportFile(shape: ImportFileShape): GeneratedImport {
  const lines: string[] = [IMPORT_HEADER.join(';')];
  let child = 0;
  let family = 0;
  let guardians = 0;
  let placements = 0;
  while (child < shape.children) {
    const size = family % 5 === 0 && child + 1 < shape.children ? 2 : 1;
    const last = LAST_NAMES[family % LAST_NAMES.length] as string;
    const g1 = [
      FIRST_NAMES[(family + 3) % FIRST_NAMES.length],
      last,
      `ouder1-${shape.tag}-${family}@bench.example.nl`,
      `06${pad(family, 8)}`,
      'Dorpsstraat',
      String((family % 200) + 1),
      `${2000 + (family % 100)} AB`,
      'Haarlem',
      'ja',
    ];
    const g2 = [
      FIRST_NAMES[(family + 7) % FIRST_NAMES.length],
      LAST_NAMES[(family + 1) % LAST_NAMES.length],
      `ouder2-${shape.tag}-${family}@bench.example.nl`,
      '',
      'Kerkweg',
      String((family % 50) + 1),
      `${2100 + (family % 100)} CD`,
      'Heemstede',
      family % 4 === 3 ? 'nee' : 'ja',
    ];
    guardians += 2;
    for (let k = 0; k < size; k++, child++) {
      const ref = `${shape.tag}-${pad(child, 6)}`;
      const group = shape.groupNames[child % shape.groupNames.length] as string;
      const birth = `${pad((child % 28) + 1, 2)}-${pad((child % 12) + 1, 2)}-${2022 + (child % 3)}`;
      const childColumns = [ref, FIRST_NAMES[child % FIRST_NAMES.length], last, birth];
      const weekdays = WEEKDAY_SETS[child % WEEKDAY_SETS.length] as string;
      const second = child % 5 === 4;
      const placement = (start: string, end: string) =>
        [group, 'Vast', start, end, weekdays, shape.productName] as string[];
      lines.push(
        [...childColumns, ...g1, ...g2, ...placement('01-09-2026', second ? '31-07-2027' : '')].join(';'),
      );
      placements++;
      if (second) {
        // A later line of the same child: child and guardian columns may be left empty.
        const empty = new Array(4 + 18).fill('');
        empty[0] = ref;
        lines.push([...empty, ...placement('01-08-2027', '')].join(';'));
        placements++;
      }
    }
    family++;
  }
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, children: child, guardians, placements };
}
