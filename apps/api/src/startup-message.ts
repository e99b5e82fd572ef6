import type { AppConfig } from './config/app-config.js';

/** The line that says the server is up and where to go: the dashboard first, since that is where people start. */
export function listeningMessage(config: Pick<AppConfig, 'PORT' | 'DATABASE_URL' | 'DATA_DIR'>, dashboardBuilt: boolean): string {
  const base = `http://localhost:${config.PORT}`;
  const dashboard = dashboardBuilt ? `dashboard ${base}/` : 'dashboard not built (npm run build:dashboard)';
  const database = config.DATABASE_URL ? 'PostgreSQL server' : `embedded in ${config.DATA_DIR}`;
  return `Factdesk listening on ${base} (${dashboard}, API /api/v1, docs /docs, database: ${database})`;
}
