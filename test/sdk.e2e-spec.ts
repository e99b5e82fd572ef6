import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactdeskClient, etagOf, type FactdeskClient } from '../libs/sdk/src/index.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The whole editor flow through the generated SDK against a listening server, as an integrator would. */
describe('editor flow through the generated SDK', () => {
  let t: TestApp;
  let api: FactdeskClient;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ seed: true, env: { EVIDENCE_WORKER: 'false' } });
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as { port: number };
    const admin = createFactdeskClient({ baseUrl: `http://127.0.0.1:${port}`, token: () => t.adminToken });
    const created = await admin.POST('/api/v1/tokens', { body: { name: 'SDK editor', role: 'editor' } });
    token = created.data!.secret;
    api = createFactdeskClient({ baseUrl: `http://127.0.0.1:${port}`, token: () => token });
  });
  afterAll(() => t?.close());

  it('finds a claim, reads its evidence, verifies it with a citation, publishes and corrects it', async () => {
    const articles = await api.GET('/api/v1/articles', { params: { query: { q: 'seize servers' } } });
    const article = articles.data!.items[0];
    const claim = await api.POST('/api/v1/claims', { body: { articleId: article.id, quote: { exact: 'The operation was led by Belgian prosecutors' } } });
    expect(claim.response.status).toBe(201);
    const id = claim.data!.id;

    const evidence = await api.GET('/api/v1/claims/{id}/evidence', { params: { path: { id } } });
    expect(evidence.data!.suggestion.verdict).toBe('verified');
    const support = evidence.data!.evidence.find((e) => e.stance === 'supports')!;

    const read = await api.GET('/api/v1/claims/{id}', { params: { path: { id } } });
    const decided = await api.PUT('/api/v1/claims/{id}/verdict', {
      params: { path: { id }, header: { 'If-Match': etagOf(read.response)! } },
      body: { verdict: 'verified', note: 'Another report says the same.', citations: [{ articleId: support.articleId, start: support.start, end: support.end, stance: 'supports' }] },
    });
    expect(decided.data!.status).toBe('verified');

    const stale = await api.PUT('/api/v1/claims/{id}/verdict', {
      params: { path: { id }, header: { 'If-Match': etagOf(read.response)! } },
      body: { verdict: 'unsupported', reason: 'second thoughts' },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error).toMatchObject({ type: '/problems/precondition-failed' });

    const published = await api.POST('/api/v1/claims/{id}/publish', { params: { path: { id } } });
    expect(published.data!.publishedAt).not.toBeNull();
    const review = await api.GET('/api/v1/claims/{id}/claim-review', { params: { path: { id } } });
    expect(review.data!.reviewRating).toMatchObject({ alternateName: 'Verified' });

    const corrected = await api.PUT('/api/v1/claims/{id}/verdict', {
      params: { path: { id }, header: { 'If-Match': etagOf(published.response)! } },
      body: { verdict: 'unsupported', reason: 'The cited passage is about a different operation.', correctionNote: 'We first rated this verified.' },
    });
    expect(corrected.data!.status).toBe('unsupported');
    const corrections = await api.GET('/api/v1/corrections', {});
    expect(corrections.data!.items[0]).toMatchObject({ claimId: id, previousVerdict: 'verified', verdict: 'unsupported' });

    const history = await api.GET('/api/v1/claims/{id}/history', { params: { path: { id } } });
    expect(history.data!.map((e) => e.action)).toEqual(['claim.created', 'verdict.decided', 'claim.published', 'verdict.corrected', 'correction.published']);
  });
});
