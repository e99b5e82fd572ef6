import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TcpProxy } from './support/tcp-proxy.js';

const serverUrl = process.env.DATABASE_URL;

// Needs a real PostgreSQL server to take away; the embedded database lives inside the process.
describe.skipIf(!serverUrl)('when PostgreSQL goes away mid-traffic', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  let editor: { Authorization: string };
  const acknowledged: string[] = [];

  beforeAll(async () => {
    const target = new URL(serverUrl!);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    t = await startTestApp({ viaPort: proxy.port, env: { EVIDENCE_WORKER: 'false' } });
    editor = await t.auth('editor');
  });
  afterAll(async () => {
    await proxy?.start();
    await t?.close();
    await proxy?.stop();
  });

  it('answers 503 problem+json with Retry-After within seconds, and health says down', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.http.post('/api/v1/claims').set(editor).send({ text: `Acknowledged claim ${i} about Europol.` }).expect(201);
      acknowledged.push(res.body.id);
    }
    await proxy.cut();
    const started = Date.now();
    const read = await t.http.get('/api/v1/claims').set(editor);
    const write = await t.http.post('/api/v1/claims').set(editor).send({ text: 'Written while the database is away.' });
    const health = await t.http.get('/api/v1/health');
    expect(Date.now() - started).toBeLessThan(15_000);
    for (const res of [read, write]) {
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.type).toBe('/problems/database-unavailable');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(health.status).toBe(503);
    expect(health.body.status).toBe('error');
    expect(health.body.details.database.status).toBe('down');
  });

  it('recovers without a restart and has lost no acknowledged write', async () => {
    await proxy.start();
    let health = await t.http.get('/api/v1/health');
    for (let i = 0; i < 30 && health.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 200));
      health = await t.http.get('/api/v1/health');
    }
    expect(health.status).toBe(200);
    await t.http.post('/api/v1/claims').set(editor).send({ text: 'Written after the database came back.' }).expect(201);
    for (const id of acknowledged) await t.http.get(`/api/v1/claims/${id}`).set(editor).expect(200);
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM claim WHERE text = 'Written while the database is away.'`);
    expect(rows[0].n).toBe(0);
  });
});
