// Writes src/db/generated/schema.ts from a freshly migrated in-memory database.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { renderSchemaTypes } from '../src/db/schema-types.ts';

const handle = await openDatabase({ kind: 'pglite', dataDir: null });
try {
  await migrateToLatest(handle.db);
  const target = join(import.meta.dirname, '..', 'src', 'db', 'generated', 'schema.ts');
  await mkdir(join(target, '..'), { recursive: true });
  await writeFile(target, await renderSchemaTypes(handle.db));
  console.log(`wrote ${target}`);
} finally {
  await handle.close();
}
