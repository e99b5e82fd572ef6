import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

const API_PATH = '/api/';

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
  const files = express.static(dir, {
    index: 'index.html',
    setHeaders: (res, path) => res.setHeader('Cache-Control', path.startsWith(join(dir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  // API requests skip the file system: a stat per API call was a measurable share of a list request's CPU.
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.startsWith(API_PATH) ? next() : files(req, res, next)));
}
