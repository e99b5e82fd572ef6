import { randomBytes } from 'node:crypto';
import parsePrometheusTextFormat, { type MetricFamily } from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess } from './support/api-process.js';
import { ownDatabase, startTestApp, type TestApp } from './support/test-app.js';

describe('GET /metrics', () => {
  let t: TestApp;
  let families: Map<string, MetricFamily>;
  let text: string;
  beforeAll(async () => {
    t = await startTestApp({ env: { EVIDENCE_WORKER: 'false', WEBHOOK_WORKER: 'false' } });
    const editor = await t.auth('editor');
    await t.http.post('/api/v1/claims').set(editor).send({ text: 'Europol seized 27 servers in Germany.' }).expect(201);
    await t.http.get('/api/v1/claims?limit=5').set(editor).expect(200);
    const res = await t.http.get('/metrics').set(await t.auth('viewer')).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    text = res.text;
    families = new Map(parsePrometheusTextFormat(text).map((f) => [f.name, f]));
  });
  afterAll(() => t?.close());

  it('needs a token', async () => {
    const res = await t.http.get('/metrics').expect(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('counts requests and times them per route template, not per path', () => {
    const requests = families.get('factdesk_http_requests_total')!;
    expect(requests.type).toBe('COUNTER');
    expect(requests.metrics).toContainEqual({ labels: { method: 'POST', route: '/api/v1/claims', status: '201' }, value: '1' });
    expect(requests.metrics.every((m) => !/[0-9a-f]{8}-[0-9a-f]{4}/.test(m.labels!.route))).toBe(true);
    const latency = families.get('factdesk_http_request_duration_seconds')!;
    expect(latency.type).toBe('HISTOGRAM');
    expect(Object.keys(latency.metrics[0].buckets!)).toContain('+Inf');
    // The parser folds a histogram's labelled series into one (prom2json's shape), so the series
    // for one route is read from its _count line, which the parser has already accepted as valid.
    expect(text).toMatch(/^factdesk_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/claims"\} 1$/m);
  });

  it('reports the database pool, the queues and the audit chain length', async () => {
    const pool = families.get('factdesk_db_pool_connections')!.metrics;
    expect(pool.map((m) => m.labels!.state).sort()).toEqual(['idle', 'total', 'waiting']);
    expect(Number(pool.find((m) => m.labels!.state === 'total')!.value)).toBeGreaterThanOrEqual(1);
    const [{ n: events }] = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_event');
    expect(Number(families.get('factdesk_audit_chain_length')!.metrics[0].value)).toBe(events);
    const [{ n: stale }] = await t.dataSource.query('SELECT count(*)::int AS n FROM claim_evidence WHERE stale');
    expect(Number(families.get('factdesk_evidence_queue_depth')!.metrics[0].value)).toBe(stale);
    expect(families.get('factdesk_webhook_queue_depth')!.metrics[0].value).toBe('0');
  });
});

describe('logs', () => {
  it('writes one JSON object a line, a request line with request id, actor, route, status and latency', async () => {
    const database = await ownDatabase();
    const token = `test-admin-${randomBytes(12).toString('hex')}`;
    const api = await startApiProcess({ ...database.env, ADMIN_TOKEN: token, SEED: 'false', EVIDENCE_WORKER: 'false', LOG_LEVEL: 'info' });
    try {
      const res = await fetch(`${api.base}/api/v1/claims?limit=1`, { headers: { Authorization: `Bearer ${token}`, 'X-Request-Id': 'log-test-1' } });
      expect(res.status).toBe(200);
      await expect.poll(() => api.output().includes('log-test-1')).toBe(true);
    } finally {
      await api.stop();
      await database.drop();
    }
    const lines = api.output().trim().split('\n');
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.every((r) => typeof r.level === 'string' && typeof r.time === 'string' && typeof r.msg === 'string')).toBe(true);
    expect(records.find((r) => r.requestId === 'log-test-1')).toMatchObject({
      msg: 'request',
      method: 'GET',
      route: '/api/v1/claims',
      path: '/api/v1/claims',
      status: 200,
      actor: { name: 'admin (ADMIN_TOKEN)', role: 'admin' },
      latencyMs: expect.any(Number),
    });
  }, 120_000);
});

describe('database sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { EVIDENCE_WORKER: 'false', WEBHOOK_WORKER: 'false' } });
  });
  afterAll(() => t?.close());

  // On a server with PostgreSQL's default jit = on, the retrieval statement is JIT-compiled once the
  // corpus is large enough for its estimated cost, which takes seconds for a statement of ~0.1 s.
  it('never JIT-compile a statement, on either database', async () => {
    // The embedded database (PGlite) is built without a JIT provider; a server session must have it off.
    const [row]: Array<{ jit: string; available: boolean }> = await t.dataSource.query(`SELECT current_setting('jit') AS jit, pg_jit_available() AS available`);
    expect(row.jit === 'off' || !row.available).toBe(true);
    if (process.env.DATABASE_URL) expect(row.jit).toBe('off');
  });
});
