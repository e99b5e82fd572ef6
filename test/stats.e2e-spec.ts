import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

const DAY = 86_400_000;

describe('desk stats', () => {
  let t: TestApp;
  let ana: { Authorization: string };
  let ben: { Authorization: string };
  let outletB: string;
  const since = new Date(Date.now() - 2 * DAY).toISOString();
  const until = new Date(Date.now() + DAY).toISOString();

  const article = (outlet: string, content: string) => t.http.post('/api/v1/articles').set(ana).send({ content, outlet, title: `${outlet} report` }).expect(201);
  const claimsOf = async (id: string) => (await t.http.get(`/api/v1/articles/${id}/claims`).set(ana).expect(200)).body.items as Array<{ id: string; version: number }>;
  const decide = (who: { Authorization: string }, claim: { id: string; version: number }, body: object) =>
    t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(who).set('If-Match', `"${claim.version}"`).send(body).expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    const token = async (name: string) => ({ Authorization: `Bearer ${(await t.http.post('/api/v1/tokens').set({ Authorization: `Bearer ${t.adminToken}` }).send({ name, role: 'editor' }).expect(201)).body.secret}` });
    [ana, ben] = await Promise.all([token('Ana'), token('Ben')]);
    const a = await article('Outlet A', 'Police seized 27 servers in Canada on 25 April 2018. The operation cost 3 million euros, officials said. Europol said 9 people were arrested in 2018.');
    const b = await article('Outlet B', 'Police seized 27 servers in Canada on 25 April 2018. Prosecutors said 12 people were questioned in Belgium in 2018.');
    const [a1, a2, a3] = await claimsOf(a.body.id);
    const [b1] = await claimsOf(b.body.id);
    outletB = b.body.id;
    // Claims created 60 s, 120 s, 600 s and 1,200 s before their first verdict (plus the moments the requests take).
    for (const [claim, wait] of [[a1, 60], [a2, 120], [a3, 600], [b1, 1200]] as const) {
      await t.dataSource.query(`UPDATE claim SET created_at = now() - make_interval(secs => $2) WHERE id = $1`, [claim.id, wait]);
    }
    const contradicting = { articleId: b.body.id, start: 0, end: 30, stance: 'contradicts' };
    await decide(ana, a1, { verdict: 'disputed', citations: [contradicting] });
    await decide(ana, a2, { verdict: 'unsupported' });
    await decide(ben, a3, { verdict: 'unsupported' });
    await decide(ben, b1, { verdict: 'unsupported' });
  });
  afterAll(() => t?.close());

  it('counts decisions per day by verdict, every day of the period included', async () => {
    const res = await t.http.get('/api/v1/stats').query({ since, until }).set(ana).expect(200);
    expect(res.body.decidedPerDay.map((d: { day: string }) => d.day)).toEqual(
      Array.from({ length: res.body.decidedPerDay.length }, (_, i) => new Date(Date.parse(`${since.slice(0, 10)}T00:00:00Z`) + i * DAY).toISOString().slice(0, 10)),
    );
    expect(res.body.decidedPerDay.length).toBeGreaterThanOrEqual(3);
    const today = res.body.decidedPerDay.find((d: { day: string }) => d.day === new Date().toISOString().slice(0, 10));
    expect(today).toEqual({ day: today.day, verified: 0, disputed: 1, unsupported: 3 });
  });

  it('gives the median and 90th percentile wait for a first verdict, decisions per editor and disputed share per outlet', async () => {
    const res = await t.http.get('/api/v1/stats').query({ since, until }).set(ana).expect(200);
    // percentile_cont over 60, 120, 600, 1200: median 360, p90 = 600 + 0.7 × 600 = 1020 (each a few seconds more at most).
    const wait = res.body.timeToVerdict;
    expect(wait.count).toBe(4);
    expect(wait.medianSeconds).toBeGreaterThanOrEqual(360);
    expect(wait.medianSeconds).toBeLessThan(365);
    expect(wait.p90Seconds).toBeGreaterThanOrEqual(1020);
    expect(wait.p90Seconds).toBeLessThan(1025);
    expect(res.body.decisionsPerEditor).toEqual([
      { editor: 'Ana', decisions: 2 },
      { editor: 'Ben', decisions: 2 },
    ]);
    expect(res.body.disputedByOutlet).toEqual([
      { outlet: 'Outlet A', decided: 3, disputed: 1, share: 1 / 3 },
      { outlet: 'Outlet B', decided: 1, disputed: 0, share: 0 },
    ]);
    const open = Number((await t.dataSource.query(`SELECT count(*) AS n FROM claim WHERE status = 'open'`))[0].n);
    expect(res.body.openByScore.map((b: { from: number }) => b.from)).toEqual([0, 0.25, 0.5, 0.75]);
    expect(res.body.openByScore.reduce((sum: number, b: { count: number }) => sum + b.count, 0)).toBe(open);
  });

  it('counts nothing outside the period, and defaults to the last 30 days', async () => {
    const before = await t.http.get('/api/v1/stats').query({ since: '2018-01-01T00:00:00Z', until: '2018-01-08T00:00:00Z' }).set(ana).expect(200);
    expect(before.body.decidedPerDay).toHaveLength(7);
    expect(before.body.timeToVerdict).toEqual({ count: 0, medianSeconds: null, p90Seconds: null });
    expect(before.body.decisionsPerEditor).toEqual([]);
    const standard = await t.http.get('/api/v1/stats').set(ana).expect(200);
    expect(Date.parse(standard.body.until) - Date.parse(standard.body.since)).toBe(30 * DAY);
    expect(standard.body.timeToVerdict.count).toBe(4);
  });

  it('answers a bad period with problem+json 400, and a missing token with 401', async () => {
    for (const query of [{ since: 'yesterday' }, { since: '2018-02-30' }, { since: until, until: since }, { since: '2018-01-01', until: '2020-01-01' }, { until: 'x'.repeat(41) }]) {
      const res = await t.http.get('/api/v1/stats').query(query).set(ana);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    await t.http.get('/api/v1/stats').expect(401);
  });

  it('counts a decision under the outlet its article had when it was decided', async () => {
    const article = await t.http.get(`/api/v1/articles/${outletB}`).set(ana).expect(200);
    await t.http.patch(`/api/v1/articles/${outletB}`).set(ana).set('If-Match', article.headers.etag ?? '*').send({ outlet: 'Outlet B (renamed)' }).expect(200);
    const res = await t.http.get('/api/v1/stats').query({ since, until }).set(ana).expect(200);
    expect(res.body.disputedByOutlet.map((o: { outlet: string }) => o.outlet)).toEqual(['Outlet A', 'Outlet B']);
  });
});
