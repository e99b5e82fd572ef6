import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream } from './support/event-stream.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Header = { Authorization: string };
type Token = { id: string; header: Header };

/** Assignment and a second editor's review, under the product's default REVIEW_REQUIRED=true. */
describe('assignment and review before publication', () => {
  let t: TestApp;
  let port: number;
  let ana: Token;
  let anaAgain: Token;
  let bea: Token;
  let viewer: Token;
  let supports: (start?: number) => object;
  let contradicts: object;
  let articleId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { REVIEW_REQUIRED: 'true' } });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    ana = await t.newToken('Ana Silva');
    // The same person with a second token, her name typed differently.
    anaAgain = await t.newToken('  ana   SILVA ');
    bea = await t.newToken('Bea Okafor');
    viewer = await t.newToken('Vic Viewer', 'viewer');
    const article = await t.http.post('/api/v1/articles').set(ana.header).send({ content: 'The harbour authority said 40 ships docked in March.', title: 'Harbour' }).expect(201);
    articleId = article.body.id;
    const source = await t.http.post('/api/v1/articles').set(ana.header).send({ content: 'Port records show 40 ships docked in March. Port records show 12 ships left in April.', title: 'Port records' }).expect(201);
    supports = () => ({ articleId: source.body.id, start: 18, end: 42, stance: 'supports' });
    contradicts = { articleId: source.body.id, start: 62, end: 83, stance: 'contradicts' };
  });
  afterAll(() => t?.close());

  const claimUrl = (id: string) => `/api/v1/claims/${id}`;
  const newClaim = async (text: string) => (await t.http.post('/api/v1/claims').set(ana.header).send({ text }).expect(201)).body as { id: string; version: number };
  const etag = async (id: string) => (await t.http.get(claimUrl(id)).set(viewer.header).expect(200)).headers.etag as string;
  const problem = (res: { status: number; headers: Record<string, string>; body: { type: string; status: number } }, status: number, type: string) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: `/problems/${type}`, status });
  };

  it('assigns a claim, lists it for its assignee, and guards a reassignment with If-Match', async () => {
    const claim = await newClaim('The harbour has 12 cranes.');
    const other = await newClaim('The harbour opened in 1901.');
    const assigned = await t.http.put(`${claimUrl(claim.id)}/assignee`).set(bea.header).send({ tokenId: ana.id }).expect(200);
    expect(assigned.body.assignee).toEqual({ tokenId: ana.id, name: 'Ana Silva' });
    expect(assigned.body.version).toBe(claim.version + 1);
    expect(assigned.headers.etag).toBe(`"${claim.version + 1}"`);

    const mine = await t.http.get('/api/v1/claims').query({ assignee: 'me' }).set(ana.header).expect(200);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([claim.id]);
    const byId = await t.http.get('/api/v1/claims').query({ assignee: ana.id }).set(viewer.header).expect(200);
    expect(byId.body.items.map((c: { id: string }) => c.id)).toEqual([claim.id]);
    const nobody = await t.http.get('/api/v1/claims').query({ assignee: 'none' }).set(viewer.header).expect(200);
    expect(nobody.body.items.map((c: { id: string }) => c.id)).toContain(other.id);
    expect(nobody.body.items.map((c: { id: string }) => c.id)).not.toContain(claim.id);
    expect((await t.http.get('/api/v1/claims').query({ assignee: 'me' }).set(bea.header).expect(200)).body.items).toEqual([]);

    problem(await t.http.put(`${claimUrl(claim.id)}/assignee`).set(bea.header).send({ tokenId: bea.id }), 428, 'precondition-required');
    problem(await t.http.put(`${claimUrl(claim.id)}/assignee`).set(bea.header).set('If-Match', `"${claim.version}"`).send({ tokenId: bea.id }), 412, 'precondition-failed');
    const unassigned = await t.http.put(`${claimUrl(claim.id)}/assignee`).set(bea.header).set('If-Match', assigned.headers.etag).send({ tokenId: null }).expect(200);
    expect(unassigned.body.assignee).toBeNull();

    const history = await t.http.get(`${claimUrl(claim.id)}/history`).set(viewer.header).expect(200);
    const audited = history.body.filter((e: { action: string }) => e.action === 'claim.assigned');
    expect(audited.map((e: { actor: string; after: object }) => [e.actor, e.after])).toEqual([
      ['Bea Okafor', { assignee: { tokenId: ana.id, name: 'Ana Silva' }, version: claim.version + 1 }],
      ['Bea Okafor', { assignee: null, version: claim.version + 2 }],
    ]);
  });

  it('tells editors whom they can assign, and who they are', async () => {
    const assignable = await t.http.get('/api/v1/tokens/assignable').set(bea.header).expect(200);
    expect(assignable.body).toEqual(expect.arrayContaining([{ id: ana.id, name: 'Ana Silva', role: 'editor' }, { id: bea.id, name: 'Bea Okafor', role: 'editor' }]));
    expect(assignable.body.map((x: { id: string }) => x.id)).not.toContain(viewer.id);
    problem(await t.http.get('/api/v1/tokens/assignable').set(viewer.header), 403, 'forbidden');
    expect((await t.http.get('/api/v1/tokens/me').set(bea.header).expect(200)).body).toEqual({ id: bea.id, name: 'Bea Okafor', role: 'editor' });
  });

  it('refuses bad assignments with problem+json and changes nothing', async () => {
    const claim = await newClaim('The harbour has 3 lighthouses.');
    problem(await t.http.put(`${claimUrl(claim.id)}/assignee`).set(bea.header).send({ tokenId: viewer.id }), 422, 'assignee-invalid');
    problem(await t.http.put(`${claimUrl(claim.id)}/assignee`).set(bea.header).send({ tokenId: '6f1c2d1e-8a8b-4c1e-9a57-1f2b3c4d5e6f' }), 422, 'assignee-invalid');
    for (const body of [{}, { tokenId: 'ana' }, { tokenId: 42 }, { tokenId: ana.id, extra: true }]) {
      problem(await t.http.put(`${claimUrl(claim.id)}/assignee`).set(bea.header).send(body), 400, 'validation-failed');
    }
    problem(await t.http.put(`${claimUrl(claim.id)}/assignee`).set(viewer.header).send({ tokenId: ana.id }), 403, 'forbidden');
    problem(await t.http.put(`${claimUrl('6f1c2d1e-8a8b-4c1e-9a57-1f2b3c4d5e6f')}/assignee`).set(bea.header).send({ tokenId: ana.id }), 404, 'not-found');
    for (const query of [{ assignee: 'someone' }, { review: 'pending' }]) problem(await t.http.get('/api/v1/claims').query(query).set(viewer.header), 400, 'validation-failed');
    problem(await t.http.get('/api/v1/claims').query({ assignee: 'me' }).set(await t.auth('admin')), 400, 'validation-failed');
    const after = await t.http.get(claimUrl(claim.id)).set(viewer.header).expect(200);
    expect(after.body).toMatchObject({ version: claim.version, assignee: null });
  });

  it('holds a decided verdict for review: its author cannot approve it under any token, another editor can, and only then is it published', async () => {
    const claim = (await t.http.post('/api/v1/claims').set(ana.header).send({ articleId, quote: { exact: '40 ships docked in March' } }).expect(201)).body;
    await t.http.put(`${claimUrl(claim.id)}/assignee`).set(ana.header).send({ tokenId: ana.id }).expect(200);
    const decided = await t.http.put(`${claimUrl(claim.id)}/verdict`).set(ana.header).send({ verdict: 'verified', note: 'Port records agree.', citations: [supports()] }).expect(200);
    expect(decided.body.review).toEqual({ status: 'awaiting', reviewedBy: null, reviewedAt: null, note: null });

    problem(await t.http.post(`${claimUrl(claim.id)}/publish`).set(ana.header).set('If-Match', decided.headers.etag), 409, 'review-required');
    problem(await t.http.post(`${claimUrl(claim.id)}/review`).set(ana.header).set('If-Match', decided.headers.etag).send({ approve: true }), 403, 'self-review');
    const sameName = await t.http.post(`${claimUrl(claim.id)}/review`).set(anaAgain.header).set('If-Match', decided.headers.etag).send({ approve: true });
    problem(sameName, 403, 'self-review');
    expect(sameName.body.detail).toContain('cannot review it');
    problem(await t.http.post(`${claimUrl(claim.id)}/review`).set(bea.header).send({ approve: true }), 428, 'precondition-required');
    problem(await t.http.post(`${claimUrl(claim.id)}/review`).set(viewer.header).set('If-Match', decided.headers.etag).send({ approve: true }), 403, 'forbidden');
    for (const body of [{}, { approve: 'yes' }, { approve: false }, { approve: false, note: '   ' }, { approve: false, note: '\u200b\u200b' }, { approve: true, note: '\u2060' }, { approve: true, note: 'x'.repeat(2001) }, { approve: true, extra: 1 }]) {
      problem(await t.http.post(`${claimUrl(claim.id)}/review`).set(bea.header).set('If-Match', decided.headers.etag).send(body), 400, 'validation-failed');
    }
    const noNote = await t.http.post(`${claimUrl(claim.id)}/review`).set(bea.header).set('If-Match', decided.headers.etag).send({ approve: false });
    expect(noNote.body.errors).toEqual([{ field: 'note', messages: [expect.stringContaining('required when approve is false')] }]);
    expect(await etag(claim.id)).toBe(decided.headers.etag);

    const queueOf = async (who: Header) => (await t.http.get('/api/v1/claims').query({ review: 'for-me' }).set(who).expect(200)).body.items.map((c: { id: string }) => c.id);
    expect(await queueOf(bea.header)).toContain(claim.id);
    expect(await queueOf(ana.header)).not.toContain(claim.id);
    expect(await queueOf(anaAgain.header)).not.toContain(claim.id);

    const approved = await t.http.post(`${claimUrl(claim.id)}/review`).set(bea.header).set('If-Match', decided.headers.etag).send({ approve: true }).expect(200);
    expect(approved.body.review).toMatchObject({ status: 'approved', reviewedBy: 'Bea Okafor', note: null });
    expect(approved.body.verdict).toMatchObject({ verdict: 'verified', decidedBy: 'Ana Silva', citations: [expect.objectContaining({ stance: 'supports' })] });
    problem(await t.http.post(`${claimUrl(claim.id)}/review`).set(bea.header).set('If-Match', approved.headers.etag).send({ approve: true }), 409, 'not-awaiting-review');
    const published = await t.http.post(`${claimUrl(claim.id)}/publish`).set(ana.header).set('If-Match', approved.headers.etag).expect(200);
    expect(published.body.publishedAt).not.toBeNull();
    expect((await t.http.get(`${claimUrl(claim.id)}/claim-review`).expect(200)).body.reviewRating.alternateName).toBe('Verified');

    const history = await t.http.get(`${claimUrl(claim.id)}/history`).set(viewer.header).expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual(['claim.created', 'claim.assigned', 'verdict.decided', 'verdict.reviewed', 'claim.published']);
    expect(history.body[3]).toMatchObject({ actor: 'Bea Okafor', after: { decision: 'approved', decidedBy: 'Ana Silva', verdict: 'verified' } });
    expect((await t.http.get('/api/v1/audit/verify').set(await t.auth('admin')).expect(200)).body.valid).toBe(true);

    // A correction after approval needs a fresh review; meanwhile readers keep the reviewed verdict.
    const corrected = await t.http
      .put(`${claimUrl(claim.id)}/verdict`)
      .set(ana.header)
      .set('If-Match', published.headers.etag)
      .send({ verdict: 'disputed', citations: [contradicts], reason: 'Later records differ.', correctionNote: 'We first rated this verified.' })
      .expect(200);
    expect(corrected.body.review.status).toBe('awaiting');
    // The reviewer reads the public wording they are about to approve.
    expect((await t.http.get(claimUrl(claim.id)).set(bea.header).expect(200)).body.verdict.correctionNote).toBe('We first rated this verified.');
    expect(decided.body.verdict.correctionNote).toBeNull();
    expect((await t.http.get(`${claimUrl(claim.id)}/claim-review`).expect(200)).body.reviewRating.alternateName).toBe('Verified');
    expect((await t.http.get('/api/v1/corrections').expect(200)).body.items).toEqual([]);
    problem(await t.http.post(`${claimUrl(claim.id)}/publish`).set(bea.header).set('If-Match', corrected.headers.etag), 409, 'review-required');
    const reapproved = await t.http.post(`${claimUrl(claim.id)}/review`).set(bea.header).set('If-Match', corrected.headers.etag).send({ approve: true, note: 'The April records settle it.' }).expect(200);
    await t.http.post(`${claimUrl(claim.id)}/publish`).set(bea.header).set('If-Match', reapproved.headers.etag).expect(200);
    expect((await t.http.get(`${claimUrl(claim.id)}/claim-review`).expect(200)).body.reviewRating.alternateName).toBe('Disputed');
    const corrections = (await t.http.get('/api/v1/corrections').expect(200)).body.items;
    expect(corrections).toMatchObject([{ claimId: claim.id, previousVerdict: 'verified', verdict: 'disputed', note: 'We first rated this verified.' }]);
  });

  it('sends a rejected verdict back to its assignee with the note; it is published only after a new decision is approved', async () => {
    const claim = await newClaim('Port records show 12 ships left in April.');
    const decided = await t.http.put(`${claimUrl(claim.id)}/verdict`).set(ana.header).send({ verdict: 'unsupported', note: 'Only one source.' }).expect(200);
    expect(decided.body.assignee).toBeNull();
    const rejected = await t.http.post(`${claimUrl(claim.id)}/review`).set(bea.header).set('If-Match', decided.headers.etag).send({ approve: false, note: 'Port records support it; cite them.' }).expect(200);
    // Nobody had it: it goes back to its author.
    expect(rejected.body).toMatchObject({ review: { status: 'rejected', reviewedBy: 'Bea Okafor', note: 'Port records support it; cite them.' }, assignee: { tokenId: ana.id, name: 'Ana Silva' } });
    const mine = await t.http.get('/api/v1/claims').query({ assignee: 'me', review: 'rejected' }).set(ana.header).expect(200);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([claim.id]);
    problem(await t.http.post(`${claimUrl(claim.id)}/publish`).set(ana.header).set('If-Match', rejected.headers.etag), 409, 'review-required');
    const history = await t.http.get(`${claimUrl(claim.id)}/history`).set(viewer.header).expect(200);
    expect(history.body.at(-1)).toMatchObject({ action: 'verdict.reviewed', actor: 'Bea Okafor', reason: 'Port records support it; cite them.', after: { decision: 'rejected', note: 'Port records support it; cite them.' } });

    const again = await t.http.put(`${claimUrl(claim.id)}/verdict`).set(ana.header).set('If-Match', rejected.headers.etag).send({ verdict: 'verified', citations: [{ ...supports(), start: 44, end: 83 }], reason: 'Cited the port records.' });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.review).toEqual({ status: 'awaiting', reviewedBy: null, reviewedAt: null, note: null });
    const approved = await t.http.post(`${claimUrl(claim.id)}/review`).set(bea.header).set('If-Match', again.headers.etag).send({ approve: true }).expect(200);
    await t.http.post(`${claimUrl(claim.id)}/publish`).set(ana.header).set('If-Match', approved.headers.etag).expect(200);
  });

  it('announces an assignment and a review live and to webhooks', async () => {
    await t.http.post('/api/v1/webhooks').set(await t.auth('admin')).send({ url: 'https://hooks.example.org/desk', events: ['claim.assigned', 'verdict.reviewed'] }).expect(201);
    const claim = await newClaim('The harbour dredged 2 channels.');
    const stream = openEventStream(`http://127.0.0.1:${port}/api/v1/events?access_token=${encodeURIComponent(bea.header.Authorization.replace('Bearer ', ''))}`);
    try {
      await stream.opened;
      await stream.waitFor((e) => e.type === 'ready', 5_000);
      const assigned = await t.http.put(`${claimUrl(claim.id)}/assignee`).set(ana.header).send({ tokenId: bea.id }).expect(200);
      const event = await stream.waitFor((e) => e.type === 'audit' && JSON.parse(e.data).action === 'claim.assigned', 5_000);
      expect(JSON.parse(event.data)).toMatchObject({ entityId: claim.id, actor: 'Ana Silva', assigneeTokenId: bea.id, version: assigned.body.version });
      const decided = await t.http.put(`${claimUrl(claim.id)}/verdict`).set(bea.header).set('If-Match', assigned.headers.etag).send({ verdict: 'unsupported' }).expect(200);
      await t.http.post(`${claimUrl(claim.id)}/review`).set(ana.header).set('If-Match', decided.headers.etag).send({ approve: true }).expect(200);
      await stream.waitFor((e) => e.type === 'audit' && JSON.parse(e.data).action === 'verdict.reviewed', 5_000);
    } finally {
      stream.close();
    }
    const rows: Array<{ event_type: string; body: string }> = await t.dataSource.query(`SELECT event_type, body FROM webhook_delivery ORDER BY created_at, event_type`);
    expect(rows.map((r) => r.event_type)).toEqual(['claim.assigned', 'verdict.reviewed']);
    expect(JSON.parse(rows[0].body)).toMatchObject({ type: 'claim.assigned', data: { entityId: claim.id, actor: 'Ana Silva', after: { assignee: { tokenId: bea.id } } } });
    expect(JSON.parse(rows[1].body)).toMatchObject({ type: 'verdict.reviewed', data: { actor: 'Ana Silva', after: { decision: 'approved', decidedBy: 'Bea Okafor' } } });
  });
});
