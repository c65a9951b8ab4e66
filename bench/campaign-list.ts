import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase, type DatabaseConnection } from '@/db/client';
import { migratePostgres } from '@/db/migrate';
import { campaignPageQuery, campaignSummaryQuery, listCampaigns } from '@/lib/campaigns/list';
import { parseCampaignListParams, type SearchParamsInput } from '@/lib/campaigns/list-params';
import { systemRequest } from '@/lib/context';
import { freePort } from '@/lib/embedded/free-port';
import { startEmbeddedPostgres } from '@/lib/embedded/postgres';

/**
 * The brand campaign list on fresh embedded PostgreSQL: one organization with 10,000 campaigns among 50,000 of
 * 50 other organizations, with offers and payments. Prints the median of 20 runs per scenario and the
 * EXPLAIN (ANALYZE, BUFFERS) of each list query; asserts nothing. Run: npx tsx bench/campaign-list.ts
 */
const runs = 20;
const brandCampaigns = 10_000;
const noiseOrganizations = 50;
const noiseCampaigns = 50_000;
const creators = 500;

const scenarios: { label: string; query: SearchParamsInput }[] = [
  { label: 'default sort (newest first), page 1', query: {} },
  { label: 'status filter (active + paused), page 1', query: { status: ['active', 'paused'] } },
  { label: 'search "summer" (best match first)', query: { q: 'summer' } },
  { label: 'sort by spend desc, page 1', query: { sort: 'spend', dir: 'desc' } },
  { label: 'sort by offers desc, page 1', query: { sort: 'offers', dir: 'desc' } },
  { label: 'default sort, last page (offset 9,975)', query: { page: '400' } },
];

const seedSql = `
insert into users (email, role)
select 'bench-creator-' || g || '@example.test', 'influencer' from generate_series(1, ${creators}) g;

insert into organizations (name, slug, country, currency)
select 'Bench Brand ' || g, 'bench-brand-' || g, 'GB', 'GBP' from generate_series(0, ${noiseOrganizations}) g;

-- Campaigns of the benched brand (bench-brand-0) are interleaved with the others', as they would arrive over time.
with orgs as (select array_agg(id order by (substring(slug from 13))::int) as ids from organizations where slug like 'bench-brand-%')
insert into campaigns (organization_id, title, description, brief, status, budget_min, budget_max, currency, start_date, end_date, created_at)
select orgs.ids[1 + case when g % 6 = 0 then 0 else 1 + g % ${noiseOrganizations} end],
  season || ' ' || product || ' ' || format,
  'Creators feature the ' || lower(product) || ' in honest, everyday content.',
  jsonb_build_object('key_messages', jsonb_build_array('Designed for everyday use', 'Free returns for 30 days'), 'tone', 'Friendly'),
  status, budget * 0.6, budget, 'GBP',
  case when status <> 'draft' then created + (g % 60) * interval '1 day' end,
  case when status <> 'draft' then created + (60 + g % 90) * interval '1 day' end,
  created
from generate_series(1, ${brandCampaigns + noiseCampaigns}) g
cross join orgs
cross join lateral (select
  (array['Spring','Summer','Autumn','Winter','Holiday','Weekend','Everyday','Limited-Edition','New-Year','Back-to-School'])[1 + abs(hashtext('se' || g)) % 10] as season,
  (array['Trail Jacket','Skincare Set','Cold Brew','Headphones','Running Shoes','Protein Bar','Smart Watch','Yoga Mat'])[1 + abs(hashtext('pr' || g)) % 8] as product,
  (array['Launch','Creator Series','Challenge','Giveaway','Lookbook'])[1 + abs(hashtext('fm' || g)) % 5] as format,
  (array['draft','draft','published','published','published','active','active','active','active','active','active','active',
    'paused','completed','completed','completed','completed','cancelled','disputed','active'])[1 + (g * 37) % 20] as status,
  (1000 + abs(hashtext('bu' || g)) % 19000)::numeric(19, 2) as budget,
  timestamptz '2024-01-01' + g * interval '25 minutes' as created
  offset 0) w;

-- 0-5 offers per campaign (distinct creators), 0-3 payments per campaign in mixed statuses.
with c as (select id, organization_id, row_number() over (order by id) as n from campaigns),
  creator as (select array_agg(id order by email) as ids from users where role = 'influencer')
insert into offers (campaign_id, influencer_id, organization_id, price, status)
select c.id, creator.ids[1 + (c.n * 7 + k) % ${creators}], c.organization_id, 250,
  (array['pending','accepted','rejected','counter','expired','completed'])[1 + (c.n + k) % 6]
from c cross join creator cross join lateral generate_series(1, c.n % 6) k;

with c as (select id, organization_id, row_number() over (order by id) as n from campaigns),
  creator as (select array_agg(id order by email) as ids from users where role = 'influencer')
insert into payments (campaign_id, payer_id, payee_id, amount, currency, status)
select c.id, c.organization_id, creator.ids[1 + (c.n * 3 + k) % ${creators}], (50 + (c.n * k) % 950)::numeric(19, 2) + 0.25, 'GBP',
  (array['captured','released','pending','failed','refunded','authorized'])[1 + (c.n + k) % 6]
from c cross join creator cross join lateral generate_series(1, c.n % 4) k;
`;

