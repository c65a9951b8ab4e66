import { existsSync } from 'node:fs';

const debianChromium = '/usr/bin/chromium';

/** Debian's Chromium when installed (CI and our machines); Playwright's own browser otherwise. */
export function chromiumExecutable(): string | undefined {
  return existsSync(debianChromium) ? debianChromium : undefined;
}

export function describeBrowser(): string {
  const executable = chromiumExecutable();
  return executable
    ? `Debian Chromium at ${executable}`
    : "Playwright's own Chromium (run `npx playwright install chromium` if it is missing)";
}
