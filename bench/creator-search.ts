import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { connectDatabase, type DatabaseConnection } from '@/db/client';
import { migrateClickhouse } from '@/db/clickhouse/migrate';
import { migratePostgres } from '@/db/migrate';
import { seedScale } from '@/db/seed';
import { createClickhouse } from '@/lib/clickhouse/client';
import { systemRequest } from '@/lib/context';
import { creatorCountQuery, creatorPageQuery, searchCreators } from '@/lib/discovery/search';
import { creatorPageSize, parseCreatorSearchParams, type SearchParamsInput } from '@/lib/discovery/search-params';
import { freePort } from '@/lib/embedded/free-port';
import { startEmbeddedPostgres } from '@/lib/embedded/postgres';

/**
 * Creator search on fresh embedded PostgreSQL with the scale seed (default 100,000 creators × 20 stats snapshots =
 * 2,000,000 history rows, kept current by the trigger). Prints the median of 20 runs per search and the
 * EXPLAIN (ANALYZE, BUFFERS) of its page and count queries; asserts nothing. Run: npx tsx bench/creator-search.ts
 */
const runs = 20;
const dialect = new PgDialect();

const scenarios: { label: string; query: SearchParamsInput }[] = [
  {
    label: 'instagram, 10k-100k followers, authenticity >= 0.8, by followers',
    query: { platform: 'instagram', minFollowers: '10000', maxFollowers: '100000', minAuthenticity: '0.8' },
  },
  {
    label: 'any platform, audience in GB, female >= 50 %, by engagement',
    query: { audienceLocation: 'GB', minFemaleShare: '50', sort: 'engagement' },
  },
  { label: 'text "hiking", any platform, by followers', query: { q: 'hiking' } },
  {
    label: 'tiktok, engagement >= 5 %, risk <= 20, 18-24 >= 30 %, by authenticity, page 3',
    query: {
      platform: 'tiktok',
      minEngagement: '5',
      maxRiskScore: '20',
      ageGroup: '18-24',
      minAgeGroupShare: '30',
      sort: 'authenticity',
      page: '3',
    },
  },
];

async function median(work: () => Promise<unknown>): Promise<number> {
  await work();
  const timings: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function explain(database: DatabaseConnection, query: SQL): Promise<string> {
  const { sql, params } = dialect.sqlToQuery(query);
  const plan = await database.sql.unsafe(`explain (analyze, buffers) ${sql}`, params as never[]);
  return plan.map((row) => `    ${row['QUERY PLAN']}`).join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: { creators: { type: 'string', default: '100000' }, stats: { type: 'string', default: '20' } },
  });
  const folder = mkdtempSync(join(tmpdir(), 'pactly-bench-'));
  const postgres = await startEmbeddedPostgres({ dataDir: folder, port: await freePort(), database: 'bench' });
  const database = connectDatabase(postgres.url, { max: 4 });
  const clickhouse = createClickhouse({ chdbPath: join(folder, 'clickhouse') });
  try {
    await migratePostgres(database);
    await migrateClickhouse(clickhouse);
    const started = performance.now();
    const seeded = await seedScale(database, clickhouse, {
      creators: Number(values.creators),
      statsPerCreator: Number(values.stats),
      campaigns: 10,
      metricDays: 1,
      log: (line) => console.log(`  ${line}`),
    });
    await database.sql`analyze creator_current_stats`;
    const [counts] = await database.sql<{ history: number; current: number }[]>`
      select (select count(*)::int from influencer_stats_history) as history,
        (select count(*)::int from creator_current_stats) as current`;
    console.log(
      `seeded ${seeded.creators.toLocaleString('en-GB')} creators, ${counts!.history.toLocaleString('en-GB')} snapshots ` +
        `-> ${counts!.current.toLocaleString('en-GB')} current rows in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    const ctx = { db: database.db, actor: null, request: systemRequest('bench') };
    for (const { label, query } of scenarios) {
      const params = parseCreatorSearchParams(query);
      const offset = (params.page - 1) * creatorPageSize;
      const result = await searchCreators(ctx, params);
      const total = await median(() => searchCreators(ctx, params));
      const page = await median(() => database.db.execute(creatorPageQuery(params, creatorPageSize, offset)));
      const count = await median(() => database.db.execute(creatorCountQuery(params)));
      console.log(`${label}: ${result.total.toLocaleString('en-GB')} matches`);
      console.log(
        `  median searchCreators ${total.toFixed(2)} ms; page query ${page.toFixed(2)} ms; count query ${count.toFixed(2)} ms`,
      );
      console.log(`  page plan:\n${await explain(database, creatorPageQuery(params, creatorPageSize, offset))}`);
      console.log(`  count plan:\n${await explain(database, creatorCountQuery(params))}\n`);
    }
  } finally {
    await clickhouse.close();
    await database.sql.end();
    await postgres.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
