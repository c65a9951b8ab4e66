import type { ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { migrateClickhouse } from '@/db/clickhouse/migrate';
import { createTestClickhouse } from '@/tests/helpers/test-db';

let clickhouse: ClickHouseClient;

beforeAll(async () => {
  clickhouse = await createTestClickhouse();
});
afterAll(async () => {
  await clickhouse.close();
});

async function rows<T extends z.ZodType>(query: string, schema: T, params: Record<string, unknown> = {}): Promise<z.infer<T>[]> {
  const result = await clickhouse.query({ query, query_params: params, format: 'JSONEachRow' });
  return z.array(schema).parse(await result.json());
}

describe('ClickHouse migrations', () => {
  it('creates metric_snapshots as designed: MergeTree by month, ordered by campaign and time', async () => {
    const [table] = await rows(
      "SELECT engine, partition_key, sorting_key FROM system.tables WHERE database = currentDatabase() AND name = 'metric_snapshots'",
      z.object({ engine: z.string(), partition_key: z.string(), sorting_key: z.string() }),
    );
    expect(table).toEqual({ engine: 'MergeTree', partition_key: 'toYYYYMM(created_at)', sorting_key: 'campaign_id, created_at' });
    const columns = await rows(
      "SELECT name, type FROM system.columns WHERE database = currentDatabase() AND table = 'metric_snapshots' ORDER BY position",
      z.object({ name: z.string(), type: z.string() }),
    );
    expect(columns).toEqual([
      { name: 'id', type: 'UUID' },
      { name: 'campaign_id', type: 'UUID' },
      { name: 'platform', type: 'String' },
      { name: 'metric_type', type: 'String' },
      { name: 'metric_value', type: 'Float32' },
      { name: 'data', type: 'JSON' },
      { name: 'provenance', type: 'JSON' },
      { name: 'created_at', type: 'DateTime' },
    ]);
  });

  it('applies each migration once', async () => {
    const again = await migrateClickhouse(clickhouse);
    expect(again.applied).toEqual([]);
    const [applied] = await rows('SELECT count() AS n FROM schema_migrations', z.object({ n: z.coerce.number() }));
    expect(applied?.n).toBe(again.total);
  });

  it('stores JSON data and provenance and aggregates per day with query parameters', async () => {
    const campaignId = crypto.randomUUID();
    const otherCampaign = crypto.randomUUID();
    const row = (campaign: string, day: string, value: number) => ({
      id: crypto.randomUUID(),
      campaign_id: campaign,
      platform: 'instagram',
      metric_type: 'impressions',
      metric_value: value,
      data: { post_id: 'p1' },
      provenance: { source: 'platform_api', token_id: 't1' },
      created_at: `${day} 12:00:00`,
    });
    await clickhouse.insert({
      table: 'metric_snapshots',
      format: 'JSONEachRow',
      values: [
        row(campaignId, '2026-10-01', 100),
        row(campaignId, '2026-10-01', 50),
        row(campaignId, '2026-10-02', 25),
        row(otherCampaign, '2026-10-01', 999),
      ],
    });
    const perDay = await rows(
      `SELECT toDate(created_at) AS day, sum(metric_value) AS total, any(provenance.source) AS source
         FROM metric_snapshots WHERE campaign_id = {campaign:UUID} GROUP BY day ORDER BY day`,
      z.object({ day: z.string(), total: z.number(), source: z.string() }),
      { campaign: campaignId },
    );
    expect(perDay).toEqual([
      { day: '2026-10-01', total: 150, source: 'platform_api' },
      { day: '2026-10-02', total: 25, source: 'platform_api' },
    ]);
  });
});
