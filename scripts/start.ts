import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import next from 'next';
import { seedIfEmpty } from '@/db/seed';
import { demoSignIns } from '@/db/seed/demo-accounts';
import { env } from '@/lib/config/env';
import { jobQueues } from '@/lib/jobs/queues';
import { spawnWorkerProcess } from '@/lib/jobs/worker-process';
import { acquireLauncherLock } from './lib/launcher-lock';
import { buildIsCurrent, recordBuild, sourceFingerprint } from './lib/build-fingerprint';
import { createStepper } from './lib/progress';
import { ensureAuthSecret, startRuntime } from './lib/runtime';

const dev = process.argv.includes('--dev');

function runBuild(): Promise<void> {
  return new Promise((resolveBuild, reject) => {
    const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) process.stdout.write(`      | ${line}\n`);
    };
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('exit', (code) => (code === 0 ? resolveBuild() : reject(new Error(`next build failed with code ${code}`))));
  });
}

let stopRuntime: (() => Promise<void>) | undefined;

async function main() {
  const config = env();
  process.env.AUTH_TRUST_HOST ??= 'true';
  // The demo mailbox shows everyone's links: only for a local embedded demo without SMTP.
  process.env.PACTLY_DEMO_MAILBOX ??= !config.DATABASE_URL && !config.SMTP_URL ? 'on' : 'off';
  mkdirSync(config.PACTLY_DATA_DIR, { recursive: true });
  const releaseLock = acquireLauncherLock(config.PACTLY_DATA_DIR);
  ensureAuthSecret(config.PACTLY_DATA_DIR);
  const steps = createStepper(dev ? 7 : 8);
  const runtime = await startRuntime(steps);
  let stopWorker = async () => {};
  stopRuntime = async () => {
    // The worker's running job needs PostgreSQL until it is done.
    await stopWorker();
    await runtime.shutdown();
    releaseLock();
  };

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    process.stdout.write(`\n${signal}: stopping Pactly…\n`);
    await stopRuntime?.();
    process.stdout.write('stopped: web server, worker, ClickHouse and PostgreSQL are down.\n');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await steps.step(
    'Seeding demo data (only into an empty database)',
    () => seedIfEmpty(runtime.database, runtime.clickhouse, { seed: config.SEED, log: steps.note }),
    (result) => (result.seeded ? `${result.rows.toLocaleString('en-GB')} rows written` : 'database already has data, kept as is'),
  );

  const worker = await steps.step(
    'Starting the background worker',
    () => spawnWorkerProcess(process.env.DATABASE_URL!, (line) => process.stdout.write(`${line}\n`)),
    () => `pg-boss, ${jobQueues.length} queues`,
  );
  stopWorker = () => worker.stop();

  if (!dev) {
    const fingerprint = sourceFingerprint();
    await steps.step(
      'Building the web app',
      async () => {
        if (buildIsCurrent(fingerprint)) return false;
        await runBuild();
        recordBuild(fingerprint);
        return true;
      },
      (built) => (built ? 'built' : 'sources unchanged, reusing the last build'),
    );
  }

  const server = await steps.step(`Starting the web server${dev ? ' (development mode)' : ''}`, async () => {
    const app = next({ dev, dir: process.cwd(), hostname: config.HOST, port: config.PORT });
    await app.prepare();
    const handle = app.getRequestHandler();
    const httpServer = createServer((req, res) => void handle(req, res));
    await new Promise<void>((listening) => httpServer.listen(config.PORT, config.HOST, listening));
    return httpServer;
  });
  server.on('close', () => void shutdown('server closed'));

  const url = `http://localhost:${config.PORT}`;
  const lines = [
    '',
    `Pactly is running at ${url}`,
    `  data: ${runtime.describe.postgres}; ${runtime.describe.clickhouse}`,
    '',
    'Demo sign-ins:',
    ...demoSignIns.map((account) => `  ${account.label.padEnd(14)} ${account.email.padEnd(30)} password: ${account.password}`),
    '',
    'Press Ctrl-C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch(async (error: unknown) => {
  process.stderr.write(`\nPactly failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await stopRuntime?.();
  process.exit(1);
});
