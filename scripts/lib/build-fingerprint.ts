import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sourceRoots = [
  'app',
  'components',
  'lib',
  'db',
  'public',
  'proxy.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'package-lock.json',
  'tsconfig.json',
];
const stampFile = join('.next', 'pactly-source-fingerprint');

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) yield* files(join(path, entry));
}

/** A hash of the sources a production build depends on: size and modification time of each file. */
export function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const root of sourceRoots) {
    for (const file of files(root)) {
      const stat = statSync(file);
      hash.update(`${file}:${stat.size}:${stat.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

export function buildIsCurrent(fingerprint: string): boolean {
  return existsSync(join('.next', 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint;
}

export function recordBuild(fingerprint: string) {
  writeFileSync(stampFile, fingerprint);
}
