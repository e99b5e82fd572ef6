import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';

/** The built dashboard (`dist/dashboard`), found from this file whether it runs from source or from dist/; null when not built. */
export function dashboardDir(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'dist', 'dashboard', 'index.html'))) return join(dir, 'dist', 'dashboard');
    dir = resolve(dir, '..');
  }
  return null;
}

/**
 * Serves the editors' dashboard at `/`. It routes in the URL fragment, so no fallback route is
 * needed and nothing under /api, /docs or /problems can be shadowed. Hashed assets are cached for
 * good; index.html is revalidated so a new build is picked up at once.
 */
export function serveDashboard(app: NestExpressApplication, dir = dashboardDir()): void {
  if (!dir) return;
  app.use(
    express.static(dir, {
      index: 'index.html',
      setHeaders: (res, path) => res.setHeader('Cache-Control', path.startsWith(join(dir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    }),
  );
}
