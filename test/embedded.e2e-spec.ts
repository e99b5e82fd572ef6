import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokensService } from '../apps/api/src/auth/tokens.service.js';
import { DataDirLockedError, EmbeddedPostgres } from '../apps/api/src/database/embedded-postgres.js';
import { SeedsService } from '../apps/api/src/seeds/seeds.service.js';
import { seedsDir } from '../apps/api/src/seeds/seeds-dir.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('seeds and start-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t?.close());

  it('loads the seeds idempotently: a second load adds nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM claim');
    const again = await t.app.get(SeedsService).load(seedsDir());
    expect(again).toEqual({ created: 0, unchanged: 5 });
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM claim');
    expect(after[0].n).toBe(before[0].n);
    const articles = await t.dataSource.query('SELECT count(*)::int AS n FROM article');
    expect(articles[0].n).toBe(5);
  });

  it('keeps unknown seed metadata null rather than inventing it', async () => {
    const res = await t.http.get('/api/v1/articles?limit=10').set(await t.auth('viewer')).expect(200);
    expect(res.body.items.every((a: { publishedOn: string | null }) => a.publishedOn === null)).toBe(true);
    expect(res.body.items.filter((a: { outlet: string | null }) => a.outlet !== null).map((a: { outlet: string }) => a.outlet).sort()).toEqual(['FRANCE 24', 'Security Affairs']);
  });

  it('creates a bootstrap admin token only when no admin token exists', async () => {
    const tokens = t.app.get(TokensService);
    const secret = await tokens.ensureBootstrapAdmin();
    expect(secret).toMatch(/^fd_/);
    await t.http.get('/api/v1/tokens').set('Authorization', `Bearer ${secret}`).expect(200);
    expect(await tokens.ensureBootstrapAdmin()).toBeNull();
  });
});

describe.skipIf(Boolean(process.env.DATABASE_URL))('embedded database directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second process on the same data directory with a clear error, and frees it on stop', async () => {
    const first = await EmbeddedPostgres.start(dir, 2);
    try {
      await expect(EmbeddedPostgres.start(dir, 2)).rejects.toThrow(DataDirLockedError);
      await expect(EmbeddedPostgres.start(dir, 2)).rejects.toThrow(/in use by another Factdesk process .*holds the lock on .*factdesk\.lock/);
    } finally {
      await first.stop();
    }
    const again = await EmbeddedPostgres.start(dir, 2);
    await again.stop();
  });
});
