import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { spawnWorkerProcess } from './worker-process';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const exited = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
};

async function waitFor(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('worker process', () => {
  it('runs scripts/worker.ts with tsx, reports ready and stops on request', async () => {
    const lines: string[] = [];
    const worker = await spawnWorkerProcess(database.url, (line) => lines.push(line));
    expect(worker.pid).toBeGreaterThan(0);
    await worker.stop();
    expect(exited(worker.pid!)).toBe(true);
    expect(lines).toContain('worker: SIGTERM, finishing running jobs…');
    expect(lines.some((line) => line.includes('UNEXPECTEDLY'))).toBe(false);
  }, 60_000);

  it('says clearly when the worker dies on its own', async () => {
    const lines: string[] = [];
    const worker = await spawnWorkerProcess(database.url, (line) => lines.push(line));
    process.kill(worker.pid!, 'SIGKILL');
    await waitFor(() => lines.some((line) => line.includes('UNEXPECTEDLY')));
    expect(lines.join('\n')).toContain('worker: STOPPED UNEXPECTEDLY (signal SIGKILL)');
    await worker.stop();
  }, 60_000);
});