const groupedSpendSql = `
select c.id, c.title, coalesce(s.spend, 0)::numeric(19, 2) as spend
from campaigns c
left join (
  select p.campaign_id, sum(p.amount) as spend
  from payments p join campaigns pc on pc.id = p.campaign_id
  where pc.organization_id = $1 and p.status in ('captured', 'released')
  group by p.campaign_id
) s on s.campaign_id = c.id
where c.organization_id = $1
order by 3 desc, c.id desc
limit 25`;

interface Timing {
  median: number;
  min: number;
}

async function time(work: () => Promise<unknown>): Promise<Timing> {
  await work();
  const timings: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return { median: timings[Math.floor(runs / 2)]!, min: timings[0]! };
}

const ms = (timing: Timing) => `${timing.median.toFixed(2).padStart(7)} (min ${timing.min.toFixed(2).padStart(6)})`;

async function explain(database: DatabaseConnection, query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string> {
  const { sql, params } = query.toSQL();
  const plan = await database.sql.unsafe(`explain (analyze, buffers) ${sql}`, params as never[]);
  return plan.map((row) => `    ${row['QUERY PLAN']}`).join('\n');
}

async function benchScenarios(database: DatabaseConnection, organizationId: string, withPlans: (label: string) => boolean) {
  const ctx = { db: database.db, actor: null, request: systemRequest('bench'), organizationId };
  const results: { label: string; list: Timing; page: Timing; count: Timing }[] = [];
  for (const { label, query } of scenarios) {
    const params = parseCampaignListParams(query);
    const offset = (params.page - 1) * params.size;
    const page = () => campaignPageQuery(database.db, organizationId, params, params.size, offset);
    const summary = () => campaignSummaryQuery(database.db, organizationId, params);
    const listed = await listCampaigns(ctx, params);
    results.push({
      label: `${label} [${listed.rows.length} of ${listed.total.toLocaleString('en-GB')} rows]`,
      list: await time(() => listCampaigns(ctx, params)),
      page: await time(page),
      count: await time(summary),
    });
    if (withPlans(label)) {
      console.log(`\n--- ${label}: page query\n${await explain(database, page())}`);
      console.log(`--- ${label}: count query\n${await explain(database, summary())}`);
    }
  }
  const load = loadavg().map((value) => value.toFixed(2));
  console.log(
    `\nmedian (and min) of ${runs} runs in ms, load average ${load.join(' ')}: listCampaigns runs page + count in parallel`,
  );
  for (const result of results)
    console.log(`  ${result.label.padEnd(70)} list ${ms(result.list)}  page ${ms(result.page)}  count ${ms(result.count)}`);
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'pactly-bench-list-'));
  const postgres = await startEmbeddedPostgres({ dataDir: folder, port: await freePort(), database: 'bench' });
  const database = connectDatabase(postgres.url, { max: 4 });
  try {
    await migratePostgres(database);
    const started = performance.now();
    await database.sql.unsafe(seedSql).simple();
    // VACUUM sets the visibility map (index-only scans), ANALYZE the statistics.
    await database.sql`vacuum analyze`;
    const [counts] =
      await database.sql`select (select count(*) from campaigns) as campaigns, (select count(*) from offers) as offers,
      (select count(*) from payments) as payments, (select id from organizations where slug = 'bench-brand-0') as brand`;
    console.log(
      `seeded ${counts!.campaigns} campaigns, ${counts!.offers} offers, ${counts!.payments} payments in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const organizationId = counts!.brand as string;

    console.log('\n=== the schema as migrated (idx_campaigns_org_created_at serves the default order)');
    await benchScenarios(database, organizationId, () => true);

    // Experiments: indexes created here only, to measure them; none is a migration.
    console.log(
      '\n=== EXPERIMENT B (bench only): payments (campaign_id, status) INCLUDE (amount) + offers (campaign_id, status)',
    );
    await database.sql`create index bench_experiment_payments_campaign_status on payments (campaign_id, status) include (amount)`;
    await database.sql`create index bench_experiment_offers_campaign_status on offers (campaign_id, status)`;
    await database.sql`vacuum analyze payments`;
    await database.sql`vacuum analyze offers`;
    await benchScenarios(database, organizationId, (label) => label.startsWith('sort by'));

    // Not what the app runs: the same spend sort with payments grouped once and hash-joined, for comparison.
    console.log('\n=== EXPERIMENT C (bench only, raw SQL): sort by spend with a grouped join instead of a per-campaign subquery');
    console.log(`  grouped join: ${ms(await time(() => database.sql.unsafe(groupedSpendSql, [organizationId])))}`);
    const plan = await database.sql.unsafe(`explain (analyze, buffers) ${groupedSpendSql}`, [organizationId]);
    console.log(plan.map((row) => `    ${row['QUERY PLAN']}`).join('\n'));
  } finally {
    await database.sql.end();
    await postgres.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
