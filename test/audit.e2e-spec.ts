import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
