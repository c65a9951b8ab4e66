import type { ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignStatuses, influencerStatsHistory, offerStatuses } from '@/db/schema';
import { createTestClickhouse, createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { demoAccounts, demoOrganizationSlug } from './demo-accounts';
import { seedDemo, seedIfEmpty } from './index';
import { snapshotDataHash, snapshotHashFields } from './snapshot-hash';

const seed = 7;
const log = () => {};

async function tableCounts(database: TestDatabase): Promise<Record<string, number>> {
  const rows = await database.sql<{ name: string; count: number }[]>`
    select 'users' as name, count(*)::int as count from users union all
    select 'campaigns', count(*)::int from campaigns union all
    select 'offers', count(*)::int from offers union all
    select 'contracts', count(*)::int from contracts union all
    select 'payments', count(*)::int from payments union all
    select 'stats', count(*)::int from influencer_stats_history union all
    select 'audit_logs', count(*)::int from audit_logs`;
  return Object.fromEntries(rows.map((row) => [row.name, row.count]));
}

/** A digest of every row of every application table, leaving out the salted password hashes. */
async function contentDigests(database: TestDatabase): Promise<Record<string, string>> {
  const tables = await database.sql<
    { name: string }[]
  >`select tablename as name from pg_tables where schemaname = 'public' order by 1`;
  const digests: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await database.sql<{ digest: string | null }[]>`
      select md5(string_agg((to_jsonb(t) - 'password_hash')::text, '|' order by (to_jsonb(t) - 'password_hash')::text)) as digest
      from ${database.sql(name)} t`;
    digests[name] = row?.digest ?? 'empty';
  }
  return digests;
}

async function titlesAndPrices(database: TestDatabase) {
  const titles = await database.sql<{ title: string }[]>`select title from campaigns order by id`;
  const prices = await database.sql<{ id: string; price: string }[]>`select id, price from offers order by id`;
  return { titles: titles.map((row) => row.title), prices: prices.map((row) => `${row.id}:${row.price}`) };
}

