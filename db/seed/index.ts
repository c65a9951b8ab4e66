import type { ClickHouseClient } from '@clickhouse/client';
import type { DatabaseConnection } from '@/db/client';
import { seedDemo, type SeedOptions } from './demo';

export { seedDemo, type SeedOptions } from './demo';
export { seedScale, type ScaleOptions, type ScaleResult } from './scale';
export { resetDatabases } from './reset';

/** Seeds the demo marketplace into a fresh install only: once any user exists, the data is left as it is. */
export async function seedIfEmpty(
  database: DatabaseConnection,
  clickhouse: ClickHouseClient,
  options: SeedOptions,
): Promise<{ seeded: boolean; rows: number }> {
  const [row] = await database.sql<{ populated: boolean }[]>`select exists (select 1 from users) as populated`;
  if (row?.populated) return { seeded: false, rows: 0 };
  const { rows } = await seedDemo(database, clickhouse, options);
  return { seeded: true, rows };
}
