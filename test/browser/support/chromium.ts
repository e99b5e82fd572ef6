import { existsSync } from 'node:fs';

/** Debian's Chromium (apt-get install chromium), or CHROMIUM_PATH. Playwright never downloads a browser here. */
export function chromiumPath(): string | null {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

/** CI sets BROWSER_TESTS=required so a missing browser fails instead of skipping. */
export const browserTestsRequired = process.env.BROWSER_TESTS === 'required';

export const SKIP_NOTICE = `Browser tests SKIPPED: no Chromium at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'} (install it with \`apt-get install chromium\` or set CHROMIUM_PATH).`;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether the browser suites can run; says so once per suite when they cannot. */
export function browserAvailable(): boolean {
  const available = chromiumPath() !== null;
  if (!available) console.warn(SKIP_NOTICE);
  return available;
}
