import { type ImportColumn, importColumnDutchNames, importColumns } from '@nestje/contract';
import { formatCsv } from './csv.ts';

/** One example line of the template, by column (Dutch day names and dates; the English one uses its own). */
const EXAMPLE: Record<ImportColumn, string> = {
  child_ref: 'K-1001',
  child_first_name: 'Noor',
  child_last_name: 'de Vries',
  child_birth_date: '15-01-2024',
  guardian1_first_name: 'Sanne',
  guardian1_last_name: 'de Vries',
  guardian1_email: 'sanne.devries@example.nl',
  guardian1_phone: '06 12345678',
  guardian1_street: 'Dorpsstraat',
  guardian1_house_number: '12a',
  guardian1_postcode: '2011 AB',
  guardian1_city: 'Haarlem',
  guardian1_parental_authority: 'ja',
  guardian2_first_name: 'Thijs',
  guardian2_last_name: 'Jansen',
  guardian2_email: 'thijs.jansen@example.nl',
  guardian2_phone: '',
  guardian2_street: 'Kerkweg',
  guardian2_house_number: '3',
  guardian2_postcode: '2012 CD',
  guardian2_city: 'Haarlem',
  guardian2_parental_authority: 'ja',
  group: 'Dreumesen',
  placement_type: 'Vast',
  start_date: '01-09-2026',
  end_date: '',
  weekdays: 'ma,di,do',
  product: 'Hele dag',
};

const ENGLISH_VALUES: Partial<Record<ImportColumn, string>> = {
  child_birth_date: '2024-01-15',
  guardian1_parental_authority: 'yes',
  guardian2_parental_authority: 'yes',
  start_date: '2026-09-01',
  weekdays: 'mon,tue,thu',
};

/**
 * The template: the header and one example line, with a byte order mark so spreadsheets read it as UTF-8. In
 * Dutch with `;` (as Excel writes it in the Netherlands), in English with `,`.
 */
export function importTemplate(language: 'nl' | 'en'): string {
  const header = importColumns.map((c) => (language === 'nl' ? importColumnDutchNames[c] : c));
  const example = importColumns.map((c) =>
    language === 'en' ? (ENGLISH_VALUES[c] ?? EXAMPLE[c]) : EXAMPLE[c],
  );
  return `\uFEFF${formatCsv([header, example], language === 'nl' ? ';' : ',')}`;
}
