import type { ClickHouseClient } from '@clickhouse/client';
import type { DatabaseConnection } from '@/db/client';
import {
  campaignsPerScaleOrganization,
  insertScaleCampaigns,
  insertScaleDeliverables,
  insertScaleOrganizations,
} from './scale-campaigns-sql';
import { insertScaleMetrics, metricRowsPerCampaign } from './scale-metrics';
import { insertScaleProfiles, insertScaleStats, insertScaleUsers } from './scale-creators-sql';

export interface ScaleOptions {
  creators: number;
  statsPerCreator: number;
  campaigns: number;
  metricDays: number;
  log: (line: string) => void;
  /** Called after each slice of a phase, e.g. to draw a progress bar. */
  onProgress?: (phase: string, done: number, total: number) => void;
  /** Slices per phase (default 20) and how many run at once (default 2, one per core of a small machine). */
  slices?: number;
  concurrency?: number;
}

export interface ScaleResult {
  organizations: number;
  creators: number;
  stats: number;
  campaigns: number;
  deliverables: number;
  metrics: number;
  rows: number;
}

interface Range {
  first: number;
  last: number;
}

function sliceRanges(first: number, count: number, slices: number): Range[] {
  const size = Math.max(1, Math.ceil(count / slices));
  const ranges: Range[] = [];
  for (let start = first; start < first + count; start += size)
    ranges.push({ first: start, last: Math.min(first + count - 1, start + size - 1) });
  return ranges;
}

/** Runs `work` over the slices with bounded concurrency, reporting completed units as slices finish. */
async function runSliced(
  ranges: Range[],
  concurrency: number,
  work: (range: Range) => Promise<number>,
  onDone: (units: number) => void,
): Promise<number> {
  let next = 0;
  let total = 0;
  const worker = async () => {
    while (next < ranges.length) {
      const range = ranges[next++]!;
      const units = await work(range);
      total += units;
      onDone(total);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ranges.length) }, worker));
  return total;
}

async function countWhere(database: DatabaseConnection, query: string): Promise<number> {
  const [row] = await database.sql.unsafe<{ count: number }[]>(query);
  return row?.count ?? 0;
}

/**
 * Adds generated creators (users, profiles, stats history), brands, campaigns with deliverables, and campaign
 * metrics, set-based (INSERT ... SELECT over generate_series / numbers), on top of whatever is already there.
 * Slices commit independently so that two can run at once; an interrupted run leaves the slices it finished.
 */
export async function seedScale(
  database: DatabaseConnection,
  clickhouse: ClickHouseClient,
  options: ScaleOptions,
): Promise<ScaleResult> {
  const { log, onProgress = () => {}, slices = 20, concurrency = 2 } = options;
  const { sql } = database;
  const creatorOffset = await countWhere(
    database,
    `select count(*)::int as count from users where email like 'scale-creator-%@scale.pactly.test'`,
  );
  const organizationOffset = await countWhere(
    database,
    `select count(*)::int as count from organizations where slug like 'scale-brand-%'`,
  );
  const campaignOffset = await countWhere(
    database,
    `select count(*)::int as count from campaigns c join organizations o on o.id = c.organization_id where o.slug like 'scale-brand-%'`,
  );
  const organizations = Math.ceil(options.campaigns / campaignsPerScaleOrganization);
  const creatorRanges = sliceRanges(creatorOffset + 1, options.creators, slices);
  const statsTotal = options.creators * options.statsPerCreator;
  const phase = (name: string, total: number) => (done: number) => onProgress(name, done, total);
  let phaseStarted = performance.now();
  const took = () => {
    const seconds = ((performance.now() - phaseStarted) / 1000).toFixed(1);
    phaseStarted = performance.now();
    return `in ${seconds}s`;
  };

  const created = { users: 0, profiles: 0, stats: 0 };
  await runSliced(
    creatorRanges,
    concurrency,
    async ({ first, last }) => {
      const users = await sql.unsafe(insertScaleUsers, [first, last]);
      const profiles = await sql.unsafe(insertScaleProfiles, [first, last, options.statsPerCreator]);
      created.users += users.count;
      created.profiles += profiles.count;
      return users.count;
    },
    phase('creators + profiles', options.creators),
  );
  log(
    `scale creators: ${created.users.toLocaleString('en-GB')} users, ${created.profiles.toLocaleString('en-GB')} profiles ${took()}`,
  );

  created.stats = await runSliced(
    creatorRanges,
    concurrency,
    async ({ first, last }) => (await sql.unsafe(insertScaleStats, [first, last, options.statsPerCreator])).count,
    phase('stats history', statsTotal),
  );
  log(`scale influencer_stats_history: ${created.stats.toLocaleString('en-GB')} rows ${took()}`);

  const organizationRows =
    organizations > 0
      ? (await sql.unsafe(insertScaleOrganizations, [organizationOffset + 1, organizationOffset + organizations])).count
      : 0;
  const campaignRanges = sliceRanges(campaignOffset + 1, options.campaigns, slices);
  let deliverables = 0;
  const campaigns = await runSliced(
    campaignRanges,
    concurrency,
    async ({ first, last }) => {
      const inserted = (await sql.unsafe(insertScaleCampaigns, [first, last, organizationOffset, campaignOffset])).count;
      deliverables += (await sql.unsafe(insertScaleDeliverables, [first, last])).count;
      return inserted;
    },
    phase('campaigns', options.campaigns),
  );
  log(
    `scale organizations: ${organizationRows}, campaigns: ${campaigns.toLocaleString('en-GB')}, deliverables: ${deliverables.toLocaleString('en-GB')} ${took()}`,
  );

  // chdb runs one query at a time, so ClickHouse slices go one after another.
  const metricCells = options.campaigns * metricRowsPerCampaign(options.metricDays);
  const before = await countMetrics(clickhouse);
  await runSliced(
    campaignRanges,
    1,
    async ({ first, last }) => {
      await insertScaleMetrics(clickhouse, first, last - first + 1, options.metricDays);
      return (last - first + 1) * metricRowsPerCampaign(options.metricDays);
    },
    phase('campaign metrics', metricCells),
  );
  const metrics = (await countMetrics(clickhouse)) - before;
  log(`scale metric_snapshots (ClickHouse): ${metrics.toLocaleString('en-GB')} rows ${took()}`);

  await sql`analyze users, profiles, influencer_stats_history, organizations, campaigns, deliverables`;
  log(`analyzed the scale tables ${took()}`);
  const rows = created.users + created.profiles + created.stats + organizationRows + campaigns + deliverables + metrics;
  return {
    organizations: organizationRows,
    creators: created.users,
    stats: created.stats,
    campaigns,
    deliverables,
    metrics,
    rows,
  };
}

async function countMetrics(clickhouse: ClickHouseClient): Promise<number> {
  const result = await clickhouse.query({ query: 'SELECT count() AS count FROM metric_snapshots', format: 'JSONEachRow' });
  const [row] = await result.json<{ count: string }>();
  return Number(row?.count ?? 0);
}
