import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('bulk decisions and idempotent POSTs', () => {
  let t: TestApp;
  let editor: { Authorization: string };
  let citation: object;
  const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.auth('editor');
    const source = await t.http.post('/api/v1/articles').set(editor).send({ content: 'The operation was led by Belgian prosecutors, Europol said.' }).expect(201);
    citation = { articleId: source.body.id, start: 0, end: 44, stance: 'supports' };
  });
  afterAll(() => t?.close());

  async function newClaim(text: string) {
    return (await t.http.post('/api/v1/claims').set(editor).send({ text }).expect(201)).body as { id: string; version: number };
  }

  it('applies one verdict to many claims and reports each item, with one audit event per claim', async () => {
    const a = await newClaim('Bulk claim A: Belgian prosecutors led it.');
    const b = await newClaim('Bulk claim B: Belgian prosecutors led it.');
    const stale = await newClaim('Bulk claim C: Belgian prosecutors led it.');
    await t.http.put(`/api/v1/claims/${stale.id}/verdict`).set(editor).send({ verdict: 'unsupported' }).expect(200);
    const missing = '00000000-0000-4000-8000-000000000000';
    const res = await t.http
      .post('/api/v1/claims/bulk-verdict')
      .set(editor)
      .send({ verdict: 'verified', note: 'Confirmed by a second report.', citations: [citation], items: [{ claimId: a.id, ifMatch: '"1"' }, { claimId: b.id }, { claimId: stale.id, ifMatch: '"1"' }, { claimId: missing }] })
      .expect(200);
    expect(res.body.results.map((r: { status: number }) => r.status)).toEqual([200, 200, 412, 404]);
    expect(res.body).toMatchObject({ succeeded: 2, failed: 2 });
    expect(res.body.results[0].claim.status).toBe('verified');
    expect(res.body.results[2].problem.type).toBe('/problems/precondition-failed');
    const events = await t.dataSource.query(`SELECT entity_id FROM audit_event WHERE action = 'verdict.decided' AND entity_id = ANY($1::text[])`, [[a.id, b.id]]);
    expect(events).toHaveLength(2);
  });

  it('reports a correction without a reason as a per-item 422, not a thrown error', async () => {
    const decided = await newClaim('Bulk claim D: Belgian prosecutors led it.');
    const first = await t.http.put(`/api/v1/claims/${decided.id}/verdict`).set(editor).send({ verdict: 'unsupported' }).expect(200);
    const res = await t.http.post('/api/v1/claims/bulk-verdict').set(editor).send({ verdict: 'verified', citations: [citation], items: [{ claimId: decided.id, ifMatch: first.headers.etag }] }).expect(200);
    expect(res.body.results[0]).toMatchObject({ status: 422, problem: { type: '/problems/reason-required' } });
    const unread = await t.http.post('/api/v1/claims/bulk-verdict').set(editor).send({ verdict: 'verified', citations: [citation], reason: 'Second source.', items: [{ claimId: decided.id }] }).expect(200);
    expect(unread.body.results[0]).toMatchObject({ status: 428, problem: { type: '/problems/precondition-required' } });
  });

  it('returns the first response to a retried POST with the same Idempotency-Key and changes nothing', async () => {
    const body = { content: 'Police in Spain arrested one man, officials said on Friday.', title: 'Idempotent' };
    const first = await t.http.post('/api/v1/articles').set(editor).set('Idempotency-Key', 'ingest-42').send(body).expect(201);
    const [articles, claims, events] = [await count('article'), await count('claim'), await count('audit_event')];
    const retry = await t.http.post('/api/v1/articles').set(editor).set('Idempotency-Key', 'ingest-42').send(body).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect([await count('article'), await count('claim'), await count('audit_event')]).toEqual([articles, claims, events]);
  });

  it('replays a standalone claim creation instead of creating a duplicate', async () => {
    const first = await t.http.post('/api/v1/claims').set(editor).set('Idempotency-Key', 'claim-7').send({ text: 'Amaq publishes in 12 languages.' }).expect(201);
    const again = await t.http.post('/api/v1/claims').set(editor).set('Idempotency-Key', 'claim-7').send({ text: 'Amaq publishes in 12 languages.' }).expect(201);
    expect(again.body.id).toBe(first.body.id);
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM claim WHERE text = 'Amaq publishes in 12 languages.'`);
    expect(rows[0].n).toBe(1);
  });

  it('refuses the same key for a different request', async () => {
    await t.http.post('/api/v1/claims').set(editor).set('Idempotency-Key', 'claim-8').send({ text: 'First text for this key.' }).expect(201);
    const res = await t.http.post('/api/v1/claims').set(editor).set('Idempotency-Key', 'claim-8').send({ text: 'Another text for the same key.' }).expect(422);
    expect(res.body.type).toBe('/problems/idempotency-key-reused');
  });

  it('does not remember a rejected request, so a corrected retry with the key goes through', async () => {
    await t.http.post('/api/v1/claims').set(editor).set('Idempotency-Key', 'claim-9').send({ text: 'x' }).expect(400);
    await t.http.post('/api/v1/claims').set(editor).set('Idempotency-Key', 'claim-9').send({ text: 'x' }).expect(400);
  });

  it('keeps keys per token: another editor may use the same key', async () => {
    const admin = await t.auth('admin');
    const mine = await t.http.post('/api/v1/claims').set(editor).set('Idempotency-Key', 'shared').send({ text: 'Claim from the editor.' }).expect(201);
    const theirs = await t.http.post('/api/v1/claims').set(admin).set('Idempotency-Key', 'shared').send({ text: 'Claim from the admin.' }).expect(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('replays the bulk result for a retried bulk request', async () => {
    const c = await newClaim('Bulk claim E: Belgian prosecutors led it.');
    const body = { verdict: 'verified', citations: [citation], items: [{ claimId: c.id, ifMatch: '"1"' }] };
    const first = await t.http.post('/api/v1/claims/bulk-verdict').set(editor).set('Idempotency-Key', 'bulk-1').send(body).expect(200);
    const again = await t.http.post('/api/v1/claims/bulk-verdict').set(editor).set('Idempotency-Key', 'bulk-1').send(body).expect(200);
    expect(again.body).toEqual(first.body);
    expect(again.body.results[0].status).toBe(200);
  });

  it('decides the items after a stale one in a bulk request with an Idempotency-Key, and replays the same results', async () => {
    const first = await newClaim('Bulk claim F: Belgian prosecutors led it.');
    const stale = await newClaim('Bulk claim G: Belgian prosecutors led it.');
    const third = await newClaim('Bulk claim H: Belgian prosecutors led it.');
    await t.http.put(`/api/v1/claims/${stale.id}/verdict`).set(editor).send({ verdict: 'unsupported' }).expect(200);
    const body = { verdict: 'verified', citations: [citation], items: [{ claimId: first.id, ifMatch: '"1"' }, { claimId: stale.id, ifMatch: '"1"' }, { claimId: third.id, ifMatch: '"1"' }] };
    const res = await t.http.post('/api/v1/claims/bulk-verdict').set(editor).set('Idempotency-Key', 'bulk-stale-middle').send(body).expect(200);
    expect(res.body.results.map((r: { status: number }) => r.status)).toEqual([200, 412, 200]);
    expect(res.body).toMatchObject({ succeeded: 2, failed: 1 });
    const third_ = await t.http.get(`/api/v1/claims/${third.id}`).set(editor).expect(200);
    expect(third_.body.status).toBe('verified');
    const verdicts = await count('verdict');
    const replay = await t.http.post('/api/v1/claims/bulk-verdict').set(editor).set('Idempotency-Key', 'bulk-stale-middle').send(body).expect(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(res.body);
    expect(await count('verdict')).toBe(verdicts);
  });
});

describe('idempotent creation of secrets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('creates one token for a retried request and never stores its secret for the replay', async () => {
    const admin = await t.auth('admin');
    const first = await t.http.post('/api/v1/tokens').set(admin).set('Idempotency-Key', 'token-1').send({ name: 'retry me', role: 'viewer' }).expect(201);
    expect(first.body.secret).toMatch(/^fd_/);
    const replay = await t.http.post('/api/v1/tokens').set(admin).set('Idempotency-Key', 'token-1').send({ name: 'retry me', role: 'viewer' }).expect(201);
    expect(replay.body.id).toBe(first.body.id);
    expect(replay.body).not.toHaveProperty('secret');
    const stored = await t.dataSource.query(`SELECT response::text AS r FROM idempotency_key WHERE key = 'token-1'`);
    expect(stored[0].r).not.toContain(first.body.secret);
    const tokens = await t.http.get('/api/v1/tokens').set(admin).expect(200);
    expect(tokens.body.filter((x: { name: string }) => x.name === 'retry me')).toHaveLength(1);
  });
});
