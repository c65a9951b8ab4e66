import type { ClickHouseClient } from '@clickhouse/client';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const migrationsDir = join(process.cwd(), 'db', 'clickhouse', 'migrations');
const appliedRow = z.object({ version: z.string() });

export interface ClickhouseMigrationResult {
  applied: string[];
  total: number;
}

/** Applies db/clickhouse/migrations/*.sql in name order, once each, recorded in schema_migrations. */
export async function migrateClickhouse(
  client: ClickHouseClient,
  onStep: (name: string, index: number, total: number) => void = () => {},
): Promise<ClickhouseMigrationResult> {
  await client.command({
    query: `CREATE TABLE IF NOT EXISTS schema_migrations (version String, applied_at DateTime DEFAULT now())
            ENGINE = MergeTree ORDER BY version`,
  });
  const result = await client.query({ query: 'SELECT version FROM schema_migrations', format: 'JSONEachRow' });
  const applied = new Set(
    z
      .array(appliedRow)
      .parse(await result.json())
      .map((row) => row.version),
  );
  const files = readdirSync(migrationsDir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const pending = files.filter((name) => !applied.has(name));
  for (const [index, name] of pending.entries()) {
    onStep(name, index + 1, pending.length);
    await client.command({ query: readFileSync(join(migrationsDir, name), 'utf8') });
    await client.insert({ table: 'schema_migrations', values: [{ version: name }], format: 'JSONEachRow' });
  }
  return { applied: pending, total: files.length };
}
