import { execFileSync, spawnSync } from 'node:child_process';

export interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

/** PostgreSQL refuses to run as root, so a root launcher runs it as the `postgres` OS user. */
export function postgresRunAs(log: (line: string) => void): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  if (!osUserExists('postgres')) {
    log('running as root: creating OS user "postgres" to own the embedded database');
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid, name: 'postgres' };
}

function osUserExists(name: string): boolean {
  return spawnSync('id', ['-u', name]).status === 0;
}

/** True when `runAs` may do `test <flag> path` (for example -x to traverse, -w to write). */
export function canAccess(path: string, flag: '-x' | '-w' | '-r', runAs: RunAs | undefined): boolean {
  const result = spawnSync('test', [flag, path], runAs ? { uid: runAs.uid, gid: runAs.gid } : {});
  return result.status === 0;
}
