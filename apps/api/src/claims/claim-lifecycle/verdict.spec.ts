import { describe, expect, it } from 'vitest';
import { claimOf, context, decided, NOW, otherSource, problemOf, published, request, TEXT } from './plan-fixtures.js';
import { planVerdict, type CitedSource } from './verdict.js';

describe(planVerdict.name, () => {
  it('decides an open claim: a verdict at the next version, its citations in order, one decided entry', () => {
    const plan = planVerdict(claimOf(), null, request({ note: 'Checked.' }), context());
    expect(plan.verdict).toEqual({ id: 'id-1', claimId: 'claim-1', claimCreatedAt: NOW, outlet: null, verdict: 'verified', note: 'Checked.', reason: null, supersedesId: null, claimVersion: 2, decidedBy: 'editor', decidedByTokenId: null, correctionNote: null });
    expect(plan.citations).toEqual([
      { verdictId: 'id-1', position: 0, articleId: 'article-2', revisionId: 'revision-2', start: 31, end: TEXT.length, stance: 'supports', quote: 'It was founded in 1998.' },
    ]);
    expect(plan.claim).toEqual({ status: 'verified', currentVerdictId: 'id-1', reviewStatus: null });
    expect(plan.correction).toBeNull();
    expect(plan.audit).toEqual([
      {
        action: 'verdict.decided',
        entityType: 'claim',
        entityId: 'claim-1',
        before: { status: 'open', version: 1, verdictId: null, note: null },
        after: { status: 'verified', version: 2, verdictId: 'id-1', reviewStatus: null, note: 'Checked.', citations: [{ articleId: 'article-2', revisionId: 'revision-2', start: 31, end: TEXT.length, stance: 'supports' }] },
        reason: null,
      },
    ]);
  });

  it('accepts an unsupported verdict without citations', () => {
    expect(planVerdict(claimOf(), null, request({ verdict: 'unsupported', citations: [] }), context()).claim.status).toBe('unsupported');
  });

  it('rejects a verified verdict without a supporting citation of another article', () => {
    expect(problemOf(() => planVerdict(claimOf(), null, request({ citations: [otherSource('contradicts')] }), context())).code).toBe('citation-required');
    const ownArticle = { ...otherSource(), articleId: 'article-1', revision: { id: 'revision-1', text: TEXT } };
    expect(problemOf(() => planVerdict(claimOf(), null, request({ citations: [ownArticle] }), context())).code).toBe('citation-required');
  });

  it('rejects a disputed verdict without a contradicting citation', () => {
    const problem = problemOf(() => planVerdict(claimOf(), null, request({ verdict: 'disputed' }), context()));
    expect(problem.code).toBe('citation-required');
    expect(problem.detail).toContain('contradicts the claim');
  });

  it('needs If-Match to change a decided claim, and the current version in it', () => {
    expect(problemOf(() => planVerdict(decided(), { note: '' }, request({ reason: 'New source.' }), context()))).toMatchObject({ code: 'precondition-required', extra: { currentVersion: 2 } });
    expect(problemOf(() => planVerdict(decided(), { note: '' }, request({ reason: 'New source.', ifMatch: '"1"' }), context()))).toMatchObject({ code: 'precondition-failed', extra: { currentVersion: 2 } });
  });

  it('checks the version before anything else', () => {
    const broken = { ...otherSource(), articleId: null, revision: null };
    expect(problemOf(() => planVerdict(claimOf(), null, request({ ifMatch: '"7"', citations: [broken] }), context())).code).toBe('precondition-failed');
  });

  it('needs a reason to change a verdict, and records the change as a correction', () => {
    expect(problemOf(() => planVerdict(decided(), { note: 'Old.' }, request({ ifMatch: '"2"', reason: '  ' }), context())).code).toBe('reason-required');
    const plan = planVerdict(decided(), { note: 'Old.' }, request({ verdict: 'unsupported', citations: [], ifMatch: '"2"', reason: ' A better source. ' }), context());
    expect(plan.verdict).toMatchObject({ reason: 'A better source.', supersedesId: 'verdict-0', claimVersion: 3 });
    expect(plan.audit).toMatchObject([{ action: 'verdict.corrected', before: { status: 'verified', version: 2, verdictId: 'verdict-0', note: 'Old.' }, reason: 'A better source.' }]);
    expect(plan.correction).toBeNull();
  });

  it('needs a public correction note to change a published verdict', () => {
    expect(problemOf(() => planVerdict(published(), { note: '' }, request({ ifMatch: '"2"', reason: 'r' }), context())).code).toBe('correction-note-required');
  });

  it('publishes the correction of a published claim after the decision', () => {
    const plan = planVerdict(published(), { note: '' }, request({ verdict: 'unsupported', citations: [], ifMatch: '"2"', reason: 'r', correctionNote: ' We got it wrong. ' }), context());
    expect(plan.correction).toEqual({ id: 'id-2', claimId: 'claim-1', previousVerdictId: 'verdict-0', verdictId: 'id-1', note: 'We got it wrong.' });
    expect(plan.claim).toEqual({ status: 'unsupported', currentVerdictId: 'id-1', reviewStatus: null, publishedAt: NOW, firstPublishedAt: new Date('2026-01-01T00:00:00Z'), publishedVerdictId: 'id-1' });
    expect(plan.audit.map((e) => e.action)).toEqual(['verdict.corrected', 'correction.published']);
  });

  it('rejects a citation of a missing article or revision, naming its index', () => {
    const noArticle = { ...otherSource(), articleId: null, revision: null };
    expect(problemOf(() => planVerdict(claimOf(), null, request({ citations: [otherSource(), noArticle] }), context()))).toMatchObject({ code: 'citation-invalid', detail: 'citations[1]: no article with id article-2.' });
    const noRevision = { ...otherSource('supports', { revisionId: 'revision-9' }), revision: null };
    expect(problemOf(() => planVerdict(claimOf(), null, request({ citations: [noRevision] }), context())).detail).toBe('citations[0]: article article-2 has no revision revision-9.');
  });

  it('rejects a blank or out-of-range span', () => {
    expect(problemOf(() => planVerdict(claimOf(), null, request({ citations: [otherSource('supports', { start: 30, end: 31 })] }), context())).code).toBe('citation-invalid');
    expect(problemOf(() => planVerdict(claimOf(), null, request({ citations: [otherSource('supports', { start: 31, end: 999 })] }), context())).code).toBe('citation-invalid');
  });

  it('rejects a claim citing itself', () => {
    const itself: CitedSource = { request: { articleId: 'article-1', start: 0, end: 30, stance: 'supports' }, articleId: 'article-1', revision: { id: 'revision-1', text: TEXT } };
    expect(problemOf(() => planVerdict(claimOf(), null, request({ citations: [itself, otherSource()] }), context())).detail).toBe('citations[0]: a claim cannot cite itself.');
  });

  describe('under review', () => {
    it('leaves a new decision awaiting review, even after an approval', () => {
      const plan = planVerdict(decided({ reviewStatus: 'approved' }), { note: '' }, request({ ifMatch: '"2"', reason: 'New source.', reviewRequired: true }), { ...context(), actorTokenId: 'token-a' });
      expect(plan.claim).toMatchObject({ reviewStatus: 'awaiting', currentVerdictId: 'id-1' });
      expect(plan.verdict).toMatchObject({ decidedBy: 'editor', decidedByTokenId: 'token-a', correctionNote: null });
      expect(plan.audit[0].after).toMatchObject({ reviewStatus: 'awaiting' });
    });

    it('keeps a published claim’s correction unpublished until it is reviewed, holding its public note on the verdict', () => {
      const plan = planVerdict(published(), { note: '' }, request({ verdict: 'disputed', citations: [otherSource('contradicts')], ifMatch: '"2"', reason: 'Wrong.', correctionNote: ' We first rated this verified. ', reviewRequired: true }), context());
      expect(plan.correction).toBeNull();
      expect(plan.claim).toEqual({ status: 'disputed', currentVerdictId: 'id-1', reviewStatus: 'awaiting' });
      expect(plan.verdict.correctionNote).toBe('We first rated this verified.');
      expect(plan.audit.map((a) => a.action)).toEqual(['verdict.corrected']);
      // The note is still required at decision time: it is what readers will see.
      expect(problemOf(() => planVerdict(published(), null, request({ ifMatch: '"2"', reason: 'Wrong.', reviewRequired: true }), context())).code).toBe('correction-note-required');
    });

    it('asks for no review when review is off', () => {
      expect(planVerdict(claimOf(), null, request({ reviewRequired: false }), context()).claim.reviewStatus).toBeNull();
    });
  });
});