describe('demo seed', () => {
  let database: TestDatabase;
  let clickhouse: ClickHouseClient;
  let firstRun: { seeded: boolean; rows: number };

  beforeAll(async () => {
    database = await createTestDatabase();
    clickhouse = await createTestClickhouse();
    firstRun = await seedIfEmpty(database, clickhouse, { seed, log });
  }, 120_000);

  afterAll(async () => {
    await clickhouse?.close();
    await database?.close();
  });

  it('seeds an empty database and reports the rows it wrote', () => {
    expect(firstRun.seeded).toBe(true);
    expect(firstRun.rows).toBeGreaterThan(5_000);
  });

  it('writes campaigns in every status and offers in every status', async () => {
    const campaigns = await database.sql<{ status: string }[]>`select distinct status from campaigns`;
    const offers = await database.sql<{ status: string }[]>`select distinct status from offers`;
    expect(campaigns.map((row) => row.status).sort()).toEqual([...campaignStatuses].sort());
    expect(offers.map((row) => row.status).sort()).toEqual([...offerStatuses].sort());
  });

  it('creates the demo accounts with their roles, and the brand accounts belong to Northwind', async () => {
    for (const account of Object.values(demoAccounts)) {
      const [user] = await database.sql<{ role: string; email_verified: boolean; status: string }[]>`
        select role, email_verified, status from users where email = ${account.email}`;
      expect(user, account.email).toEqual({ role: account.role, email_verified: true, status: 'active' });
    }
    const members = await database.sql<{ email: string; role: string }[]>`
      select u.email, m.role from organization_members m join users u on u.id = m.user_id join organizations o on o.id = m.organization_id
      where o.slug = ${demoOrganizationSlug} and o.kyc_status = 'verified' and o.currency = 'GBP' order by u.email`;
    expect(members).toEqual(
      expect.arrayContaining([
        { email: demoAccounts.brandAdmin.email, role: 'brand_admin' },
        { email: demoAccounts.brandMember.email, role: 'brand_member' },
      ]),
    );
    const [profile] = await database.sql<{ display_name: string; bio: string; handles: object }[]>`
      select p.display_name, p.bio, p.handles from profiles p join users u on u.id = p.user_id where u.email = ${demoAccounts.influencer.email}`;
    expect(profile?.display_name).toBeTruthy();
    expect(Object.keys(profile?.handles ?? {}).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps committed offer prices within each campaign budget', async () => {
    const over = await database.sql`
      select c.id from campaigns c join offers o on o.campaign_id = c.id and o.status in ('accepted', 'completed')
      group by c.id, c.budget_max having sum(o.price) > c.budget_max`;
    expect(over).toHaveLength(0);
  });

  it('keeps money consistent: payments equal their contract price, in the campaign currency', async () => {
    const mismatched = await database.sql`
      select p.id from payments p join contracts k on k.id = p.contract_id join offers o on o.id = k.offer_id join campaigns c on c.id = p.campaign_id
      where p.amount <> o.price or p.currency <> c.currency or (k.content ->> 'price')::numeric <> p.amount`;
    expect(mismatched).toHaveLength(0);
  });

  it('keeps every offer equal to its latest revision, with a revision per version and counter offers countered', async () => {
    const [row] = await database.sql<{ mismatched: number; missing_versions: number; bad_counters: number }[]>`
      select
        count(*) filter (where r.price <> o.price or r.status <> o.status or r.counter_by is distinct from o.counter_by)::int as mismatched,
        count(*) filter (where (select count(*) from offer_revisions x where x.offer_id = o.id) <> o.version)::int as missing_versions,
        count(*) filter (where o.status = 'counter' and (o.version < 2 or o.counter_by is null))::int as bad_counters
      from offers o join offer_revisions r on r.offer_id = o.id and r.version = o.version`;
    expect(row).toEqual({ mismatched: 0, missing_versions: 0, bad_counters: 0 });
  });

  it('gives every accepted or completed offer a contract, and escrow follows the payment status', async () => {
    const [row] = await database.sql<{ without_contract: number; bad_escrow: number; statuses: string[] }[]>`
      select
        (select count(*)::int from offers o where o.status in ('accepted', 'completed') and not exists (select 1 from contracts k where k.offer_id = o.id)) as without_contract,
        (select count(*)::int from payments where (status = 'captured' and escrow_status <> 'held') or (status = 'released' and escrow_status <> 'released')
          or (status = 'refunded' and escrow_status <> 'refunded')) as bad_escrow,
        (select array_agg(distinct status order by status) from payments) as statuses`;
    expect(row).toEqual({ without_contract: 0, bad_escrow: 0, statuses: ['captured', 'failed', 'refunded', 'released'] });
  });

  it('stores data_hash as the SHA-256 of each snapshot and audience shares that add up to 100', async () => {
    const rows = await database.db.select().from(influencerStatsHistory).limit(200);
    for (const row of rows) expect(row.dataHash).toBe(snapshotDataHash(snapshotHashFields(row)));
    const [shares] = await database.sql<{ bad: number }[]>`
      select count(*)::int as bad from profiles p
      where (select sum(value::int) from jsonb_each_text(p.audience_demographics -> 'age_groups')) <> 100
         or (select sum(value::int) from jsonb_each_text(p.audience_demographics -> 'gender')) <> 100`;
    expect(shares?.bad).toBe(0);
  });

  it('records accept_offer and the contract it creates under one correlation id', async () => {
    const [row] = await database.sql<{ unmatched: number }[]>`
      select count(*)::int as unmatched from audit_logs a
      where a.action = 'create_contract'
        and not exists (select 1 from audit_logs b where b.action = 'accept_offer' and b.correlation_id = a.correlation_id)`;
    expect(row?.unmatched).toBe(0);
  });

  it('writes 90 distinct days of metrics for an active campaign', async () => {
    const [campaign] = await database.sql<{ id: string }[]>`select id from campaigns where status = 'active' order by id limit 1`;
    const result = await clickhouse.query({
      query: 'SELECT uniqExact(toDate(created_at)) AS days FROM metric_snapshots WHERE campaign_id = {id:UUID}',
      query_params: { id: campaign!.id },
      format: 'JSONEachRow',
    });
    const [row] = await result.json<{ days: string | number }>();
    expect(Number(row?.days)).toBe(90);
  });

  it('leaves a populated database alone on the next start', async () => {
    const before = await tableCounts(database);
    const second = await seedIfEmpty(database, clickhouse, { seed, log });
    expect(second).toEqual({ seeded: false, rows: 0 });
    expect(await tableCounts(database)).toEqual(before);
  });

  it('writes the same rows (campaign titles, offer prices and everything else) for the same seed', async () => {
    const other = await createTestDatabase();
    const metricCount = async () => {
      const result = await clickhouse.query({ query: 'SELECT count() AS count FROM metric_snapshots', format: 'JSONEachRow' });
      return Number((await result.json<{ count: string }>())[0]?.count);
    };
    const metricsBefore = await metricCount();
    try {
      await seedDemo(other, clickhouse, { seed, log });
      // Same seed, same campaign ids: the metrics are replaced, not doubled.
      expect(await metricCount()).toBe(metricsBefore);
      expect(await titlesAndPrices(other)).toEqual(await titlesAndPrices(database));
      expect(await contentDigests(other)).toEqual(await contentDigests(database));
    } finally {
      await other.close();
    }
  }, 120_000);
});
