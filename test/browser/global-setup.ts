import { browserTestsRequired, chromiumPath, SKIP_NOTICE } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboard-build.js';

/** Browser suites serve the built dashboard: build it once, before any suite starts, if it is stale. */
export default async function setup(): Promise<void> {
  if (!chromiumPath()) {
    if (browserTestsRequired) throw new Error(`BROWSER_TESTS=required, but ${SKIP_NOTICE}`);
    console.warn(`\n${SKIP_NOTICE}\n`);
    return;
  }
  const started = Date.now();
  if ((await ensureDashboardBuilt()) === 'built') console.log(`Built the dashboard for the browser tests in ${Date.now() - started} ms.`);
}
