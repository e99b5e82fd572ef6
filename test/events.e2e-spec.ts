import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LISTENER_APPLICATION_NAME } from '../apps/api/src/events/audit-listener.js';
import { EventsService } from '../apps/api/src/events/events.service.js';
import { openEventStream } from './support/event-stream.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { startTestApp, type TestApp } from './support/test-app.js';

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!(await condition()) && Date.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 20));
}

/** This suite's LISTEN connections, as the server sees them. */
async function listenerConnections(t: TestApp): Promise<number> {
  const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [LISTENER_APPLICATION_NAME]);
  return row.n;
}


describe('live events', () => {
  let t: TestApp;
  let port: number;
  let editor: { Authorization: string };
  let editorToken: string;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    editor = await t.auth('editor');
    editorToken = editor.Authorization.replace('Bearer ', '');
  });
  afterAll(() => t?.close());

  it('streams a verdict to a connected client within two seconds, authenticated by access_token', async () => {
    const article = await t.http
      .post('/api/v1/articles')
      .set(editor)
      .send({ content: 'Europol said the operation was led by Belgian prosecutors on 25 April 2018.', title: 'Live fixture' })
      .expect(201);
    const other = await t.http.post('/api/v1/articles').set(editor).send({ content: 'The takedown was led by Belgian prosecutors, officials said.', title: 'Source' }).expect(201);
    const claim = await t.http.post('/api/v1/claims').set(editor).send({ articleId: article.body.id, quote: { exact: 'led by Belgian prosecutors' } });
    const stream = openEventStream(`http://127.0.0.1:${port}/api/v1/events?access_token=${encodeURIComponent(editorToken)}`);
    try {
      await stream.opened;
      expect(stream.status()).toBe(200);
      expect(stream.contentType()).toContain('text/event-stream');
      await stream.waitFor((e) => e.type === 'ready', 5_000);

      const start = other.body.text.indexOf('led by Belgian prosecutors');
      const decidedAt = Date.now();
      await t.http
        .put(`/api/v1/claims/${claim.body.id}/verdict`)
        .set(editor)
        .set('If-Match', `"${claim.body.version}"`)
        .send({ verdict: 'verified', citations: [{ articleId: other.body.id, start, end: start + 26, stance: 'supports' }] })
        .expect(200);
      const event = await stream.waitFor((e) => e.type === 'audit' && JSON.parse(e.data).action === 'verdict.decided', 2_000);
      expect(Date.now() - decidedAt).toBeLessThan(2_000);
      const data = JSON.parse(event.data);
      expect(data).toMatchObject({ entityType: 'claim', entityId: claim.body.id, actor: 'test editor', status: 'verified', version: claim.body.version + 1 });
      expect(event.id).toBe(data.id);
      expect(data).not.toHaveProperty('before');
    } finally {
      stream.close();
    }
  });

  it('sends each event once, in id order, to every connected client', async () => {
    const a = openEventStream(`http://127.0.0.1:${port}/api/v1/events?access_token=${encodeURIComponent(editorToken)}`);
    const b = openEventStream(`http://127.0.0.1:${port}/api/v1/events`);
    try {
      await a.opened;
      await a.waitFor((e) => e.type === 'ready', 5_000);
      // b has no token: it must be refused without affecting a.
      await b.opened;
      expect(b.status()).toBe(401);
      await Promise.all([1, 2, 3].map((n) => t.http.post('/api/v1/claims').set(editor).send({ text: `Standalone claim number ${n} for the stream.` }).expect(201)));
      await a.waitFor(() => a.events.filter((e) => e.type === 'audit' && JSON.parse(e.data).action === 'claim.created').length >= 3, 2_000);
      const ids = a.events.filter((e) => e.type === 'audit').map((e) => BigInt(e.id!));
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort((x, y) => (x < y ? -1 : 1))).toEqual(ids);
    } finally {
      a.close();
      b.close();
    }
  });

  it('accepts access_token only on the events route', async () => {
    await t.http.get(`/api/v1/articles?access_token=${encodeURIComponent(editorToken)}`).expect(401);
    await t.http.get('/api/v1/events?access_token=fd_unknown').expect(401);
  });

  it('polls, and on a PostgreSQL server listens on one connection, only while a client is connected', async () => {
    const events = t.app.get(EventsService);
    const stream = openEventStream(`http://127.0.0.1:${port}/api/v1/events?access_token=${encodeURIComponent(editorToken)}`);
    await stream.opened;
    await stream.waitFor((e) => e.type === 'ready', 5_000);
    expect(events.polling).toBe(true);
    // The embedded database has no LISTEN between processes, so there it only polls.
    const onServer = Boolean(process.env.DATABASE_URL);
    await until(() => events.listening === onServer, 3_000);
    expect(await listenerConnections(t)).toBe(onServer ? 1 : 0);
    stream.close();
    await until(() => !events.polling, 3_000);
    expect(events.polling).toBe(false);
    expect(events.listening).toBe(false);
    await until(async () => (await listenerConnections(t)) === 0, 3_000);
    expect(await listenerConnections(t)).toBe(0);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('live events when the listening connection fails', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  let port: number;
  const warnings: string[] = [];

  beforeAll(async () => {
    const target = new URL(process.env.DATABASE_URL!);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    t = await startTestApp({ viaPort: proxy.port, env: { EVIDENCE_WORKER: 'false', WEBHOOK_WORKER: 'false' } });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    vi.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => void warnings.push(String(message)));
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await proxy?.start();
    await t?.close();
    await proxy?.stop();
  });

  it('warns once, polls meanwhile, reconnects with backoff and streams again', async () => {
    const events = t.app.get(EventsService);
    const stream = openEventStream(`http://127.0.0.1:${port}/api/v1/events?access_token=${encodeURIComponent(t.adminToken)}`);
    try {
      await stream.waitFor((e) => e.type === 'ready', 5_000);
      await until(() => events.listening, 3_000);

      await proxy.cut();
      await until(() => !events.listening, 3_000);
      expect(events.listening).toBe(false);
      // Several reconnect attempts fail in this time (backoff from 0.5 s); one warning says so.
      await new Promise((r) => setTimeout(r, 2_500));
      expect(warnings.filter((w) => w.startsWith('Listening for audit events failed'))).toHaveLength(1);

      await proxy.start();
      await until(() => events.listening, 10_000);
      expect(events.listening).toBe(true);
      const created = await t.http.post('/api/v1/claims').set({ Authorization: `Bearer ${t.adminToken}` }).send({ text: 'Europol said 7 servers were seized after the outage.' }).expect(201);
      const event = await stream.waitFor((e) => e.type === 'audit' && JSON.parse(e.data).entityId === created.body.id, 2_000);
      expect(JSON.parse(event.data).action).toBe('claim.created');
    } finally {
      stream.close();
    }
  }, 30_000);
});

