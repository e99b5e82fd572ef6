import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `npm run bench`: every bench/*.bench.ts, one after another (so they do not disturb each other's
 * timings), each rewriting its own section of BENCHMARKS.md. Figures are reported, not asserted.
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
    include: ['bench/**/*.bench.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
