import 'reflect-metadata';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config/app-config.js';
import { SeedsService } from '../seeds/seeds.service.js';
import { seedsDir } from '../seeds/seeds-dir.js';

/** `npm run seed`: loads seeds/ into the configured database (DATABASE_URL, or the embedded one in DATA_DIR). */
async function main(): Promise<void> {
  const app = await createApp(loadConfig({ ...process.env, SEED: 'false' }));
  await app.init();
  try {
    const { created, unchanged } = await app.get(SeedsService).load(seedsDir());
    console.log(`Seeded: ${created} new, ${unchanged} already present.`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
