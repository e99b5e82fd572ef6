import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departures } from './support/conforms.js';
import { loadCommittedSpec } from './support/openapi-walk.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('audit trail', () => {
  let t: TestApp;
  let editor: { Authorization: string };
  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.auth('editor');
    await t.http.post('/api/v1/articles').set(editor).send({ content: 'Europol said on Friday that 26,000 items were referred to Telegram.' }).expect(201);
  });
  afterAll(() => t?.close());

  it('writes an event for every create, with actor and request id', async () => {
    const res = await t.http.get('/api/v1/audit?limit=200').set(editor).expect(200);
    const actions = res.body.items.map((e: { action: string }) => e.action);
    expect(actions).toContain('article.created');
    expect(actions).toContain('revision.created');
    expect(actions).toContain('claim.created');
    expect(actions).toContain('token.created');
    for (const e of res.body.items) expect(e.actor).toBeTruthy();
  });

  it('writes every change in the shape openapi.json documents for its action (AuditChange)', async () => {
    const admin = await t.auth('admin');
    const [claim] = (await t.http.get('/api/v1/audit?action=claim.created&limit=1').set(editor).expect(200)).body.items;
    const [article] = (await t.http.get('/api/v1/audit?action=article.created&limit=1').set(editor).expect(200)).body.items;
    await t.http.patch(`/api/v1/articles/${article.entityId}`).set(editor).send({ outlet: 'Contract Desk' }).expect(200);
    const decided = await t.http.put(`/api/v1/claims/${claim.entityId}/verdict`).set(editor).send({ verdict: 'unsupported', note: 'No source yet.', citations: [] }).expect(200);
    await t.http.post(`/api/v1/claims/${claim.entityId}/publish`).set(editor).set('If-Match', decided.headers.etag).expect(200);
    const published = await t.http.get(`/api/v1/claims/${claim.entityId}`).set(editor).expect(200);
    await t.http
      .put(`/api/v1/claims/${claim.entityId}/verdict`)
      .set(editor)
      .set('If-Match', published.headers.etag)
      .send({ verdict: 'unsupported', note: 'Still none.', citations: [], reason: 'Re-checked.', correctionNote: 'Re-checked, unchanged.' })
      .expect(200);
    await t.http.post(`/api/v1/claims/${claim.entityId}/comments`).set(editor).send({ body: 'Asked the outlet.' }).expect(201);
    const hook = await t.http.post('/api/v1/webhooks').set(admin).send({ url: 'https://hooks.example.org/unused', events: ['claim.created'] }).expect(201);
    await t.http.delete(`/api/v1/webhooks/${hook.body.id}`).set(admin).expect(200);

    const spec = loadCommittedSpec() as ReturnType<typeof loadCommittedSpec> & { components: { schemas: Record<string, { discriminator: { mapping: Record<string, string> } }> } };
    const mapping = spec.components.schemas.AuditChange.discriminator.mapping;
    const events: Array<Record<string, unknown> & { action: string }> = (await t.http.get('/api/v1/audit?limit=200').set(admin).expect(200)).body.items;
    const seen = new Set(events.map((e) => e.action));
    for (const action of ['article.created', 'article.updated', 'revision.created', 'claim.created', 'verdict.decided', 'claim.published', 'verdict.corrected', 'correction.published', 'comment.created', 'token.created', 'webhook.created', 'webhook.disabled']) {
      expect(seen, action).toContain(action);
    }
    for (const e of events) {
      expect(mapping[e.action], e.action).toBeDefined();
      const { action, entityType, entityId, before, after, reason } = e;
      expect(departures(spec, { $ref: mapping[e.action] }, { action, entityType, entityId, before, after, reason }), `${e.action} #${e.id}`).toEqual([]);
    }
  });

  it('filters by action and actor and pages newest first', async () => {
    const claims = await t.http.get('/api/v1/audit?action=claim.created').set(editor).expect(200);
    expect(claims.body.items.every((e: { action: string }) => e.action === 'claim.created')).toBe(true);
    const byActor = await t.http.get(`/api/v1/audit?actor=${encodeURIComponent('test editor')}`).set(editor).expect(200);
    expect(byActor.body.items.length).toBeGreaterThan(0);
    const p1 = await t.http.get('/api/v1/audit?limit=1').set(editor).expect(200);
    const p2 = await t.http.get(`/api/v1/audit?limit=1&cursor=${p1.body.nextCursor}`).set(editor).expect(200);
    expect(Number(p2.body.items[0].id)).toBeLessThan(Number(p1.body.items[0].id));
  });

  it('cannot be updated, deleted or truncated, even with SQL', async () => {
    const [{ id }] = await t.dataSource.query('SELECT id FROM audit_event ORDER BY id LIMIT 1');
    await expect(t.dataSource.query(`UPDATE audit_event SET actor = 'mallory' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_event WHERE id = $1', [id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`UPDATE revision SET text = 'rewritten'`)).rejects.toThrow(/append-only/);
    const [row] = await t.dataSource.query('SELECT actor FROM audit_event WHERE id = $1', [id]);
    expect(row.actor).not.toBe('mallory');
  });

  it('rejects a malformed since filter', async () => {
    await t.http.get('/api/v1/audit?since=yesterday').set(editor).expect(400);
  });
});
