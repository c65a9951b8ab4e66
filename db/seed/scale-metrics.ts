import type { ClickHouseClient } from '@clickhouse/client';
import { deliverableTypes, platforms } from '@/db/schema';
import { metricSnapshotsTable } from './clickhouse-insert';
import { metricTypes, type MetricType } from './metrics';
import { metricEndDaysAgo, scaleStatusBuckets, statusBucket } from './scale-campaigns-sql';
import { scaleCampaignKey } from './scale-sql';
import { clickhouseDateTime, seedAnchor } from './time';

const array = (values: readonly string[]) => `[${values.map((value) => `'${value}'`).join(', ')}]`;
/** Each metric as a share of impressions, in permille. */
const shareOfImpressions: Record<MetricType, number> = {
  impressions: 1000,
  reach: 650,
  clicks: 10,
  engagement: 40,
  video_views: 450,
};

/** keyedUuid() of scale-sql.ts, rebuilt in ClickHouse from the hex MD5 of the same key: the same campaign id. */
function campaignUuid(hex: string): string {
  const part = (from: number, length: number) => `substring(${hex}, ${from}, ${length})`;
  const variant = `substring('89ab', (position('0123456789abcdef', ${part(17, 1)}) - 1) % 4 + 1, 1)`;
  return `toUUID(concat(${part(1, 8)}, '-', ${part(9, 4)}, '-4', ${part(14, 3)}, '-', ${variant}, ${part(18, 3)}, '-', ${part(21, 12)}))`;
}

/** Rows per campaign: one per day, platform slot (2) and metric type (5), whether or not the campaign gets metrics. */
export const metricRowsPerCampaign = (metricDays: number) => metricDays * 2 * metricTypes.length;

/**
 * Inserts metrics for scale campaigns [first, first + count) with INSERT ... SELECT FROM numbers(): each number is one
 * (campaign, day, platform, metric) cell; drafts and cancelled campaigns are filtered out.
 */
export async function insertScaleMetrics(
  clickhouse: ClickHouseClient,
  first: number,
  count: number,
  metricDays: number,
): Promise<void> {
  const perCampaign = metricRowsPerCampaign(metricDays);
  await clickhouse.command({
    query: `
INSERT INTO ${metricSnapshotsTable} (id, campaign_id, platform, metric_type, metric_value, data, provenance, created_at)
SELECT generateUUIDv4(), campaign_id, platform, metric_type, metric_value,
  toJSONString(map('post_id', concat('scale-', toString(c), '-', platform, '-', toString(intDiv(d, 7))),
    'deliverable_type', arrayElement(${array(deliverableTypes)}, 1 + (c + intDiv(d, 7)) % ${deliverableTypes.length})))::JSON,
  toJSONString(map('source', 'seed', 'pull_time', formatDateTime(created_at, '%Y-%m-%dT%H:%i:%SZ')))::JSON,
  created_at
FROM (
  SELECT c, d, platform, metric_type, status,
    ${campaignUuid('hex_key')} AS campaign_id,
    toFloat32(round((2000 + cityHash64(c, slot) % 50000) * least(1, 0.25 + d * 0.08) * (850 + cityHash64(c, d, slot) % 300) / 1000
      * arrayElement([${metricTypes.map((type) => shareOfImpressions[type]).join(', ')}], m + 1) / 1000)) AS metric_value,
    toDateTime('${clickhouseDateTime(seedAnchor)}') - toIntervalDay(${metricEndDaysAgo('c', 'status')} + ${metricDays - 1} - d)
      + toIntervalSecond(21600 + cityHash64(c, d) % 3600) AS created_at
  FROM (
    SELECT number, ${first} + intDiv(number, ${perCampaign}) AS c, intDiv(number, 10) % ${metricDays} AS d,
      intDiv(number, 5) % 2 AS slot, number % 5 AS m,
      arrayElement(${array(metricTypes)}, m + 1) AS metric_type,
      arrayElement(${array(scaleStatusBuckets)}, 1 + ${statusBucket('c')}) AS status,
      arrayElement(${array(platforms)}, 1 + if(slot = 0, c % 4, (c + 1 + intDiv(c, 4) % 3) % 4)) AS platform,
      lower(hex(MD5(concat('${scaleCampaignKey}', toString(c))))) AS hex_key
    FROM numbers(${count * perCampaign})
  )
  WHERE status NOT IN ('draft', 'cancelled')
)`,
  });
}
