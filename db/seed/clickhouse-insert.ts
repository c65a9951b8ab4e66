import type { ClickHouseClient } from '@clickhouse/client';

export const metricSnapshotsTable = 'metric_snapshots';

/** JSONEachRow inserts in batches, reporting the running total after each. */
export async function insertMetricRows(
  clickhouse: ClickHouseClient,
  rows: readonly object[],
  onBatch: (inserted: number) => void = () => {},
  batchSize = 10_000,
): Promise<number> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const values = rows.slice(start, start + batchSize);
    await clickhouse.insert({ table: metricSnapshotsTable, values, format: 'JSONEachRow' });
    onBatch(start + values.length);
  }
  return rows.length;
}

/** Removes metrics left for these campaigns (e.g. PostgreSQL was wiped but ClickHouse kept), so re-seeding never doubles them. */
export async function deleteMetricsOf(clickhouse: ClickHouseClient, campaignIds: readonly string[]): Promise<void> {
  if (campaignIds.length === 0) return;
  await clickhouse.command({
    query: `DELETE FROM ${metricSnapshotsTable} WHERE campaign_id IN {ids:Array(UUID)}`,
    query_params: { ids: campaignIds },
  });
}
