import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { resetDatabases, seedIfEmpty, seedScale } from '@/db/seed';
import { env } from '@/lib/config/env';
import { acquireLauncherLock } from './lib/launcher-lock';
import { createProgressBar, createStepper } from './lib/progress';
import { startRuntime, type Runtime } from './lib/runtime';

const usage = `usage: npm run db:seed -- [--seed 42] [--scale 100000] [--reset]
  --seed N     seed of the demo data (default: SEED from the environment, 42)
  --scale N    add N generated creators (20 stats snapshots each), N/100 campaigns and 90 days of their metrics
  --reset      empty every table and metric_snapshots first, then seed the demo data again`;

const argsSchema = z.object({
  seed: z.coerce.number().int().optional(),
  scale: z.coerce.number().int().min(1).max(10_000_000).optional(),
  reset: z.boolean().default(false),
  help: z.boolean().default(false),
});

const statsPerScaleCreator = 20;
const creatorsPerScaleCampaign = 100;
const scaleMetricDays = 90;

function parseArguments() {
  try {
    const { values } = parseArgs({
      options: {
        seed: { type: 'string' },
        scale: { type: 'string' },
        reset: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const parsed = argsSchema.safeParse(values);
    if (parsed.success) return parsed.data;
    console.error(z.prettifyError(parsed.error));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
  }
  console.error(usage);
  process.exit(2);
}

function isChdbLocked(error: unknown): boolean {
  const text =
    error instanceof Error ? `${error.message} ${String(error.cause)} ${(error as { code?: string }).code}` : String(error);
  return /CHDB_CONNECTION|Cannot lock file/i.test(text);
}

function progressBars() {
  let current: { phase: string; draw: (done: number) => void } | undefined;
  return (phase: string, done: number, total: number) => {
    if (current?.phase !== phase) current = { phase, draw: createProgressBar(phase, total) };
    current.draw(done);
  };
}

async function printTableCounts(runtime: Runtime) {
  const tables = await runtime.database.sql<
    { name: string }[]
  >`select tablename as name from pg_tables where schemaname = 'public' order by tablename`;
  const counts = await Promise.all(
    tables.map(async ({ name }) => {
      const [row] = await runtime.database.sql<
        { count: number }[]
      >`select count(*)::int as count from ${runtime.database.sql(name)}`;
      return [name, row?.count ?? 0] as const;
    }),
  );
  const result = await runtime.clickhouse.query({
    query: 'SELECT count() AS count FROM metric_snapshots',
    format: 'JSONEachRow',
  });
  const [metrics] = await result.json<{ count: string }>();
  console.log('\nRows now in the databases:');
  for (const [name, count] of [...counts, ['metric_snapshots (ClickHouse)', Number(metrics?.count ?? 0)] as const]) {
    if (count > 0) console.log(`  ${name.padEnd(30)} ${count.toLocaleString('en-GB').padStart(12)}`);
  }
}

async function main() {
  const args = parseArguments();
  if (args.help) {
    console.log(usage);
    return;
  }
  const config = env();
  const seed = args.seed ?? config.SEED;
  const dataDir = resolve(config.PACTLY_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  // startRuntime stops a PostgreSQL it finds running on this data, so never seed under a running app.
  let releaseLock: () => void;
  try {
    releaseLock = acquireLauncherLock(dataDir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const steps = createStepper(5 + (args.reset ? 1 : 0) + (args.scale ? 1 : 0));
  let runtime: Runtime | undefined;
  try {
    runtime = await startRuntime(steps);
    const { database, clickhouse } = runtime;
    if (args.reset) {
      await steps.step(
        'Emptying every table and metric_snapshots',
        () => resetDatabases(database, clickhouse),
        (result) => `${result.tables} tables truncated (retention policies kept)`,
      );
    }
    await steps.step(
      `Seeding demo data with seed ${seed} (only into an empty database)`,
      () => seedIfEmpty(database, clickhouse, { seed, log: steps.note }),
      (result) =>
        result.seeded
          ? `${result.rows.toLocaleString('en-GB')} rows written`
          : 'database already has data, kept as is (use --reset)',
    );
    if (args.scale) {
      const creators = args.scale;
      await steps.step(
        `Adding ${creators.toLocaleString('en-GB')} scale creators`,
        () =>
          seedScale(database, clickhouse, {
            creators,
            statsPerCreator: statsPerScaleCreator,
            campaigns: Math.max(10, Math.round(creators / creatorsPerScaleCampaign)),
            metricDays: scaleMetricDays,
            log: steps.note,
            onProgress: progressBars(),
          }),
        (result) => `${result.rows.toLocaleString('en-GB')} rows written`,
      );
    }
    await printTableCounts(runtime);
  } finally {
    await runtime?.shutdown();
    releaseLock();
  }
}

main().catch((error: unknown) => {
  if (isChdbLocked(error)) {
    const dataDir = process.env.PACTLY_DATA_DIR ?? '.data';
    console.error(
      `\nThe embedded ClickHouse in ${dataDir}/clickhouse is locked by another process (probably \`npm start\` or \`npm run dev\`).\n` +
        'Stop it first, or seed another folder: PACTLY_DATA_DIR=.data-bench npm run db:seed -- ...',
    );
  } else {
    console.error(`\nSeeding failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  process.exit(1);
});
