/** Numbered steps with timings, so a slow start never looks like a hang. */
export function createStepper(total: number, out: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {
  let current = 0;
  return {
    async step<T>(label: string, work: () => Promise<T>, summary?: (result: T) => string): Promise<T> {
      current += 1;
      const started = performance.now();
      out(`[${current}/${total}] ${label}…`);
      const result = await work();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      out(`[${current}/${total}] ${label}: ${summary ? `${summary(result)}, ` : ''}done in ${seconds}s`);
      return result;
    },
    note(line: string) {
      out(`      ${line}`);
    },
  };
}

/** A one-line progress bar for counted work; redraws in place on a terminal, prints every 10% otherwise. */
export function createProgressBar(label: string, total: number) {
  const tty = process.stdout.isTTY;
  let lastDecile = -1;
  return (done: number) => {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const width = 30;
    const filled = Math.round(ratio * width);
    const line = `      ${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en-GB')}/${total.toLocaleString('en-GB')}`;
    if (tty) {
      process.stdout.write(`\r${line}${done >= total ? '\n' : ''}`);
      return;
    }
    const decile = Math.floor(ratio * 10);
    if (decile !== lastDecile) {
      lastDecile = decile;
      process.stdout.write(`${line}\n`);
    }
  };
}
