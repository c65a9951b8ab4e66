import type { ClickHouseClient } from '@clickhouse/client';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { connectDatabase, type DatabaseConnection } from '@/db/client';
import { migrateClickhouse } from '@/db/clickhouse/migrate';
import { migratePostgres } from '@/db/migrate';
import { createClickhouse, defaultClickhouseTarget, shareClickhouse } from '@/lib/clickhouse/client';
import { env } from '@/lib/config/env';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/embedded/postgres';
import type { createStepper } from './progress';

export interface Runtime {
  database: DatabaseConnection;
  clickhouse: ClickHouseClient;
  embeddedPostgres?: EmbeddedPostgres;
  describe: { postgres: string; clickhouse: string };
  shutdown(): Promise<void>;
}

type Stepper = ReturnType<typeof createStepper>;

/** The auth secret of an embedded install is generated once and kept with its data. */
export function ensureAuthSecret(dataDir: string) {
  if (process.env.AUTH_SECRET) return;
  const file = join(dataDir, 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(file, 'utf8').trim();
}

/** Starts (or connects to) PostgreSQL and ClickHouse and applies every migration to both. */
export async function startRuntime(steps: Stepper): Promise<Runtime> {
  const config = env();
  const dataDir = resolve(config.PACTLY_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });

  let embeddedPostgres: EmbeddedPostgres | undefined;
  if (!config.DATABASE_URL) {
    embeddedPostgres = await steps.step(
      'Starting embedded PostgreSQL',
      () => startEmbeddedPostgres({ dataDir, port: config.PACTLY_PG_PORT, database: 'pactly', log: steps.note }),
      (pg) => `127.0.0.1:${config.PACTLY_PG_PORT}, data in ${pg.dataDir}`,
    );
    process.env.DATABASE_URL = embeddedPostgres.url;
  } else {
    await steps.step('Using PostgreSQL from DATABASE_URL', async () => undefined);
  }
  try {
    return await connectAndMigrate(steps, embeddedPostgres);
  } catch (error) {
    await embeddedPostgres?.stop();
    throw error;
  }
}

async function connectAndMigrate(steps: Stepper, embeddedPostgres: EmbeddedPostgres | undefined): Promise<Runtime> {
  const database = connectDatabase(process.env.DATABASE_URL!);

  const target = defaultClickhouseTarget();
  const clickhouse = await steps.step(
    'url' in target ? 'Connecting to ClickHouse from CLICKHOUSE_URL' : 'Opening embedded ClickHouse (chdb)',
    async () => createClickhouse(target),
    () => ('url' in target ? 'connected' : `data in ${target.chdbPath}`),
  );
  shareClickhouse(clickhouse);

  await steps.step(
    'Applying PostgreSQL migrations',
    () => migratePostgres(database),
    (result) => `${result.applied} applied, ${result.total} in total`,
  );
  await steps.step(
    'Applying ClickHouse migrations',
    () => migrateClickhouse(clickhouse, (name, index, total) => steps.note(`${index}/${total} ${name}`)),
    (result) => `${result.applied.length} applied, ${result.total} in total`,
  );

  return {
    database,
    clickhouse,
    embeddedPostgres,
    describe: {
      postgres: embeddedPostgres ? `embedded PostgreSQL (${embeddedPostgres.dataDir})` : 'PostgreSQL from DATABASE_URL',
      clickhouse: 'url' in target ? 'ClickHouse from CLICKHOUSE_URL' : `embedded ClickHouse (${target.chdbPath})`,
    },
    async shutdown() {
      await clickhouse.close().catch(() => {});
      await database.sql.end({ timeout: 5 }).catch(() => {});
      await embeddedPostgres?.stop();
    },
  };
}
