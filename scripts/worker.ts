import { env } from '@/lib/config/env';
import { jobQueues } from '@/lib/jobs/queues';
import { startWorker } from '@/lib/jobs/worker';

/** The background worker on its own: `npm start` runs it as a child process; on a server run it next to the web app. */
async function main() {
  const url = env().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the worker needs the PostgreSQL database of the web app.');
  const worker = await startWorker(url);
  process.stdout.write(`worker: pg-boss started, ${jobQueues.length} queues (${jobQueues.join(', ')})\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`worker: ${signal}, finishing running jobs…\n`);
    await worker.stop();
    process.stdout.write('worker: stopped\n');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Started by `npm start`: stop with the launcher even when it could not stop us itself.
  if (process.connected) process.on('disconnect', () => void stop('launcher gone'));
}

main().catch((error: unknown) => {
  process.stderr.write(`worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
