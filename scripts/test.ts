import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describeBrowser } from '../e2e/browser';

interface Step {
  name: string;
  command: string[];
  before?: () => void;
}

const steps: Step[] = [
  { name: 'type check', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint (eslint + prettier)', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'unit and integration tests (vitest, real PostgreSQL and chdb)', command: ['npx', 'vitest', 'run'] },
  {
    name: 'end-to-end tests (Playwright)',
    command: ['npx', 'playwright', 'test'],
    before: () => {
      console.log(`      browser: ${describeBrowser()}`);
      rmSync('.data/e2e', { recursive: true, force: true });
    },
  },
];

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const [index, step] of steps.entries()) {
  console.log(`\n[${index + 1}/${steps.length}] ${step.name}`);
  step.before?.();
  const started = performance.now();
  const run = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  results.push({ name: step.name, ok: run.status === 0, seconds: (performance.now() - started) / 1000 });
}

console.log('\nSummary');
for (const result of results) console.log(`  ${result.ok ? 'PASS' : 'FAIL'}  ${result.name} (${result.seconds.toFixed(1)}s)`);
const failed = results.filter((result) => !result.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
