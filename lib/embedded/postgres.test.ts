import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './postgres';

const dataDir = mkdtempSync(join(tmpdir(), 'pactly-embedded-test-'));
const port = 55000 + (process.pid % 400);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('embedded PostgreSQL', () => {
  it('keeps data across restarts and leaves no server running after stop', async () => {
    const first = await startEmbeddedPostgres({ dataDir, port, database: 'keeps' });
    const pid = Number(readFileSync(join(first.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const sql = postgres(first.url, { max: 1, onnotice: () => {} });
    await sql`create table notes (body text)`;
    await sql`insert into notes values ('still here')`;
    await sql.end();
    await first.stop();
    expect(isAlive(pid)).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir, port, database: 'keeps' });
    const again = postgres(second.url, { max: 1 });
    expect(await again`select body from notes`).toEqual([{ body: 'still here' }]);
    await again.end();
    await second.stop();
  });

  it('reuses a running server when asked instead of stopping it', async () => {
    const owner = await startEmbeddedPostgres({ dataDir, port, database: 'keeps' });
    const guest = await startEmbeddedPostgres({ dataDir, port, database: 'keeps', whenRunning: 'reuse' });
    await guest.stop();
    const sql = postgres(owner.url, { max: 1 });
    expect(await sql`select count(*)::int as n from notes`).toEqual([{ n: 1 }]);
    await sql.end();
    await owner.stop();
  });
});
