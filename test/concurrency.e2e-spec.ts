import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

const EDITORS = 50;
const CLAIMS = 5;

describe('editors deciding the same claims at once', () => {
  let t: TestApp;
  let editors: Array<{ Authorization: string }>;
  let claimIds: string[];
  let citation: { articleId: string; start: number; end: number; stance: 'supports' };

  beforeAll(async () => {
    t = await startTestApp({ env: { DB_POOL_SIZE: '20' } });
    const admin = await t.auth('admin');
    editors = [];
    for (let i = 0; i < EDITORS; i++) {
      const res = await t.http.post('/api/v1/tokens').set(admin).send({ name: `editor ${i}`, role: 'editor' }).expect(201);
      editors.push({ Authorization: `Bearer ${res.body.secret}` });
    }
    const source = await t.http.post('/api/v1/articles').set(editors[0]).send({ content: 'The operation was led by Belgian prosecutors, Europol said.' }).expect(201);
    citation = { articleId: source.body.id, start: 0, end: 44, stance: 'supports' };
    claimIds = [];
    for (let i = 0; i < CLAIMS; i++) {
      const res = await t.http.post('/api/v1/claims').set(editors[0]).send({ text: `Claim number ${i}: the operation was led by Belgian prosecutors.` }).expect(201);
      claimIds.push(res.body.id);
    }
  });
  afterAll(() => t?.close());

  async function round(version: number, verdict: 'verified' | 'unsupported', reason?: string) {
    const requests = editors.map((auth, i) =>
      t.http
        .put(`/api/v1/claims/${claimIds[i % CLAIMS]}/verdict`)
        .set(auth)
        .set('If-Match', `"${version}"`)
        .send({ verdict, note: `editor ${i}`, citations: verdict === 'verified' ? [citation] : [], ...(reason ? { reason } : {}) }),
    );
    return Promise.all(requests);
  }

  async function decisionsPerClaim(): Promise<number[]> {
    const rows: Array<{ entity_id: string; n: number }> = await t.dataSource.query(
      `SELECT entity_id, count(*)::int AS n FROM audit_event WHERE action LIKE 'verdict.%' GROUP BY entity_id`,
    );
    return claimIds.map((id) => rows.find((r) => r.entity_id === id)?.n ?? 0);
  }

  it('lets exactly one editor win per claim version; the others get 412 and nothing is lost or duplicated', async () => {
    const first = await round(1, 'verified');
    expect(first.filter((r) => r.status !== 200 && r.status !== 412).map((r) => `${r.status} ${JSON.stringify(r.body)}`)).toEqual([]);
    for (const id of claimIds) {
      const forClaim = first.filter((_, i) => claimIds[i % CLAIMS] === id);
      expect(forClaim.filter((r) => r.status === 200)).toHaveLength(1);
      expect(forClaim.filter((r) => r.status === 412)).toHaveLength(EDITORS / CLAIMS - 1);
    }
    expect(await decisionsPerClaim()).toEqual(Array(CLAIMS).fill(1));

    const second = await round(2, 'unsupported', 'Second look');
    expect(second.filter((r) => r.status === 200)).toHaveLength(CLAIMS);
    expect(second.filter((r) => r.status === 412)).toHaveLength(EDITORS - CLAIMS);
    expect(await decisionsPerClaim()).toEqual(Array(CLAIMS).fill(2));

    for (const id of claimIds) {
      const claim = await t.http.get(`/api/v1/claims/${id}`).set(editors[0]).expect(200);
      expect(claim.body.version).toBe(3);
      expect(claim.body.status).toBe('unsupported');
      // The winner's note is the one stored: no other editor's write slipped in.
      const history = await t.http.get(`/api/v1/claims/${id}/history`).set(editors[0]).expect(200);
      const last = history.body.at(-1);
      expect(last.after.note).toBe(claim.body.verdict.note);
      expect(last.actor).toBe(claim.body.verdict.decidedBy);
    }
  });

  it('keeps the audit chain valid under concurrent writers', async () => {
    const res = await t.http.get('/api/v1/audit/verify').set(await t.auth('admin')).expect(200);
    expect(res.body).toMatchObject({ valid: true, firstBroken: null });
  });
});
