import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { DatabaseConnection } from './client';

const migrationsFolder = join(process.cwd(), 'drizzle');
const journal = z.object({ entries: z.array(z.object({ tag: z.string() })) });

export interface PostgresMigrationResult {
  total: number;
  applied: number;
}

export async function migratePostgres({ db, sql }: DatabaseConnection): Promise<PostgresMigrationResult> {
  const { entries } = journal.parse(JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')));
  const before = await appliedCount(sql);
  await migrate(db, { migrationsFolder });
  return { total: entries.length, applied: (await appliedCount(sql)) - before };
}

async function appliedCount(sql: DatabaseConnection['sql']): Promise<number> {
  const [table] = await sql`select to_regclass('drizzle.__drizzle_migrations') as name`;
  if (!table?.name) return 0;
  const [row] = await sql`select count(*)::int as count from drizzle.__drizzle_migrations`;
  return row?.count ?? 0;
}
