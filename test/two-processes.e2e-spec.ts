import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTENER_APPLICATION_NAME } from '../apps/api/src/events/audit-listener.js';
import { FALLBACK_POLL_INTERVAL_MS } from '../apps/api/src/events/events.service.js';
import { startApiProcess, type ApiProcess } from './support/api-process.js';
import { openEventStream } from './support/event-stream.js';
import { ownDatabase } from './support/test-app.js';

/**
 * Two API processes on one database, as two replicas behind a load balancer: each is a separate
 * `node apps/api/src/main.ts` (run from source through test/support/ts-register.mjs), so they share no
 * memory, module or connection, and what one learns of the other's writes comes through PostgreSQL.
 * The live stream on one is woken by the NOTIFY the other's audit insert sends. A second process
 * cannot reach the first's embedded PGlite, so the suite runs only against a PostgreSQL server
 * (DATABASE_URL): CI's second pass, `DATABASE_URL=… npx vitest run test`.
 */
describe.skipIf(!process.env.DATABASE_URL)('two API processes on one database', () => {
  const adminToken = `test-admin-${randomBytes(12).toString('hex')}`;
  let database: Awaited<ReturnType<typeof ownDatabase>>;
  let a: ApiProcess;
  let b: ApiProcess;
  let token: string;

  beforeAll(async () => {
    database = await ownDatabase();
    const env = {
      ...database.env,
      ADMIN_TOKEN: adminToken,
      SEED: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_WRITES_PER_TOKEN: '100000',
      RATE_LIMIT_WRITES_PER_IP: '100000',
      RATE_LIMIT_FAILED_AUTH_PER_IP: '100000',
    };
    // One after the other: A applies the migrations, B finds them applied.
    a = await startApiProcess(env);
    b = await startApiProcess(env);
    // Created through A and used on both: tokens live in the database, not in a process.
    token = (await call<{ secret: string }>(a.base, 'POST', '/api/v1/tokens', adminToken, { name: 'editor on two processes', role: 'editor' })).secret;
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it('serves through B a claim created through A', async () => {
    expect(a.pid).not.toBe(b.pid);
    const created = await call<{ id: string; version: number }>(a.base, 'POST', '/api/v1/claims', token, { text: 'Europol said 3 servers were seized in May 2018.' });
    const read = await call<{ id: string; text: string; status: string; version: number }>(b.base, 'GET', `/api/v1/claims/${created.id}`, token);
    expect(read).toMatchObject({ id: created.id, text: 'Europol said 3 servers were seized in May 2018.', status: 'open', version: created.version });
  });

  it('streams verdicts decided through B to a client of A, woken by NOTIFY well before the fallback poll', async ({ annotate }) => {
    const claims = [];
    for (let i = 0; i < 6; i++) claims.push(await call<{ id: string; version: number }>(b.base, 'POST', '/api/v1/claims', token, { text: `Europol said ${i + 10} servers were seized in April 2018.` }));

    const stream = openEventStream(`${a.base}/api/v1/events?access_token=${encodeURIComponent(token)}`);
    try {
      await stream.waitFor((e) => e.type === 'ready', 5_000);
      // A holds one LISTEN connection for its stream; B, with no client, holds none.
      expect(await waitForListeners(database.env.DATABASE_URL, 1)).toBe(1);

      const latencies: number[] = [];
      for (const claim of claims) {
        const sentAt = performance.now();
        const decided = await call<{ status: string }>(b.base, 'PUT', `/api/v1/claims/${claim.id}/verdict`, token, { verdict: 'unsupported', note: 'Decided on process B.' }, { 'If-Match': `"${claim.version}"` });
        expect(decided.status).toBe('unsupported');
        const event = await stream.waitFor((e) => e.type === 'audit' && JSON.parse(e.data).action === 'verdict.decided' && JSON.parse(e.data).entityId === claim.id, 5_000);
        latencies.push(Math.round(performance.now() - sentAt));
        expect(JSON.parse(event.data)).toMatchObject({ entityType: 'claim', actor: 'editor on two processes', status: 'unsupported', version: claim.version + 1 });
        // Were A only polling, each event would arrive just after a poll, and the next decision, sent
        // 200 ms later, would wait about 1.8 s for the following one.
        await new Promise((r) => setTimeout(r, 200));
      }
      await annotate(`decision through B to event on A, ms: ${latencies.join(', ')}`);
      expect(Math.max(...latencies)).toBeLessThan(FALLBACK_POLL_INTERVAL_MS / 2);
      expect(a.output()).not.toContain('Listening for audit events failed');
    } finally {
      stream.close();
    }
  });

  // Last: it stops A.
  it('stops on SIGTERM within seconds with a stream open, printing no error, and its LISTEN connection goes', async () => {
    const stream = openEventStream(`${a.base}/api/v1/events?access_token=${encodeURIComponent(token)}`);
    try {
      await stream.waitFor((e) => e.type === 'ready', 5_000);
      expect(await waitForListeners(database.env.DATABASE_URL, 1)).toBe(1);
      const started = Date.now();
      // Nest closes the app on SIGTERM, then re-raises the signal.
      expect(await a.stop()).toEqual({ code: null, signal: 'SIGTERM' });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(a.output()).not.toMatch(/error|unhandled|Listening for audit events failed/i);
      expect(await waitForListeners(database.env.DATABASE_URL, 0)).toBe(0);
    } finally {
      stream.close();
    }
  });
});

/** Waits up to 5 s until `expected` connections to the database have LISTENed for audit events; returns the last count. */
async function waitForListeners(url: string, expected: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = Date.now();
    for (;;) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND state = 'idle' AND query LIKE 'LISTEN %'`,
        [LISTENER_APPLICATION_NAME],
      );
      if (rows[0].n === expected || Date.now() - started > 5_000) return rows[0].n;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await client.end();
  }
}

async function call<T>(base: string, method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${base}${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
