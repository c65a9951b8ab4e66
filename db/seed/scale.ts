import type { ClickHouseClient } from '@clickhouse/client';
import type { DatabaseConnection } from '@/db/client';
import { metricSnapshotsTable } from './clickhouse-insert';
import {
  campaignsPerScaleOrganization,
  insertScaleCampaigns,
  insertScaleDeliverables,
  insertScaleOrganizations,
} from './scale-campaigns-sql';
import { insertScaleProfiles, insertScaleStats, insertScaleUsers } from './scale-creators-sql';
import { insertScaleMetrics, metricRowsPerCampaign } from './scale-metrics';
import { runSliced, sliceRanges, type IndexRange } from './slices';

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

interface ScaleRun {
  database: DatabaseConnection;
  clickhouse: ClickHouseClient;
  options: ScaleOptions;
  slices: number;
  concurrency: number;
  progress(phase: string, total: number): (done: number) => void;
}

const count = (value: number) => value.toLocaleString('en-GB');

async function highestIndex(database: DatabaseConnection, query: string): Promise<number> {
  const [row] = await database.sql.unsafe<{ value: number | null }[]>(query);
  return row?.value ?? 0;
}

async function countMetrics(clickhouse: ClickHouseClient): Promise<number> {
  const result = await clickhouse.query({ query: `SELECT count() AS count FROM ${metricSnapshotsTable}`, format: 'JSONEachRow' });
  const [row] = await result.json<{ count: string }>();
  return Number(row?.count ?? 0);
}

async function addCreators(run: ScaleRun) {
  const { sql } = run.database;
  const { creators, statsPerCreator } = run.options;
  // Numbering continues after the highest index already used, so runs add up even after an interrupted one.
  const offset = await highestIndex(
    run.database,
    `select max(substring(email from '^scale-creator-([0-9]+)@')::int) as value from users`,
  );
  const ranges = sliceRanges(offset + 1, creators, run.slices);
  let profiles = 0;
  const users = await runSliced(
    ranges,
    run.concurrency,
    run.progress('creators + profiles', creators),
    async ({ first, last }) => {
      const inserted = await sql.unsafe(insertScaleUsers, [first, last]);
      const withProfile = await sql.unsafe(insertScaleProfiles, [first, last, statsPerCreator]);
      profiles += withProfile.count;
      return inserted.count;
    },
  );
  const stats = await runSliced(
    ranges,
    run.concurrency,
    run.progress('stats history', creators * statsPerCreator),
    async ({ first, last }) => (await sql.unsafe(insertScaleStats, [first, last, statsPerCreator])).count,
  );
  return { users, profiles, stats };
}

async function addCampaigns(run: ScaleRun) {
  const { sql } = run.database;
  const organizationOffset = await highestIndex(
    run.database,
    `select max(substring(slug from '^scale-brand-([0-9]+)$')::int) as value from organizations`,
  );
  // Every run brings its own brands, and each brand owns a fixed block of campaign numbers.
  const campaignOffset = organizationOffset * campaignsPerScaleOrganization;
  const brands = Math.ceil(run.options.campaigns / campaignsPerScaleOrganization);
  const organizations =
    brands > 0 ? (await sql.unsafe(insertScaleOrganizations, [organizationOffset + 1, organizationOffset + brands])).count : 0;
  const ranges = sliceRanges(campaignOffset + 1, run.options.campaigns, run.slices);
  let deliverables = 0;
  const campaigns = await runSliced(
    ranges,
    run.concurrency,
    run.progress('campaigns', run.options.campaigns),
    async ({ first, last }) => {
      const inserted = await sql.unsafe(insertScaleCampaigns, [first, last, organizationOffset, campaignOffset]);
      const briefed = await sql.unsafe(insertScaleDeliverables, [first, last]);
      deliverables += briefed.count;
      return inserted.count;
    },
  );
  return { organizations, campaigns, deliverables, ranges };
}

async function addMetrics(run: ScaleRun, campaignRanges: IndexRange[]): Promise<number> {
  const { clickhouse, options } = run;
  const perCampaign = metricRowsPerCampaign(options.metricDays);
  const before = await countMetrics(clickhouse);
  // chdb runs one query at a time, so ClickHouse slices go one after another.
  await runSliced(
    campaignRanges,
    1,
    run.progress('campaign metrics', options.campaigns * perCampaign),
    async ({ first, last }) => {
      await insertScaleMetrics(clickhouse, first, last - first + 1, options.metricDays);
      return (last - first + 1) * perCampaign;
    },
  );
  return (await countMetrics(clickhouse)) - before;
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
  const { log, onProgress = () => {} } = options;
  const run: ScaleRun = {
    database,
    clickhouse,
    options,
    slices: options.slices ?? 20,
    concurrency: options.concurrency ?? 2,
    progress: (phase, total) => (done) => onProgress(phase, done, total),
  };
  let started = performance.now();
  const took = () => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    started = performance.now();
    return `in ${seconds}s`;
  };

  const creators = await addCreators(run);
  log(`scale creators: ${count(creators.users)} users and profiles, ${count(creators.stats)} stats snapshots ${took()}`);
  const campaigns = await addCampaigns(run);
  log(
    `scale brands: ${campaigns.organizations}, campaigns: ${count(campaigns.campaigns)}, deliverables: ${count(campaigns.deliverables)} ${took()}`,
  );
  const metrics = await addMetrics(run, campaigns.ranges);
  log(`scale metric_snapshots (ClickHouse): ${count(metrics)} rows ${took()}`);
  await database.sql`analyze users, profiles, influencer_stats_history, organizations, campaigns, deliverables`;
  log(`analyzed the tables ${took()}`);

  const rows =
    creators.users +
    creators.profiles +
    creators.stats +
    campaigns.organizations +
    campaigns.campaigns +
    campaigns.deliverables +
    metrics;
  return {
    organizations: campaigns.organizations,
    creators: creators.users,
    stats: creators.stats,
    campaigns: campaigns.campaigns,
    deliverables: campaigns.deliverables,
    metrics,
    rows,
  };
}
