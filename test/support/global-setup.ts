import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { wordVectors } from '../../libs/evidence/src/word-vectors.js';
import { openDataSource } from '../../apps/api/src/database/data-source.js';
import { EmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres.js';

/**
 * Creating a PGlite database takes seconds; copying a migrated one takes milliseconds.
 * So the embedded run migrates one template and each e2e suite starts from a copy of it.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  // Build the word-vector cache once here, not in every suite's process at the same moment.
  wordVectors();
  if (process.env.DATABASE_URL) return () => {};
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-template-'));
  const embedded = await EmbeddedPostgres.start(dir, 5);
  const dataSource = await openDataSource(embedded.url, 2, { shared: false });
  await dataSource.destroy();
  await embedded.stop();
  project.provide('templateDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDir?: string;
  }
}
