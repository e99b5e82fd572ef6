import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../apps/api/src/app.factory.js';
import { loadConfig } from '../apps/api/src/config/app-config.js';
import { openEventStream } from './support/event-stream.js';
import { ownDatabase } from './support/test-app.js';

/**
 * Two API instances on one database: an editor's dashboard stream on one sees a verdict decided on
 * the other, because the stream is fed by polling audit_event, not by anything in memory.
 *
 * How, and why this way: the two instances are two complete Nest applications booted in this test
 * process, each with its own HTTP server, connection pool, events poller and workers. They share the
 * Node process and its module cache but no provider, connection or cache of the API's: what one
 * instance learns of the other's writes comes through the database. Separate OS processes would
 * need the compiled `dist/` (absent on a fresh clone, where `npm test` must pass) or a TypeScript
 * loader that is not a dependency, so this is the robust choice; bench/scale.ts and bench/loadtest.ts run the compiled API as a real separate process.
 * A second instance cannot reach the first's embedded PGlite, so the suite runs only against a
 * PostgreSQL server (DATABASE_URL): CI's second pass, `DATABASE_URL=… npx vitest run test`.
 */
describe.skipIf(!process.env.DATABASE_URL)('two API instances on one database', () => {
  const adminToken = `test-admin-${randomBytes(12).toString('hex')}`;
  const apps: NestExpressApplication[] = [];
  let drop: () => Promise<void> = async () => {};
  let a: string;
  let b: string;

  beforeAll(async () => {
    const database = await ownDatabase();
    drop = database.drop;
    const env = { ...database.env, ADMIN_TOKEN: adminToken, SEED: 'false', RATE_LIMIT_WRITES_PER_TOKEN: '100000', RATE_LIMIT_WRITES_PER_IP: '100000' };
    // One after the other: the first applies the migrations, the second finds them applied.
    for (let i = 0; i < 2; i++) {
      const app = await createApp(loadConfig(env), { logger: false });
      await app.listen(0, '127.0.0.1');
      apps.push(app);
    }
    [a, b] = apps.map((app) => `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`);
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await drop();
  });

  it('streams a verdict decided on one instance to a client of the other within two seconds', async () => {
    expect(a).not.toBe(b);
    // The token is created through A and used on both: tokens live in the database, not in a process.
    const token = await call<{ secret: string }>(a, 'POST', '/api/v1/tokens', adminToken, { name: 'editor on two instances', role: 'editor' });
    const claim = await call<{ id: string; version: number }>(b, 'POST', '/api/v1/claims', token.secret, { text: 'Europol said 5 servers were seized in April 2018.' });

    const stream = openEventStream(`${a}/api/v1/events?access_token=${encodeURIComponent(token.secret)}`);
    try {
      await stream.waitFor((e) => e.type === 'ready', 5_000);
      const decidedAt = Date.now();
      const decided = await call<{ status: string; version: number }>(b, 'PUT', `/api/v1/claims/${claim.id}/verdict`, token.secret, { verdict: 'unsupported', note: 'Decided on instance B.' }, { 'If-Match': `"${claim.version}"` });
      expect(decided.status).toBe('unsupported');

      const event = await stream.waitFor((e) => e.type === 'audit' && JSON.parse(e.data).action === 'verdict.decided', 2_000);
      expect(Date.now() - decidedAt).toBeLessThan(2_000);
      expect(JSON.parse(event.data)).toMatchObject({ entityType: 'claim', entityId: claim.id, actor: 'editor on two instances', status: 'unsupported', version: claim.version + 1 });
      // And A serves the decided claim: no instance holds state the other lacks.
      expect(await call<{ status: string }>(a, 'GET', `/api/v1/claims/${claim.id}`, token.secret)).toMatchObject({ status: 'unsupported' });
    } finally {
      stream.close();
    }
  });
});

async function call<T>(base: string, method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${base}${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

