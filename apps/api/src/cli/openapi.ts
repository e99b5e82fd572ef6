import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureApp } from '../app.factory.js';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/app-config.js';

/**
 * Writes openapi.json from the compiled app (the Swagger CLI plugin only runs in `nest build`).
 * Preview mode wires the modules without instantiating providers, so no database is needed.
 * `--check` fails when the committed file differs from the code.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, DATABASE_URL: 'postgres://unused@localhost/unused' });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config), { preview: true, logger: false, bodyParser: false });
  const document = configureApp(app, config);
  const text = `${JSON.stringify(sortKeys(document), null, 2)}\n`;
  const file = resolve(process.argv.find((a) => a.endsWith('.json')) ?? 'openapi.json');
  if (process.argv.includes('--check')) {
    const committed = readFileSync(file, 'utf8');
    if (committed !== text) {
      console.error(`${file} is out of date with the code: run \`npm run openapi\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${file} matches the code.`);
  } else {
    writeFileSync(file, text);
    console.log(`Wrote ${file}`);
  }
  await app.close();
}

/** Sorted keys keep diffs of the committed document small and stable. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
