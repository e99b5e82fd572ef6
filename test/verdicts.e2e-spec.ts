import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('verdicts', () => {
  let t: TestApp;
  let editor: { Authorization: string };
  let claimArticle: { id: string; text: string };
  let source: { id: string; text: string; revision: { id: string } };
  const span = (text: string, exact: string) => ({ start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });

  async function newClaim(exact: string) {
    const res = await t.http.post('/api/v1/claims').set(editor).send({ articleId: claimArticle.id, quote: { exact } });
    expect([200, 201]).toContain(res.status);
    return res.body;
  }

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.auth('editor');
    const a = await t.http.post('/api/v1/articles').set(editor).send({ content: 'The two-day operation was led by Belgian prosecutors. Amaq publishes in 12 languages. Europol seized servers.' }).expect(201);
    const b = await t.http.post('/api/v1/articles').set(editor).send({ content: 'The operation was led by Belgian prosecutors, Europol said. It was not led by French prosecutors.' }).expect(201);
    claimArticle = a.body;
    source = b.body;
  });
  afterAll(() => t?.close());

  it('verifies a claim with a citation of another article and bumps the version', async () => {
    const claim = await newClaim('led by Belgian prosecutors');
    const citation = { articleId: source.id, ...span(source.text, 'The operation was led by Belgian prosecutors'), stance: 'supports' };
    const res = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).set('If-Match', `"${claim.version}"`).send({ verdict: 'verified', note: 'Matches the Europol statement.', citations: [citation] }).expect(200);
    expect(res.body.status).toBe('verified');
    expect(res.body.version).toBe(claim.version + 1);
    expect(res.headers.etag).toBe(`"${claim.version + 1}"`);
    expect(res.body.verdict.citations).toEqual([{ ...citation, revisionId: source.revision.id, quote: 'The operation was led by Belgian prosecutors' }]);
  });

  it('rejects verified or disputed without a citation of another article', async () => {
    const claim = await newClaim('Europol seized servers.');
    const none = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).send({ verdict: 'verified' }).expect(422);
    expect(none.body.type).toBe('/problems/citation-required');
    const own = { articleId: claimArticle.id, ...span(claimArticle.text, 'Amaq publishes'), stance: 'supports' };
    await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).send({ verdict: 'verified', citations: [own] }).expect(422);
    const wrongStance = { articleId: source.id, ...span(source.text, 'Europol said'), stance: 'supports' };
    await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).send({ verdict: 'disputed', citations: [wrongStance] }).expect(422);
    const after = await t.http.get(`/api/v1/claims/${claim.id}`).set(editor).expect(200);
    expect(after.body.status).toBe('open');
    expect(after.body.version).toBe(claim.version);
  });

  it('rejects a citation that does not point at real text', async () => {
    const claim = await newClaim('Europol seized servers.');
    for (const bad of [
      { articleId: source.id, start: 0, end: 100_000, stance: 'supports' },
      { articleId: source.id, start: 10, end: 5, stance: 'supports' },
      { articleId: '00000000-0000-4000-8000-000000000000', start: 0, end: 5, stance: 'supports' },
    ]) {
      const res = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).send({ verdict: 'verified', citations: [bad] }).expect(422);
      expect(res.body.type).toBe('/problems/citation-invalid');
    }
  });

  it('refuses a citation whose span ends inside an emoji, saying so', async () => {
    const claim = await newClaim('Amaq publishes in 12 languages.');
    const emoji = await t.http.post('/api/v1/articles').set(editor).send({ content: 'Amaq publishes in 12 languages 🌍 worldwide, Europol said.' }).expect(201);
    const at = emoji.body.text.indexOf('🌍');
    const res = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).send({ verdict: 'verified', citations: [{ articleId: emoji.body.id, start: 0, end: at + 1, stance: 'supports' }] }).expect(422);
    expect(res.body.type).toBe('/problems/citation-invalid');
    expect(res.body.detail).toContain(`offset ${at + 1} splits a surrogate pair`);
  });

  it('marks a claim unsupported without citations', async () => {
    const claim = await newClaim('Amaq publishes in 12 languages.');
    const res = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).send({ verdict: 'unsupported', note: 'No other source gives a number.' }).expect(200);
    expect(res.body.status).toBe('unsupported');
    expect(res.body.verdict.citations).toEqual([]);
  });

  it('answers 412 to a stale If-Match and leaves the claim unchanged', async () => {
    const claim = await newClaim('The two-day operation');
    const contradicting = { articleId: source.id, ...span(source.text, 'It was not led by French prosecutors.'), stance: 'contradicts' };
    await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).set('If-Match', `"${claim.version}"`).send({ verdict: 'unsupported' }).expect(200);
    const stale = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).set('If-Match', `"${claim.version}"`).send({ verdict: 'disputed', citations: [contradicting], reason: 'second look' }).expect(412);
    expect(stale.body.type).toBe('/problems/precondition-failed');
    const after = await t.http.get(`/api/v1/claims/${claim.id}`).set(editor).expect(200);
    expect(after.body.status).toBe('unsupported');
    expect(after.body.version).toBe(claim.version + 1);
    const history = await t.http.get(`/api/v1/claims/${claim.id}/history`).set(editor).expect(200);
    expect(history.body.filter((e: { action: string }) => e.action.startsWith('verdict.'))).toHaveLength(1);
  });

  it('answers 428 to a change of verdict without If-Match, while the first verdict may omit it', async () => {
    const claim = await newClaim('was led by Belgian prosecutors');
    const first = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).send({ verdict: 'unsupported' }).expect(200);
    const blind = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).send({ verdict: 'unsupported', note: 'Again.', reason: 'Blind overwrite.' }).expect(428);
    expect(blind.headers['content-type']).toContain('application/problem+json');
    expect(blind.body).toMatchObject({ type: '/problems/precondition-required', status: 428 });
    expect(blind.body.detail).toContain('If-Match');
    const after = await t.http.get(`/api/v1/claims/${claim.id}`).set(editor).expect(200);
    expect(after.headers.etag).toBe(first.headers.etag);
    await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).set('If-Match', first.headers.etag).send({ verdict: 'unsupported', note: 'Again.', reason: 'Read it first.' }).expect(200);
  });

  it('treats changing a verdict as a correction that needs a reason, and keeps both in the history with actors', async () => {
    const claim = await newClaim('Amaq publishes');
    const admin = await t.auth('admin');
    const contradicting = { articleId: source.id, ...span(source.text, 'It was not led by French prosecutors.'), stance: 'contradicts' };
    const supporting = { articleId: source.id, ...span(source.text, 'The operation was led by Belgian prosecutors'), stance: 'supports' };
    const decided = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).send({ verdict: 'disputed', citations: [contradicting] }).expect(200);
    const noReason = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(admin).set('If-Match', decided.headers.etag).send({ verdict: 'verified', citations: [supporting] }).expect(422);
    expect(noReason.body.type).toBe('/problems/reason-required');
    const invisibleReason = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(admin).set('If-Match', decided.headers.etag).send({ verdict: 'verified', citations: [supporting], reason: '\u200b' }).expect(422);
    expect(invisibleReason.body.type).toBe('/problems/reason-required');
    const corrected = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(admin).set('If-Match', decided.headers.etag).send({ verdict: 'verified', citations: [supporting], reason: 'Misread the source.' }).expect(200);
    expect(corrected.body.verdict.reason).toBe('Misread the source.');
    const history = await t.http.get(`/api/v1/claims/${claim.id}/history`).set(editor).expect(200);
    const decisions = history.body.filter((e: { action: string }) => e.action.startsWith('verdict.'));
    expect(decisions.map((e: { action: string }) => e.action)).toEqual(['verdict.decided', 'verdict.corrected']);
    expect(decisions[0].actor).toBe('test editor');
    expect(decisions[0].after.status).toBe('disputed');
    expect(decisions[1].actor).toBe('admin (ADMIN_TOKEN)');
    expect(decisions[1].before.status).toBe('disputed');
    expect(decisions[1].reason).toBe('Misread the source.');
  });

  it('does not let a viewer decide', async () => {
    const claim = await newClaim('Europol seized servers.');
    const viewer = await t.auth('viewer');
    const res = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(viewer).send({ verdict: 'unsupported' }).expect(403);
    expect(res.body.type).toBe('/problems/forbidden');
  });

  it('validates the verdict body', async () => {
    const claim = await newClaim('Europol seized servers.');
    const res = await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).send({ verdict: 'true', extra: 1 }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'verdict']);
  });
});
