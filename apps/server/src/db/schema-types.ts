import { sql } from 'kysely';
import type { Database } from './database.ts';

interface ColumnRow {
  table_name: string;
  column_name: string;
  udt_name: string;
  is_nullable: string;
  column_default: string | null;
  is_identity: string;
}

const TS_TYPES: Record<string, string> = {
  uuid: 'string',
  text: 'string',
  date: 'string',
  time: 'string',
  bool: 'boolean',
  int2: 'number',
  int4: 'number',
  int8: 'number',
  bytea: 'Buffer',
  jsonb: 'Json',
  timestamptz: 'Timestamp',
  _int2: 'number[]',
  _int4: 'number[]',
  _uuid: 'string[]',
  _text: 'string[]',
};

/**
 * Renders the Kysely `DB` interface from the migrated database's catalogue, so the types the queries are
 * checked against are exactly the schema the migrations make (R4). Tables of pg-boss and the migrator are left out.
 */
export async function renderSchemaTypes(db: Database): Promise<string> {
  const { rows } = await sql<ColumnRow>`
    SELECT table_name, column_name, udt_name, is_nullable, column_default, is_identity
    FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name NOT LIKE 'kysely_%'
    ORDER BY table_name, ordinal_position`.execute(db);
  const tables = new Map<string, string[]>();
  for (const c of rows) {
    const base = TS_TYPES[c.udt_name];
    if (!base) throw new Error(`No TypeScript type for ${c.table_name}.${c.column_name} (${c.udt_name})`);
    let type = c.is_nullable === 'YES' ? `${base} | null` : base;
    if (c.column_default !== null || c.is_identity === 'YES') {
      // Kysely does not unwrap a ColumnType inside Generated, so those get their own generated aliases.
      type =
        base === 'Timestamp' || base === 'Json'
          ? type.replace(base, `Generated${base}`)
          : `Generated<${type}>`;
    }
    const lines = tables.get(c.table_name) ?? [];
    lines.push(`  ${c.column_name}: ${type};`);
    tables.set(c.table_name, lines);
  }
  const pascal = (name: string) => name.replace(/(^|_)([a-z])/g, (_m, _u, ch: string) => ch.toUpperCase());
  const out = [
    '// GENERATED FILE: no manual modifications. `npm run db:types` writes it from the migrated schema.',
    "import type { ColumnType, Generated } from 'kysely';",
    '',
    'export type Timestamp = ColumnType<Date, Date | string, Date | string>;',
    'export type Json = ColumnType<unknown, string, string>;',
    'export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;',
    'export type GeneratedJson = ColumnType<unknown, string | undefined, string>;',
    '',
  ];
  for (const [table, lines] of tables) {
    out.push(`export interface ${pascal(table)} {`, ...lines, '}', '');
  }
  out.push('export interface DB {');
  for (const table of tables.keys()) out.push(`  ${table}: ${pascal(table)};`);
  out.push('}', '');
  return out.join('\n');
}
