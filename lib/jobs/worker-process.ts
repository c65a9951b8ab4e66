import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerProcess {
  pid: number | undefined;
  /** Stops the worker and waits for it to exit (it finishes a running job first). */
  stop(): Promise<void>;
}

const readyLine = 'worker: pg-boss started';
const startTimeoutMs = 60_000;
const stopTimeoutMs = 15_000;

/**
 * Runs scripts/worker.ts in a child Node.js process with tsx's loader (the local dependency, no global install) and
 * resolves once it reports that its queues are ready. Its output goes to ours line by line.
 */
export function spawnWorkerProcess(databaseUrl: string, log: (line: string) => void): Promise<WorkerProcess> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const script = fileURLToPath(new URL('../../scripts/worker.ts', import.meta.url));
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', tsxLoader, script], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    // Its own process group, so Ctrl-C reaches only us and we stop the worker before PostgreSQL; the IPC channel
    // closes when we die, which tells an orphaned worker to stop.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stopping = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the worker did not start within ${startTimeoutMs / 1000}s`));
    }, startTimeoutMs);
    const relay = (stream: NodeJS.ReadableStream) =>
      createInterface({ input: stream }).on('line', (line) => {
        if (line.startsWith(readyLine)) {
          clearTimeout(timer);
          resolve({ pid: child.pid, stop });
          return;
        }
        log(line.startsWith('worker') ? line : `worker: ${line}`);
      });
    relay(child.stdout!);
    relay(child.stderr!);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (stopping) return;
      const how = signal ? `signal ${signal}` : `exit code ${code}`;
      log(
        `worker: STOPPED UNEXPECTEDLY (${how}). Offers will not expire, expiry warnings and auto-approvals will not run and ` +
          'e-mail will not be sent until Pactly is restarted.',
      );
      reject(new Error(`the worker exited during start-up (${how})`));
    });
  });

  async function stop() {
    if (stopping || child.exitCode !== null || child.signalCode !== null) return exited;
    stopping = true;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
    await exited;
    clearTimeout(timer);
  }
}
