import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
export const DASHBOARD_DIST = join(root, 'dist', 'dashboard');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds the dashboard with Vite's JS API when dist/dashboard is missing or older than its sources. */
export async function ensureDashboardBuilt(): Promise<'built' | 'fresh'> {
  const index = join(DASHBOARD_DIST, 'index.html');
  const sources = [join(root, 'apps', 'dashboard'), join(root, 'libs', 'sdk', 'src')];
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newest))) return 'fresh';
  const { build } = await import('vite');
  await build({ configFile: join(root, 'apps', 'dashboard', 'vite.config.ts'), logLevel: 'warn' });
  return 'built';
}
