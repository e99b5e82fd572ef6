import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../apps/api/src/app.factory.js';
import { loadConfig } from '../apps/api/src/config/app-config.js';
import { ownDatabase } from './support/test-app.js';

const ADMIN_TOKEN = 'shutdown-test-admin-token-0123456789';

async function boot(env: Record<string, string>) {
  const app = await createApp(loadConfig({ ...env, ADMIN_TOKEN, SEED: 'false', RATE_LIMIT_WRITES_PER_IP: '100000', RATE_LIMIT_WRITES_PER_TOKEN: '100000' }), { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, base: `http://127.0.0.1:${port}/api/v1` };
}

const headers = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };

describe('graceful shutdown', () => {
  let database: Awaited<ReturnType<typeof ownDatabase>>;
  afterAll(() => database?.drop());

  it('finishes in-flight writes before closing the database, and every acknowledged write is there after a restart', async () => {
    database = await ownDatabase();
    const first = await boot(database.env);
    const writes = Array.from({ length: 40 }, (_, i) =>
      fetch(`${first.base}/claims`, { method: 'POST', headers, body: JSON.stringify({ text: `Claim ${i}: Europol seized servers.` }) })
        .then(async (res) => ({ status: res.status, id: res.status === 201 ? ((await res.json()) as { id: string }).id : null }))
        .catch(() => ({ status: 0, id: null })),
    );
    // What SIGTERM triggers (enableShutdownHooks): stop accepting, drain, then close the database.
    await new Promise((r) => setTimeout(r, 30));
    await first.app.close();
    const results = await Promise.all(writes);
    const acknowledged = results.filter((r) => r.status === 201).map((r) => r.id!);
    expect(acknowledged.length).toBeGreaterThan(0);
    // Anything answered was answered properly: no request cut off with a 5xx.
    expect(results.filter((r) => r.status >= 500)).toEqual([]);

    const second = await boot(database.env);
    try {
      for (const id of acknowledged) {
        const res = await fetch(`${second.base}/claims/${id}`, { headers });
        expect(res.status).toBe(200);
      }
      const verify = (await (await fetch(`${second.base}/audit/verify`, { headers })).json()) as { valid: boolean };
      expect(verify.valid).toBe(true);
    } finally {
      await second.app.close();
    }
  }, 60_000);
});
