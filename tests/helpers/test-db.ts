import type { ClickHouseClient } from '@clickhouse/client';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseConnection } from '@/db/client';
import { migrateClickhouse } from '@/db/clickhouse/migrate';
import { createClickhouse } from '@/lib/clickhouse/client';

export const templateDatabase = 'pactly_test_template';

export interface TestDatabase extends DatabaseConnection {
  url: string;
  close(): Promise<void>;
}

/** A fresh, fully migrated database of this test file's own, cloned from the template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = connectDatabase(adminUrl, { max: 1 });
  await admin.sql.unsafe(`create database "${name}" template "${templateDatabase}"`);
  await admin.sql.end();
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const connection = connectDatabase(url, { max: 10 });
  return {
    ...connection,
    url,
    async close() {
      await connection.sql.end({ timeout: 5 });
      const dropper = connectDatabase(adminUrl, { max: 1 });
      await dropper.sql.unsafe(`drop database if exists "${name}" with (force)`);
      await dropper.sql.end();
    },
  };
}

/** An embedded ClickHouse (chdb) of this test file's own, with every migration applied. */
export async function createTestClickhouse(): Promise<ClickHouseClient> {
  const path = join(inject('testDataDir'), 'clickhouse', randomBytes(6).toString('hex'));
  const client = createClickhouse({ chdbPath: path });
  await migrateClickhouse(client);
  return client;
}
