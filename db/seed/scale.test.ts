import type { ClickHouseClient } from '@clickhouse/client';
import { inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { influencerStatsHistory, users } from '@/db/schema';
import { createTestClickhouse, createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { seedScale, type ScaleResult } from './scale';
import { snapshotDataHash, snapshotHashFields } from './snapshot-hash';

const options = { creators: 2_000, statsPerCreator: 10, campaigns: 40, metricDays: 30, log: () => {} };

describe('scale seed', () => {
  let database: TestDatabase;
  let clickhouse: ClickHouseClient;
  let result: ScaleResult;
  const progress: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    clickhouse = await createTestClickhouse();
    result = await seedScale(database, clickhouse, {
      ...options,
      onProgress: (phase, done, total) => progress.push(`${phase}:${done}/${total}`),
    });
  }, 120_000);

  afterAll(async () => {
    await clickhouse?.close();
    await database?.close();
  });

  it('writes the requested numbers of creators, snapshots and campaigns, and reports progress', async () => {
    expect(result).toMatchObject({ creators: 2_000, stats: 20_000, campaigns: 40, organizations: 2 });
    const [counts] = await database.sql<
      { users: number; profiles: number; stats: number; campaigns: number; deliverables: number }[]
    >`
      select (select count(*)::int from users where role = 'influencer') as users,
             (select count(*)::int from profiles) as profiles,
             (select count(*)::int from influencer_stats_history) as stats,
             (select count(*)::int from campaigns) as campaigns,
             (select count(*)::int from deliverables) as deliverables`;
    expect(counts).toEqual({ users: 2_000, profiles: 2_000, stats: 20_000, campaigns: 40, deliverables: result.deliverables });
    expect(result.rows).toBe(2_000 * 2 + 20_000 + 2 + 40 + result.deliverables + result.metrics);
    expect(progress).toContain('stats history:20000/20000');
  });

  it('gives every scale creator a profile whose audience shares add up to 100', async () => {
    const [row] = await database.sql<{ without_profile: number; bad_shares: number }[]>`
      select count(*) filter (where p.id is null)::int as without_profile,
             count(*) filter (where p.id is not null and (
               (select sum(value::int) from jsonb_each_text(p.audience_demographics -> 'age_groups')) <> 100
               or (select sum(value::int) from jsonb_each_text(p.audience_demographics -> 'gender')) <> 100))::int as bad_shares
      from users u left join profiles p on p.user_id = u.id where u.role = 'influencer'`;
    expect(row).toEqual({ without_profile: 0, bad_shares: 0 });
  });

  it('keeps fake-follower risk labels consistent with the score and data_hash equal to the canonical snapshot hash', async () => {
    const [mislabelled] = await database.sql<{ count: number }[]>`
      select count(*)::int as count from influencer_stats_history
      where fake_follower_risk <> case when fake_follower_risk_score >= 60 then 'high' when fake_follower_risk_score >= 30 then 'medium' else 'low' end`;
    expect(mislabelled?.count).toBe(0);
    const sample = await database.db.select({ id: users.id }).from(users).where(like(users.email, 'scale-creator-1%')).limit(5);
    const rows = await database.db
      .select()
      .from(influencerStatsHistory)
      .where(
        inArray(
          influencerStatsHistory.userId,
          sample.map((user) => user.id),
        ),
      );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.dataHash).toBe(snapshotDataHash(snapshotHashFields(row)));
  });

  it('writes metrics only for campaigns that exist and went live, with the same ids in ClickHouse', async () => {
    const live = await database.sql<{ id: string; platforms: string[] }[]>`
      select id, brief -> 'platforms' as platforms from campaigns where status not in ('draft', 'cancelled')`;
    const result = await clickhouse.query({
      query: `SELECT toString(campaign_id) AS id, count() AS rows, uniqExact(toDate(created_at)) AS days,
                arraySort(groupUniqArray(platform)) AS platforms
              FROM metric_snapshots GROUP BY campaign_id`,
      format: 'JSONEachRow',
    });
    const perCampaign = await result.json<{ id: string; rows: string; days: string; platforms: string[] }>();
    expect(perCampaign.map((row) => row.id).sort()).toEqual(live.map((row) => row.id).sort());
    const briefPlatforms = new Map(live.map((row) => [row.id, [...row.platforms].sort()]));
    for (const row of perCampaign) expect(row.platforms).toEqual(briefPlatforms.get(row.id));
    for (const row of perCampaign)
      expect([Number(row.rows), Number(row.days)]).toEqual([options.metricDays * 2 * 5, options.metricDays]);
  });

  it('adds further creators on top when run again', async () => {
    const again = await seedScale(database, clickhouse, { ...options, creators: 500, campaigns: 10 });
    expect(again).toMatchObject({ creators: 500, stats: 5_000, campaigns: 10 });
    const [row] = await database.sql<{ count: number }[]>`select count(*)::int as count from profiles`;
    expect(row?.count).toBe(2_500);
  });
});
