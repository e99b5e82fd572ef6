import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { isFirstProcess, isSupervisor, supervise } from './cluster.js';
import { loadConfig } from './config/app-config.js';
import { TokensService } from './auth/tokens.service.js';
import { SeedsService } from './seeds/seeds.service.js';
import { seedsDir } from './seeds/seeds-dir.js';
import { dashboardDir } from './common/dashboard-static.js';
import { listeningMessage } from './startup-message.js';

async function main(): Promise<void> {
  const logger = new Logger('Factdesk');
  const config = loadConfig();
  if (isSupervisor(config.API_PROCESSES)) {
    logger.log(`Starting ${config.API_PROCESSES} API processes on port ${config.PORT}`);
    supervise(config.API_PROCESSES, logger);
    return;
  }
  exitAfterShutdownTimeout(config.SHUTDOWN_TIMEOUT_MS, logger);
  const app = await createApp(config);
  if (config.SEED && isFirstProcess()) await app.get(SeedsService).load(seedsDir());
  if (!config.DATABASE_URL && !config.ADMIN_TOKEN) {
    const secret = await app.get(TokensService).ensureBootstrapAdmin();
    if (secret) {
      logger.warn(
        `Created the first admin token (shown once; create more with POST /api/v1/tokens):\n\n  ${secret}\n\n` +
          `  curl -H 'Authorization: Bearer ${secret}' http://localhost:${config.PORT}/api/v1/articles\n`,
      );
    }
  }
  await app.listen(config.PORT, '0.0.0.0');
  logger.log(listeningMessage(config, dashboardDir() !== null));
}

/** Nest's shutdown hooks drain and close on SIGTERM; this makes sure a hung close cannot keep the process alive. */
function exitAfterShutdownTimeout(ms: number, logger: Logger): void {
  const arm = (signal: NodeJS.Signals) => () =>
    setTimeout(() => {
      logger.error(`Still shutting down ${ms} ms after ${signal} (SHUTDOWN_TIMEOUT_MS); exiting now.`);
      process.exit(1);
    }, ms).unref();
  process.once('SIGTERM', arm('SIGTERM'));
  process.once('SIGINT', arm('SIGINT'));
}

main().catch((error: unknown) => {
  // Once createApp has begun, this goes through the app's logger (a JSON line by default).
  new Logger('Factdesk').fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
