import 'reflect-metadata';
import { loadConfig } from '../config/app-config.js';
import { backupDatabase, restoreDatabase } from '../database/backup.js';
import { openDataSource } from '../database/data-source.js';
import { EmbeddedPostgres, runningEmbeddedUrl } from '../database/embedded-postgres.js';

/**
 * `npm run backup -- <file>` / `npm run restore -- <file>`, on the database the configuration
 * names. A backup of the embedded database while the server runs goes through the server's own
 * socket (its URL is in DATA_DIR); with the server stopped, this process opens DATA_DIR itself. A
 * restore needs the server stopped (it takes the data directory's lock) and an empty database.
 */
async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if (!['backup', 'restore'].includes(command) || !file) throw new Error('Usage: npm run backup -- <file> | npm run restore -- <file>');
  const config = loadConfig();
  const running = !config.DATABASE_URL && command === 'backup' ? runningEmbeddedUrl(config.DATA_DIR) : null;
  if (running) {
    try {
      report(command, file, await backupDatabase(running, file));
      return;
    } catch (error) {
      // A URL file left by a server that died: open the directory directly.
      if (!/ECONNREFUSED/.test(String((error as Error).message ?? error))) throw error;
    }
  }
  const embedded = config.DATABASE_URL ? null : await EmbeddedPostgres.start(config.DATA_DIR, 2);
  try {
    const url = config.DATABASE_URL ?? embedded!.url;
    // A restore target gets the committed migrations first, so the backup's tables exist.
    if (command === 'restore') await (await openDataSource(url, 1, { shared: !embedded })).destroy();
    report(command, file, command === 'backup' ? await backupDatabase(url, file) : await restoreDatabase(url, file));
  } finally {
    await embedded?.stop();
  }
}

function report(command: string, file: string, counts: Record<string, number>): void {
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`${command === 'backup' ? 'Backed up' : 'Restored'} ${rows} rows of ${Object.keys(counts).length} tables ${command === 'backup' ? 'to' : 'from'} ${file}; row counts checked.`);
  console.log(Object.entries(counts).map(([t, n]) => `  ${t}: ${n}`).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
