import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's seeds/ folder, found from this file whether it runs from source or from dist/. */
export function seedsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'seeds', 'manifest.json'))) return join(dir, 'seeds');
    dir = resolve(dir, '..');
  }
  throw new Error('Cannot find the seeds/ folder with manifest.json');
}
