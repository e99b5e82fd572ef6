import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../apps/api/src/database/data-source.js';
import { startApiProcess } from './support/api-process.js';
import { ownDatabase } from './support/test-app.js';

/**
 * API_PROCESSES: one `node apps/api/src/main.ts` supervising several API processes on one port
 * (node:cluster). They start at the same moment on a fresh database, so this is also the test of the
 * migration lock: without it two processes would apply the same migrations at once. Needs a
 * PostgreSQL server (more than one process cannot share the embedded database).
 */
describe.skipIf(!process.env.DATABASE_URL)('several API processes on one machine', () => {
  it('starts two processes on a fresh database, migrates and seeds once, serves, and stops cleanly on SIGTERM', async () => {
    const database = await ownDatabase();
    const adminToken = `test-admin-${randomBytes(12).toString('hex')}`;
    const api = await startApiProcess({ ...database.env, ADMIN_TOKEN: adminToken, SEED: 'true', LOG_LEVEL: 'info', API_PROCESSES: '2' });
    const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
    try {
      // Both processes answer on the one port: each logs that it listens once it has the database.
      await expect.poll(() => api.output().match(/Factdesk listening/g)?.length ?? 0, { timeout: 30_000 }).toBe(2);
      expect(api.output()).toMatch(/Starting 2 API processes/);

      const articles = await fetch(`${api.base}/api/v1/articles?limit=50`, { headers: { authorization: `Bearer ${adminToken}` } });
      expect(articles.status).toBe(200);
      expect(((await articles.json()) as { items: unknown[] }).items).toHaveLength(5);

      await client.connect();
      const migrations = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM migrations`);
      expect(migrations.rows[0].n).toBe(MIGRATIONS.length);
      // Only the first process loads the seeds: one article.created event per seed, not two.
      const created = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'article.created'`);
      expect(created.rows[0].n).toBe(5);
    } finally {
      const exit = await api.stop();
      await client.end().catch(() => undefined);
      await database.drop();
      expect(exit).toEqual({ code: 0, signal: null });
      expect(api.output()).not.toMatch(/ERROR|failed to start/);
    }
  }, 120_000);
});
