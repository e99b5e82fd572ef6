import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `npm run bench:scale`: bench/scale.ts alone (minutes, and it needs a PostgreSQL server), so it is
 * kept out of `npm run bench`. Sizes come from the environment; see bench/scale.ts.
 */
export default defineConfig({
  root: src('..'),
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    alias: {
      '#text': src('../libs/text/src/index.ts'),
      '#evidence': src('../libs/evidence/src/index.ts'),
    },
  },
  test: {
    include: ['bench/scale.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
  },
});
