import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '@/db/client';
import { migratePostgres } from '@/db/migrate';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/embedded/postgres';
import { templateDatabase } from './test-db';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    testDataDir: string;
  }
}

let server: EmbeddedPostgres | undefined;

/** One PostgreSQL server for the run; a migrated template database that each test file clones. */
export async function setup(project: TestProject) {
  const testDataDir = resolve('.data', 'test');
  rmSync(join(testDataDir, 'clickhouse'), { recursive: true, force: true });
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl) {
    server = await startEmbeddedPostgres({ dataDir: testDataDir, port: 55433, database: templateDatabase });
    adminUrl = server.adminUrl;
  }
  const admin = connectDatabase(adminUrl, { max: 1 });
  const stale = await admin.sql<
    { datname: string }[]
  >`select datname from pg_database where datname like 'test\\_%' or datname = ${templateDatabase}`;
  for (const { datname } of stale) await admin.sql.unsafe(`drop database if exists "${datname}" with (force)`);
  await admin.sql.unsafe(`create database "${templateDatabase}"`);
  await admin.sql.end();

  const template = connectDatabase(adminUrl.replace(/\/[^/]*$/, `/${templateDatabase}`), { max: 1 });
  await migratePostgres(template);
  await template.sql.end();

  project.provide('postgresAdminUrl', adminUrl);
  project.provide('testDataDir', testDataDir);
}

export async function teardown() {
  await server?.stop();
}
