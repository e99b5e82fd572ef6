import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The editors' dashboard, built to dist/dashboard, which the API serves at `/`. */
export default defineConfig(({ command }) => ({
  root: here('.'),
  // A build is always a production build, even when started from a test runner that set NODE_ENV=test.
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  base: '/',
  // No React plugin: fast refresh is a dev-server nicety; the build only needs JSX compiled.
  oxc: { jsx: { runtime: 'automatic', development: command === 'serve' } },
  resolve: { alias: { '@factdesk/sdk': here('../../libs/sdk/src/index.ts') } },
  build: {
    outDir: here('../../dist/dashboard'),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  logLevel: 'warn',
}));
