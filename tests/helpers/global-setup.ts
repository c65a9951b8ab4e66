import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '@/db/client';
import { migratePostgres } from '@/db/migrate';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/embedded/postgres';
import { freePort } from '@/lib/embedded/free-port';
import { templateDatabase } from './test-db';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    testDataDir: string;
  }
}

let server: EmbeddedPostgres | undefined;
let testDataDir: string | undefined;

/**
 * One PostgreSQL server per test run (its own folder and port, so runs never collide) and a migrated
 * template database that each test file clones.
 */
export async function setup(project: TestProject) {
  testDataDir = mkdtempSync(join(tmpdir(), 'pactly-test-'));
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl) {
    server = await startEmbeddedPostgres({ dataDir: testDataDir, port: await freePort(), database: templateDatabase });
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
  if (testDataDir) rmSync(testDataDir, { recursive: true, force: true });
}