describe('live events on shutdown', () => {
  it('ends open streams so the app closes promptly', async () => {
    const t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const stream = openEventStream(`http://127.0.0.1:${port}/api/v1/events?access_token=${encodeURIComponent(t.adminToken)}`);
    await stream.opened;
    await stream.waitFor((e) => e.type === 'ready', 5_000);
    const started = Date.now();
    await t.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(t.app.get(EventsService).polling).toBe(false);
    expect(t.app.get(EventsService).listening).toBe(false);
    stream.close();
  });
});

describe('token owner', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('tells any role its own token id, name and role, and needs a token', async () => {
    const viewer = await t.http.get('/api/v1/tokens/me').set(await t.auth('viewer')).expect(200);
    expect(viewer.body).toEqual({ id: expect.any(String), name: 'test viewer', role: 'viewer' });
    const editor = await t.http.get('/api/v1/tokens/me').set(await t.auth('editor')).expect(200);
    expect(editor.body).toEqual({ id: expect.any(String), name: 'test editor', role: 'editor' });
    const listed = (await t.http.get('/api/v1/tokens').set(await t.auth('admin')).expect(200)).body as Array<{ id: string; name: string }>;
    expect([viewer.body.id, editor.body.id]).toEqual([listed.find((x) => x.name === 'test viewer')!.id, listed.find((x) => x.name === 'test editor')!.id]);
    // The admin token from the environment is no row, so it has no id to be assigned claims by.
    expect((await t.http.get('/api/v1/tokens/me').set(await t.auth('admin')).expect(200)).body).toEqual({ id: null, name: 'admin (ADMIN_TOKEN)', role: 'admin' });
    await t.http.get('/api/v1/tokens/me').expect(401);
  });
});
