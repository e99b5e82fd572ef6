import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// SWC instead of esbuild: Nest needs emitDecoratorMetadata, which esbuild does not emit.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    alias: {
      '#text': src('./libs/text/src/index.ts'),
      '#evidence': src('./libs/evidence/src/index.ts'),
    },
  },
  test: {
    include: ['apps/**/*.spec.ts', 'libs/**/*.spec.ts', 'test/**/*.e2e-spec.ts', 'test/browser/**/*.browser-spec.ts'],
    globalSetup: ['test/support/global-setup.ts', 'test/browser/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll waits for what the page or a worker does next; its default second is too short on two busy cores
    // (a server round trip behind another suite's load), and only a failing poll waits longer.
    expect: { poll: { timeout: 10_000 } },
  },
});
