import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream } from './support/event-stream.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('discussion on a claim', () => {
  let t: TestApp;
  let port: number;
  let editor: { Authorization: string };
  let viewer: { Authorization: string };
  let claim: { id: string; version: number };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    editor = await t.auth('editor');
    viewer = await t.auth('viewer');
    const article = await t.http.post('/api/v1/articles').set(editor).send({ content: 'The harbour authority said 40 ships docked in March.', title: 'Harbour' }).expect(201);
    claim = (await t.http.post('/api/v1/claims').set(editor).send({ articleId: article.body.id, quote: { exact: '40 ships docked in March' } })).body;
  });
  afterAll(() => t?.close());

  const comments = (id: string) => `/api/v1/claims/${id}/comments`;

  it('keeps editors’ comments in order without changing the claim, and audits each one', async () => {
    const first = await t.http.post(comments(claim.id)).set(editor).send({ body: '  Who counted the ships?  ' }).expect(201);
    expect(first.body).toEqual({ id: expect.any(String), claimId: claim.id, body: 'Who counted the ships?', author: 'test editor', createdAt: expect.any(String) });
    expect(first.headers.location).toBe(`${comments(claim.id)}/${first.body.id}`);
    expect((await t.http.get(first.headers.location).set(viewer).expect(200)).body).toEqual(first.body);
    const admin = await t.auth('admin');
    await t.http.post(comments(claim.id)).set(admin).send({ body: 'The port’s own log, I think.' }).expect(201);

    const list = await t.http.get(comments(claim.id)).set(viewer).expect(200);
    expect(list.body.items.map((c: { body: string }) => c.body)).toEqual(['Who counted the ships?', 'The port’s own log, I think.']);
    expect(list.body.nextCursor).toBeNull();

    const after = await t.http.get(`/api/v1/claims/${claim.id}`).set(viewer).expect(200);
    expect(after.body.version).toBe(claim.version);
    expect(after.body.status).toBe('open');

    const history = await t.http.get(`/api/v1/claims/${claim.id}/history`).set(viewer).expect(200);
    const audited = history.body.filter((e: { action: string }) => e.action === 'comment.created');
    expect(audited).toHaveLength(2);
    expect(audited[0]).toMatchObject({ actor: 'test editor', after: { commentId: first.body.id, body: 'Who counted the ships?' } });
    const chain = await t.http.get('/api/v1/audit/verify').set(admin).expect(200);
    expect(chain.body.valid).toBe(true);
  });

  it('pages through a long discussion with cursors, oldest first', async () => {
    const other = (await t.http.post('/api/v1/claims').set(editor).send({ text: 'The harbour has 12 cranes.' }).expect(201)).body;
    for (let i = 1; i <= 5; i++) await t.http.post(comments(other.id)).set(editor).send({ body: `note ${i}` }).expect(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ body: string }>; nextCursor: string | null } } = await t.http.get(comments(other.id)).query({ limit: 2, ...(cursor ? { cursor } : {}) }).set(viewer).expect(200);
      seen.push(...page.body.items.map((c: { body: string }) => c.body));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['note 1', 'note 2', 'note 3', 'note 4', 'note 5']);
  });

  it('lets viewers read but not write, and refuses bad input with problem+json and no change', async () => {
    const denied = await t.http.post(comments(claim.id)).set(viewer).send({ body: 'I would like to add something.' }).expect(403);
    expect(denied.headers['content-type']).toContain('application/problem+json');
    for (const body of [{}, { body: '' }, { body: '   \n ' }, { body: 42 }, { body: 'x'.repeat(4001) }, { body: 'ok', extra: true }]) {
      const res = await t.http.post(comments(claim.id)).set(editor).send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const unknown = await t.http.post(comments('6f1c2d1e-8a8b-4c1e-9a57-1f2b3c4d5e6f')).set(editor).send({ body: 'Anyone?' }).expect(404);
    expect(unknown.body.type).toBe('/problems/not-found');
    await t.http.get(comments('6f1c2d1e-8a8b-4c1e-9a57-1f2b3c4d5e6f')).set(viewer).expect(404);
    await t.http.get(comments('not-a-uuid')).set(viewer).expect(400);
    const other = (await t.http.post('/api/v1/claims').set(editor).send({ text: 'The harbour opened in 1901.' }).expect(201)).body;
    const elsewhere = (await t.http.get(comments(claim.id)).set(viewer).expect(200)).body.items[0];
    await t.http.get(`${comments(other.id)}/${elsewhere.id}`).set(viewer).expect(404);
    await t.http.get(comments(claim.id)).query({ cursor: 'nonsense' }).set(viewer).expect(400);
    const list = await t.http.get(comments(claim.id)).set(viewer).expect(200);
    expect(list.body.items).toHaveLength(2);
  });

  it('streams a comment live to other editors and never publishes it', async () => {
    const token = viewer.Authorization.replace('Bearer ', '');
    const stream = openEventStream(`http://127.0.0.1:${port}/api/v1/events?access_token=${encodeURIComponent(token)}`);
    try {
      await stream.opened;
      await stream.waitFor((e) => e.type === 'ready', 5_000);
      await t.http.post(comments(claim.id)).set(editor).send({ body: 'Confidential: the source asked not to be named.' }).expect(201);
      const event = await stream.waitFor((e) => e.type === 'audit' && JSON.parse(e.data).action === 'comment.created', 5_000);
      expect(JSON.parse(event.data)).toMatchObject({ entityType: 'claim', entityId: claim.id, actor: 'test editor' });
    } finally {
      stream.close();
    }
    const source = await t.http.post('/api/v1/articles').set(editor).send({ content: 'Port records show 40 ships docked in March.', title: 'Port records' }).expect(201);
    const start = source.body.text.indexOf('40 ships docked in March');
    const decided = await t.http
      .put(`/api/v1/claims/${claim.id}/verdict`)
      .set(editor)
      .send({ verdict: 'verified', citations: [{ articleId: source.body.id, start, end: start + '40 ships docked in March'.length, stance: 'supports' }] })
      .expect(200);
    await t.http.post(`/api/v1/claims/${claim.id}/publish`).set(editor).set('If-Match', `"${decided.body.version}"`).expect((r) => expect([200, 201]).toContain(r.status));
    const review = await t.http.get(`/api/v1/claims/${claim.id}/claim-review`).expect(200);
    expect(JSON.stringify(review.body)).not.toContain('Confidential');
    const page = await t.http.get(`/reviews/${claim.id}`);
    expect(page.text).not.toContain('Confidential');
  });
});
