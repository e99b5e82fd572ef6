import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Item {
  id: string;
  score: number;
  status: string;
  kind: string;
  articleId: string | null;
}

const forge = (body: unknown) => Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');

// The desk's queue: GET /claims ordered and filtered on the server, paged by keyset under each order.
describe('claims queue (sort, kind, outlet)', () => {
  let t: TestApp;
  let viewer: { Authorization: string };
  let outlet: string;

  /** Every page of a query, following nextCursor. */
  async function walk(query: Record<string, string | number>): Promise<Item[]> {
    const items: Item[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 500; pages++) {
      const res = await t.http
        .get('/api/v1/claims')
        .query({ ...query, ...(cursor ? { cursor } : {}) })
        .set(viewer)
        .expect(200);
      items.push(...res.body.items);
      cursor = res.body.nextCursor ?? undefined;
      if (!cursor) return items;
    }
    throw new Error('more than 500 pages');
  }
  const ids = async (sql: string, params: unknown[] = []) => ((await t.dataSource.query(sql, params)) as Array<{ id: string }>).map((r) => r.id);

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    viewer = await t.auth('viewer');
    // Ties that cross page borders: seven claims share one score, so a cursor on score alone would skip or repeat.
    await t.dataSource.query(`UPDATE claim SET score = 0.5 WHERE id IN (SELECT id FROM claim ORDER BY seq LIMIT 7)`);
    [{ outlet }] = await t.dataSource.query(`SELECT a.outlet FROM article a JOIN claim c ON c.article_id = a.id WHERE a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY count(*) DESC LIMIT 1`);
  }, 120_000);
  afterAll(() => t?.close());

  it('pages through every claim once, most check-worthy first, ties newest first (sort=-score)', async () => {
    const items = await walk({ sort: '-score', limit: 3 });
    expect(items.map((c) => c.id)).toEqual(await ids(`SELECT id FROM claim ORDER BY score DESC, seq DESC`));
    expect(items.length).toBeGreaterThan(20);
    for (let i = 1; i < items.length; i++) expect(items[i].score).toBeLessThanOrEqual(items[i - 1].score);
  });

  it('pages through the open claims least check-worthy first (sort=score&status=open)', async () => {
    const items = await walk({ sort: 'score', status: 'open', limit: 2 });
    expect(items.map((c) => c.id)).toEqual(await ids(`SELECT id FROM claim WHERE status = 'open' ORDER BY score ASC, seq ASC`));
    expect(items.every((c) => c.status === 'open')).toBe(true);
  });

  it('filters by kind and by outlet under each order, and keeps creation order as the default', async () => {
    const kind = (await t.dataSource.query(`SELECT kind FROM claim GROUP BY kind ORDER BY count(*) DESC LIMIT 1`))[0].kind as string;
    const byKind = await walk({ sort: '-score', kind, limit: 4 });
    expect(byKind.map((c) => c.id)).toEqual(await ids(`SELECT id FROM claim WHERE kind = $1 ORDER BY score DESC, seq DESC`, [kind]));
    expect(byKind.length).toBeGreaterThan(0);

    const byOutlet = await walk({ sort: '-score', outlet, status: 'open', limit: 4 });
    const expected = await ids(`SELECT c.id FROM claim c JOIN article a ON a.id = c.article_id WHERE a.outlet = $1 AND c.status = 'open' ORDER BY c.score DESC, c.seq DESC`, [outlet]);
    expect(byOutlet.map((c) => c.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(await t.dataSource.query(`SELECT count(*)::int AS n FROM claim`).then((r) => r[0].n));

    const bySeq = await walk({ outlet, limit: 5 });
    expect(bySeq.map((c) => c.id)).toEqual(await ids(`SELECT c.id FROM claim c JOIN article a ON a.id = c.article_id WHERE a.outlet = $1 ORDER BY c.seq`, [outlet]));
    expect((await walk({ outlet: 'No such outlet' })).length).toBe(0);
  });

  it('answers bad sorts, kinds, outlets and cursors with problem+json 400, never a 500', async () => {
    const seqPage = await t.http.get('/api/v1/claims').query({ limit: 1 }).set(viewer).expect(200);
    const scorePage = await t.http.get('/api/v1/claims').query({ limit: 1, sort: '-score' }).set(viewer).expect(200);
    const cases: Array<Record<string, string>> = [
      { sort: 'rank' },
      { kind: 'rumour' },
      { outlet: '' },
      { outlet: 'x'.repeat(201) },
      // A cursor belongs to the order it came from.
      { sort: '-score', cursor: seqPage.body.nextCursor },
      { sort: 'score', cursor: scorePage.body.nextCursor },
      { cursor: scorePage.body.nextCursor },
      { sort: '-score', cursor: forge({ k: '5', s: '0.5', o: '-score' }) },
      // Scores a real cannot hold would be a database error.
      { sort: '-score', cursor: forge({ k: '5', s: 1e39, o: '-score' }) },
      { sort: '-score', cursor: forge({ k: '5', s: 1e-50, o: '-score' }) },
      { sort: '-score', cursor: forge({ k: '99999999999999999999', s: 0.5, o: '-score' }) },
    ];
    for (const query of cases) {
      const res = await t.http.get('/api/v1/claims').query(query).set(viewer);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const forged = await t.http
      .get('/api/v1/claims')
      .query({ sort: '-score', cursor: forge({ k: '1', s: 0, o: '-score' }) })
      .set(viewer)
      .expect(200);
    expect(forged.body.items).toEqual([]);
  });
});
