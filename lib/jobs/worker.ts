import PgBoss from 'pg-boss';
import { connectDatabase } from '@/db/client';
import { runJob } from './handlers';
import { jobQueues, jobSchedules, type JobQueue } from './queues';

export interface WorkerOptions {
  log?: (line: string) => void;
}

export interface RunningWorker {
  stop(): Promise<void>;
}

// A sweep covers everything that is due, so one waiting and one running job per queue is enough: "stately" keeps
// a slow run from piling up copies, and a failed run is simply repeated by the next tick of the schedule.
const queueOptions = { policy: 'stately', retryLimit: 0, expireInSeconds: 10 * 60 } as const;

/** Starts pg-boss on the database: creates the queues, schedules them and runs their jobs in this process. */
export async function startWorker(databaseUrl: string, options: WorkerOptions = {}): Promise<RunningWorker> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const database = connectDatabase(databaseUrl, { max: 4 });
  const boss = new PgBoss({ connectionString: databaseUrl, application_name: 'pactly-worker', max: 4 });
  boss.on('error', (error) => log(`worker: pg-boss error: ${error.message}`));
  try {
    await boss.start();
    for (const queue of jobQueues) {
      await boss.createQueue(queue, { name: queue, ...queueOptions });
      await boss.schedule(queue, jobSchedules[queue], {}, { tz: 'UTC' });
      await boss.work(queue, (jobs) => runQueue(queue, jobs.length));
    }
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    await database.sql.end({ timeout: 5 }).catch(() => {});
    throw error;
  }

  async function runQueue(queue: JobQueue, jobCount: number) {
    try {
      // Several queued jobs of a sweep still need only one pass.
      if (jobCount > 0) await runJob(queue, database.db, log);
    } catch (error) {
      log(`worker: ${queue} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      throw error;
    }
  }

  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        await boss.stop({ graceful: true, timeout: 10_000 });
        await database.sql.end({ timeout: 5 });
      })();
      return stopping;
    },
  };
}
