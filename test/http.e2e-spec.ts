import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from './support/openapi-walk.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET with nothing decoded for us, so the test sees the bytes on the wire; `until` stops reading early. */
function rawGet(url: string, headers: Record<string, string>, until?: (soFar: Buffer) => boolean): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (until?.(Buffer.concat(chunks))) {
          done();
          req.destroy();
        }
      });
      res.on('end', done);
    });
    req.on('error', reject);
    req.setTimeout(5_000, () => req.destroy(new Error(`no answer from ${url} within 5 s`)));
  });
}

describe('HTTP manners: compression, caching, Location', () => {
  let t: TestApp;
  let base: string;
  let editor: { Authorization: string };

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    base = await listen(t.app);
    editor = await t.auth('editor');
  });
  afterAll(() => t?.close());

  it('compresses a large JSON answer with gzip or brotli as asked, and leaves a small one alone', async () => {
    const gzip = await rawGet(`${base}/api/v1/claims?limit=100`, { ...editor, 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = JSON.parse(gunzipSync(gzip.body).toString('utf8'));
    expect(plain.items.length).toBeGreaterThan(10);
    const br = await rawGet(`${base}/api/v1/claims?limit=100`, { ...editor, 'Accept-Encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(plain);
    expect(br.body.length).toBeLessThan(JSON.stringify(plain).length / 2);
    const small = await rawGet(`${base}/api/v1/health`, { 'Accept-Encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('compresses the CSV and NDJSON exports, and still streams them', async () => {
    const csv = await rawGet(`${base}/api/v1/exports/claims?format=csv`, { ...editor, 'Accept-Encoding': 'gzip' });
    expect(csv.headers['content-encoding']).toBe('gzip');
    expect(csv.headers['content-length']).toBeUndefined();
    expect(gunzipSync(csv.body).toString('utf8')).toMatch(/^id,articleId,/);
    const ndjson = await rawGet(`${base}/api/v1/exports/claims?format=jsonl`, { ...editor, 'Accept-Encoding': 'br' });
    expect(ndjson.headers['content-encoding']).toBe('br');
  });

  it('never compresses the live event stream, so the first event arrives at once', async () => {
    const started = Date.now();
    const token = editor.Authorization.replace('Bearer ', '');
    const res = await rawGet(`${base}/api/v1/events?access_token=${token}`, { Accept: 'text/event-stream', 'Accept-Encoding': 'gzip, br' }, (soFar) => soFar.toString('utf8').includes('event: ready'));
    expect(res.headers['content-type']).toContain('text/event-stream');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString('utf8')).toContain('event: ready');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('lets caches keep the public feeds a minute, with an ETag that answers 304', async () => {
    for (const path of ['/api/v1/claim-reviews', '/api/v1/corrections', '/corrections.atom']) {
      const res = await t.http.get(path).expect(200);
      expect(res.headers['cache-control']).toBe('public, max-age=60');
      // A shared cache must keep one copy per origin (CORS) and per encoding.
      expect(res.headers.vary).toMatch(/Origin.*Accept-Encoding/);
      expect(res.headers.etag).toBeTruthy();
      await t.http.get(path).set('If-None-Match', res.headers.etag).expect(304);
    }
    const missing = await t.http.get('/api/v1/claims/00000000-0000-4000-8000-000000000000/claim-review').expect(404);
    expect(missing.headers['cache-control']).toBe('private, no-store');
  });

  it('tells every cache not to store an authenticated answer', async () => {
    for (const path of ['/api/v1/claims', '/api/v1/articles', '/api/v1/tokens/me']) {
      const res = await t.http.get(path).set(editor).expect(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
    }
    const denied = await t.http.get('/api/v1/claims').expect(401);
    expect(denied.headers['cache-control']).toBe('private, no-store');
  });

  it('sends Location with every 201, a replayed one too, and none when nothing was created', async () => {
    const article = await t.http.post('/api/v1/articles').set(editor).set('Idempotency-Key', 'loc-1').send({ content: 'Europol said the operation lasted two days in April 2018.', url: 'https://news.example.com/location' }).expect(201);
    expect(article.headers.location).toBe(`/api/v1/articles/${article.body.id}`);
    await t.http.get(article.headers.location).set(editor).expect(200);
    const replay = await t.http.post('/api/v1/articles').set(editor).set('Idempotency-Key', 'loc-1').send({ content: 'Europol said the operation lasted two days in April 2018.', url: 'https://news.example.com/location' }).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.headers.location).toBe(article.headers.location);

    const revision = await t.http.post(`/api/v1/articles/${article.body.id}/revisions`).set(editor).send({ content: 'Europol said the operation lasted three days in April 2018.' }).expect(201);
    expect(revision.headers.location).toBe(`/api/v1/articles/${article.body.id}/revisions/${revision.body.revision.id}`);
    await t.http.get(revision.headers.location).set(editor).expect(200);

    const claim = await t.http.post('/api/v1/claims').set(editor).send({ text: 'The operation lasted three days.' }).expect(201);
    expect(claim.headers.location).toBe(`/api/v1/claims/${claim.body.id}`);
    const admin = await t.auth('admin');
    const token = await t.http.post('/api/v1/tokens').set(admin).send({ name: 'located', role: 'viewer' }).expect(201);
    expect(token.headers.location).toBe(`/api/v1/tokens/${token.body.id}`);
    const webhook = await t.http.post('/api/v1/webhooks').set(admin).send({ url: 'https://example.org/hook', events: ['claim.created'] }).expect(201);
    expect(webhook.headers.location).toBe(`/api/v1/webhooks/${webhook.body.id}`);

    const same = await t.http.post('/api/v1/articles').set(editor).send({ content: 'Europol said the operation lasted three days in April 2018.', url: 'https://news.example.com/location' }).expect(200);
    expect(same.headers.location).toBeUndefined();
  });
});
