import type { ClickHouseClient } from '@clickhouse/client';
import type { DatabaseConnection } from '@/db/client';
import { metricSnapshotsTable } from './clickhouse-insert';

interface RetentionRow {
  resource: string;
  region: string;
  retention_days: number | null;
  configurable: boolean;
}

/**
 * Empties every application table (drizzle's migration journal lives in its own schema and is kept) and
 * ClickHouse's metric_snapshots. Retention policies are configuration a migration inserted, not seed data:
 * they are put back (TRUNCATE ... CASCADE reaches them through updated_by -> users).
 */
export async function resetDatabases(database: DatabaseConnection, clickhouse: ClickHouseClient): Promise<{ tables: number }> {
  const { sql } = database;
  const tables = await sql.begin(async (tx) => {
    const retention = await tx<RetentionRow[]>`select resource, region, retention_days, configurable from retention_policies`;
    const names = await tx<
      { name: string }[]
    >`select quote_ident(tablename) as name from pg_tables where schemaname = 'public' order by tablename`;
    if (names.length > 0) await tx.unsafe(`truncate table ${names.map((row) => row.name).join(', ')} restart identity cascade`);
    if (retention.length > 0)
      await tx`insert into retention_policies ${tx(retention, 'resource', 'region', 'retention_days', 'configurable')}`;
    return names.length;
  });
  await clickhouse.command({ query: `TRUNCATE TABLE IF EXISTS ${metricSnapshotsTable}` });
  return { tables };
}
