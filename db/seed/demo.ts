import type { ClickHouseClient } from '@clickhouse/client';
import type { DatabaseConnection } from '@/db/client';
import { hashPassword } from '@/lib/auth/password';
import { deleteMetricsOf, insertMetricRows } from './clickhouse-insert';
import { buildDemoDataset } from './dataset';
import { demoPassword } from './demo-accounts';

export interface SeedOptions {
  seed: number;
  log: (line: string) => void;
}

const count = (value: number) => value.toLocaleString('en-GB');

/**
 * Writes the demo marketplace: every PostgreSQL row in one transaction, and the campaign metrics into
 * ClickHouse before that transaction commits, so a failed metrics insert leaves PostgreSQL empty too.
 */
export async function seedDemo(
  database: DatabaseConnection,
  clickhouse: ClickHouseClient,
  options: SeedOptions,
): Promise<{ rows: number }> {
  const { log } = options;
  const started = performance.now();
  // One hash for every seeded account keeps seeding fast; argon2 takes ~50 ms per hash on purpose.
  const passwordHash = await hashPassword(demoPassword);
  const dataset = buildDemoDataset(options.seed, passwordHash);
  log(`built demo data from seed ${options.seed} in ${((performance.now() - started) / 1000).toFixed(1)}s`);

  const rows = await database.db.transaction(async (tx) => {
    let written = 0;
    for (const table of dataset.tables) {
      const inserted = await table.insert(tx);
      written += inserted;
      log(`${table.name}: ${count(table.rows.length)} rows`);
    }
    await deleteMetricsOf(clickhouse, [...new Set(dataset.metrics.map((row) => row.campaign_id))]);
    const metrics = await insertMetricRows(clickhouse, dataset.metrics);
    written += metrics;
    log(`metric_snapshots (ClickHouse): ${count(dataset.metrics.length)} rows`);
    return written;
  });
  return { rows };
}
