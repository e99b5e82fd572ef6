import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('access', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('answers 401 problem+json without a token or with an unknown one', async () => {
    const none = await t.http.get('/api/v1/articles').expect(401);
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect(none.body.type).toBe('/problems/unauthorized');
    expect(none.headers['www-authenticate']).toBe('Bearer realm="factdesk"');
    await t.http.get('/api/v1/articles').set('Authorization', 'Bearer fd_nope').expect(401);
    await t.http.get('/api/v1/articles').set('Authorization', 'Basic abc').expect(401);
  });

  it('refuses a token name that would pass for one of Factdesk’s own actors in the audit trail', async () => {
    const admin = await t.auth('admin');
    // Read as the audit trail reads a name: a zero-width prefix, a fullwidth colon or a space before the colon is still system:.
    for (const name of ['system:seed', 'System:bootstrap', ' system:anything', '\u200bsystem:seed', 'system\uff1aseed', 'system :seed', 'sys\u00adtem: seed', '\ufeff SYSTEM\u200b : seed']) {
      const res = await t.http.post('/api/v1/tokens').set(admin).send({ name, role: 'editor' }).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.type).toBe('/problems/validation-failed');
      expect(res.body.detail).toContain('must not start with "system:"');
    }
    await t.http.post('/api/v1/tokens').set(admin).send({ name: 'Systems desk', role: 'editor' }).expect(201);
  });

  it('creates a token whose secret is shown once and stored only as a hash', async () => {
    const admin = await t.auth('admin');
    const created = await t.http.post('/api/v1/tokens').set(admin).send({ name: 'desk laptop', role: 'editor' }).expect(201);
    expect(created.body.secret).toMatch(/^fd_/);
    const list = await t.http.get('/api/v1/tokens').set(admin).expect(200);
    const listed = list.body.find((x: { id: string }) => x.id === created.body.id);
    expect(listed.name).toBe('desk laptop');
    expect(listed).not.toHaveProperty('secret');
    const rows: Array<{ token_hash: string }> = await t.dataSource.query('SELECT token_hash FROM api_token WHERE id = $1', [created.body.id]);
    expect(rows[0].token_hash).not.toContain(created.body.secret);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    await t.http.get('/api/v1/articles').set('Authorization', `Bearer ${created.body.secret}`).expect(200);
  });

  it('decides by role: a viewer reads but cannot write, an editor cannot manage tokens', async () => {
    const viewer = await t.auth('viewer');
    const editor = await t.auth('editor');
    await t.http.get('/api/v1/claims').set(viewer).expect(200);
    const forbidden = await t.http.post('/api/v1/articles').set(viewer).send({ content: 'Europol said 5 servers were seized.' }).expect(403);
    expect(forbidden.body.type).toBe('/problems/forbidden');
    await t.http.post('/api/v1/claims').set(viewer).send({ text: 'A standalone claim.' }).expect(403);
    await t.http.get('/api/v1/tokens').set(editor).expect(403);
    await t.http.post('/api/v1/tokens').set(editor).send({ name: 'x', role: 'admin' }).expect(403);
  });

  it('revokes a token so it stops working at once, and audits it', async () => {
    const admin = await t.auth('admin');
    const created = await t.http.post('/api/v1/tokens').set(admin).send({ name: 'temp', role: 'viewer' }).expect(201);
    const bearer = { Authorization: `Bearer ${created.body.secret}` };
    await t.http.get('/api/v1/articles').set(bearer).expect(200);
    const revoked = await t.http.delete(`/api/v1/tokens/${created.body.id}`).set(admin).expect(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    await t.http.get('/api/v1/articles').set(bearer).expect(401);
    await t.http.delete('/api/v1/tokens/00000000-0000-4000-8000-000000000000').set(admin).expect(404);
    const audit = await t.http.get(`/api/v1/audit?entityType=token&entityId=${created.body.id}`).set(admin).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['token.revoked', 'token.created']);
  });

  it('records the token owner as the actor of a write', async () => {
    const editor = await t.auth('editor');
    const res = await t.http.post('/api/v1/claims').set(editor).send({ text: 'Amaq publishes in 12 languages.' }).expect(201);
    const history = await t.http.get(`/api/v1/claims/${res.body.id}/history`).set(editor).expect(200);
    expect(history.body[0].actor).toBe('test editor');
    expect(history.body[0].requestId).toBeTruthy();
  });

  it('keeps a token name without its surrounding spaces, and refuses one that is only spaces or zero-width characters', async () => {
    const admin = await t.auth('admin');
    const created = await t.http.post('/api/v1/tokens').set(admin).send({ name: '  night desk  ', role: 'viewer' }).expect(201);
    expect(created.body.name).toBe('night desk');
    const blank = await t.http.post('/api/v1/tokens').set(admin).send({ name: '   ', role: 'viewer' }).expect(400);
    expect(blank.headers['content-type']).toMatch(/application\/problem\+json/);
    for (const name of ['\u200b\u200b', '\u200e\u2060', ' \u200b ']) {
      const invisible = await t.http.post('/api/v1/tokens').set(admin).send({ name, role: 'viewer' }).expect(400);
      expect(invisible.body.type).toBe('/problems/validation-failed');
      expect(invisible.body.detail).toContain('name must not be blank');
    }
    const list = await t.http.get('/api/v1/tokens').set(admin).expect(200);
    expect(list.body.filter((tk: { name: string }) => tk.name.trim() === '').length).toBe(0);
  });

  it('rejects a token with an unknown role', async () => {
    const admin = await t.auth('admin');
    await t.http.post('/api/v1/tokens').set(admin).send({ name: 'x', role: 'owner' }).expect(400);
  });
});
