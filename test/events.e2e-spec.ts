import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventsService } from '../apps/api/src/events/events.service.js';
import { openEventStream } from './support/event-stream.js';
import { startTestApp, type TestApp } from './support/test-app.js';


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

  it('polls only while a client is connected', async () => {
    const events = t.app.get(EventsService);
    const stream = openEventStream(`http://127.0.0.1:${port}/api/v1/events?access_token=${encodeURIComponent(editorToken)}`);
    await stream.opened;
    await stream.waitFor((e) => e.type === 'ready', 5_000);
    expect(events.polling).toBe(true);
    stream.close();
    const started = Date.now();
    while (events.polling && Date.now() - started < 3_000) await new Promise((r) => setTimeout(r, 20));
    expect(events.polling).toBe(false);
  });
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
    stream.close();
  });
});

describe('token owner', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('tells any role its own name and role, and needs a token', async () => {
    const viewer = await t.http.get('/api/v1/tokens/me').set(await t.auth('viewer')).expect(200);
    expect(viewer.body).toEqual({ name: 'test viewer', role: 'viewer' });
    const editor = await t.http.get('/api/v1/tokens/me').set(await t.auth('editor')).expect(200);
    expect(editor.body).toEqual({ name: 'test editor', role: 'editor' });
    await t.http.get('/api/v1/tokens/me').expect(401);
  });
});
