import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Rewrites history as the database owner would: with the append-only trigger switched off. */
async function tamper(t: TestApp, sql: string, params: unknown[] = []): Promise<void> {
  await t.dataSource.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
  try {
    await t.dataSource.query(sql, params);
  } finally {
    await t.dataSource.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
  }
}

describe('tamper-evident audit chain', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  beforeEach(async () => {
    t = await startTestApp();
    admin = await t.auth('admin');
    const editor = await t.auth('editor');
    await t.http.post('/api/v1/articles').set(editor).send({ content: 'Europol said 26,000 items were referred to nine providers on Friday.' }).expect(201);
    await t.http.post('/api/v1/claims').set(editor).send({ text: 'Europol is based in The Hague.' }).expect(201);
  });
  afterEach(() => t?.close());

  it('links every event to the one before it and verifies end to end', async () => {
    const res = await t.http.get('/api/v1/audit/verify').set(admin).expect(200);
    expect(res.body.valid).toBe(true);
    expect(res.body.firstBroken).toBeNull();
    const events = await t.http.get('/api/v1/audit?limit=200').set(admin).expect(200);
    expect(res.body.events).toBe(events.body.items.length);
    const [newest, previous] = events.body.items;
    expect(newest.prevHash).toBe(previous.hash);
    expect(Number(newest.chainSeq)).toBe(Number(previous.chainSeq) + 1);
    expect(res.body.headHash).toBe(newest.hash);
  });

  it('keeps one chain through several inserts in a transaction, a rolled-back savepoint and concurrent writers', async () => {
    const insert = (db: { query(sql: string): Promise<unknown> }, action: string, n: number) =>
      db.query(`INSERT INTO audit_event (actor, action, entity_type, entity_id) SELECT 'test', '${action}', 'test', g::text FROM generate_series(1, ${n}) g`);
    const writer = async (name: string) =>
      t.dataSource.transaction(async (em) => {
        await insert(em, `${name}.a`, 3);
        await em.query('SAVEPOINT s');
        await insert(em, `${name}.undone`, 2);
        await em.query('ROLLBACK TO SAVEPOINT s');
        await insert(em, `${name}.b`, 1);
      });
    // On the embedded database (one connection) they queue; on a server they contend for the head.
    await Promise.all([writer('w1'), writer('w2'), writer('w3')]);
    const [undone] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action LIKE '%.undone'`);
    expect(undone.n).toBe(0);
    const res = await t.http.get('/api/v1/audit/verify').set(admin).expect(200);
    expect(res.body).toMatchObject({ valid: true, firstBroken: null });
    const [head] = await t.dataSource.query(`SELECT seq::int AS seq FROM audit_chain_head`);
    expect(head.seq).toBe(res.body.events);
  });

  // Only a server has concurrent transactions; the embedded database runs one at a time.
  it.skipIf(!process.env.DATABASE_URL)('hands out ids in commit order, so a writer that waited never lands below a committed id', async () => {
    const insert = (db: { query(sql: string): Promise<unknown> }, action: string) =>
      db.query(`INSERT INTO audit_event (actor, action, entity_type, entity_id) VALUES ('test', '${action}', 'test', 'x')`);
    const a = t.dataSource.createQueryRunner();
    const b = t.dataSource.createQueryRunner();
    try {
      await a.startTransaction();
      await b.startTransaction();
      await insert(a, 'order.a1');
      const [{ pid }] = await b.query('SELECT pg_backend_pid() AS pid');
      const waiting = insert(b, 'order.b');
      // b is blocked on the chain head that a holds; a then writes again and commits.
      for (let i = 0; i < 100; i++) {
        const [row] = await t.dataSource.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid]);
        if (row?.wait_event_type === 'Lock') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await insert(a, 'order.a2');
      await a.commitTransaction();
      await waiting;
      await b.commitTransaction();
    } finally {
      await a.release();
      await b.release();
    }
    const rows: Array<{ action: string }> = await t.dataSource.query(`SELECT action FROM audit_event WHERE action LIKE 'order.%' ORDER BY id`);
    expect(rows.map((r) => r.action)).toEqual(['order.a1', 'order.a2', 'order.b']);
    const [{ disorder }] = await t.dataSource.query(
      `SELECT count(*)::int AS disorder FROM (SELECT chain_seq < lag(chain_seq) OVER (ORDER BY id) AS back FROM audit_event) s WHERE back`,
    );
    expect(disorder).toBe(0);
    const res = await t.http.get('/api/v1/audit/verify').set(admin).expect(200);
    expect(res.body).toMatchObject({ valid: true, firstBroken: null });
  });

  it('names the altered row when an event is rewritten in SQL', async () => {
    const [victim] = await t.dataSource.query(`SELECT id, chain_seq FROM audit_event WHERE action = 'claim.created' ORDER BY chain_seq LIMIT 1`);
    await tamper(t, `UPDATE audit_event SET actor = 'mallory' WHERE id = $1`, [victim.id]);
    const res = await t.http.get('/api/v1/audit/verify').set(admin).expect(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.firstBroken).toMatchObject({ id: victim.id, chainSeq: victim.chain_seq });
    expect(res.body.firstBroken.reason).toMatch(/altered/);
  });

  it('names the gap when an event in the middle is deleted', async () => {
    const rows = await t.dataSource.query(`SELECT id, chain_seq FROM audit_event ORDER BY chain_seq`);
    await tamper(t, 'DELETE FROM audit_event WHERE id = $1', [rows[2].id]);
    const gap = await t.http.get('/api/v1/audit/verify').set(admin).expect(200);
    expect(gap.body.valid).toBe(false);
    expect(gap.body.firstBroken.id).toBe(rows[3].id);
    expect(gap.body.firstBroken.reason).toMatch(/missing/);
  });

  it('notices events removed from the end of the chain', async () => {
    const [last] = await t.dataSource.query(`SELECT id FROM audit_event ORDER BY chain_seq DESC LIMIT 1`);
    await tamper(t, 'DELETE FROM audit_event WHERE id = $1', [last.id]);
    const res = await t.http.get('/api/v1/audit/verify').set(admin).expect(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.firstBroken.reason).toMatch(/removed from the end/);
  });

  it('is for admins only', async () => {
    await t.http.get('/api/v1/audit/verify').set(await t.auth('editor')).expect(403);
    await t.http.get('/api/v1/audit/verify').expect(401);
  });
});
