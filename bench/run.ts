import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectDatabase } from '@/db/client';
import { migrateClickhouse } from '@/db/clickhouse/migrate';
import { migratePostgres } from '@/db/migrate';
import { seedDemo, seedScale } from '@/db/seed';
import { createClickhouse } from '@/lib/clickhouse/client';
import { startEmbeddedPostgres } from '@/lib/embedded/postgres';
import { createProgressBar } from '../scripts/lib/progress';
import { freePort } from '@/lib/embedded/free-port';

/**
 * Seeding benchmark on fresh embedded databases in a temp folder: the demo seed, then the scale seed
 * (default 100,000 creators × 20 stats snapshots = 2,000,000 rows). Prints the figures; asserts nothing.
 */
async function main() {
  const { values } = parseArgs({
    options: { creators: { type: 'string', default: '100000' }, stats: { type: 'string', default: '20' } },
  });
  const creators = Number(values.creators);
  const statsPerCreator = Number(values.stats);
  const folder = mkdtempSync(join(tmpdir(), 'pactly-bench-'));
  const postgres = await startEmbeddedPostgres({ dataDir: folder, port: await freePort(), database: 'bench' });
  const database = connectDatabase(postgres.url, { max: 4 });
  const clickhouse = createClickhouse({ chdbPath: join(folder, 'clickhouse') });
  try {
    await migratePostgres(database);
    await migrateClickhouse(clickhouse);
    const timed = async <T>(label: string, work: () => Promise<T>) => {
      const started = performance.now();
      const result = await work();
      console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
      return result;
    };
    await timed('demo seed', () => seedDemo(database, clickhouse, { seed: 42, log: () => {} }));
    const bars = new Map<string, (done: number) => void>();
    const result = await timed(`scale seed (${creators.toLocaleString('en-GB')} creators × ${statsPerCreator} stats)`, () =>
      seedScale(database, clickhouse, {
        creators,
        statsPerCreator,
        campaigns: Math.max(10, Math.round(creators / 100)),
        metricDays: 90,
        log: (line) => console.log(`  ${line}`),
        onProgress: (phase, done, total) => {
          if (!bars.has(phase)) bars.set(phase, createProgressBar(phase, total));
          bars.get(phase)!(done);
        },
      }),
    );
    const [size] = await database.sql<{ size: string }[]>`select pg_size_pretty(pg_database_size(current_database())) as size`;
    console.log(`rows written: ${result.rows.toLocaleString('en-GB')}; PostgreSQL size: ${size?.size}`);
  } finally {
    await clickhouse.close();
    await database.sql.end();
    await postgres.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
