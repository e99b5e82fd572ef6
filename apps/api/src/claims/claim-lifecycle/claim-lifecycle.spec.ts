import { describe, expect, it } from 'vitest';
import { personKey } from '../../auth/person-name.js';
import type { Claim } from '../claim.entity.js';
import type { Verdict } from '../verdict.entity.js';
import { planAssign, type AssigneeToken } from './assign.js';
import { planCorrection } from './correction.js';
import { claimOf, context, decided, NOW, otherSource, problemOf, published, request, TEXT, was } from './plan-fixtures.js';
import type { PlanContext } from './plan-types.js';
import { planPublish } from './publish.js';
import { planReview } from './review.js';
import { planVerdict, type CitedSource } from './verdict.js';

// Every rule of a claim's life, one describe per plan (the plans are pure: no database, no Nest).

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

  it('keeps a passage cited twice with the same stance once, and the same passage with another stance beside it', () => {
    const plan = planVerdict(claimOf(), null, request({ citations: [otherSource(), otherSource(), otherSource('contradicts')] }), context());
    expect(plan.citations.map((c) => [c.position, c.stance])).toEqual([
      [0, 'supports'],
      [1, 'contradicts'],
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
    expect(problemOf(() => planVerdict(decided(), was({ note: '' }), request({ reason: 'New source.' }), context()))).toMatchObject({ code: 'precondition-required', extra: { currentVersion: 2 } });
    expect(problemOf(() => planVerdict(decided(), was({ note: '' }), request({ reason: 'New source.', ifMatch: '"1"' }), context()))).toMatchObject({ code: 'precondition-failed', extra: { currentVersion: 2 } });
  });

  it('checks the version before anything else', () => {
    const broken = { ...otherSource(), articleId: null, revision: null };
    expect(problemOf(() => planVerdict(claimOf(), null, request({ ifMatch: '"7"', citations: [broken] }), context())).code).toBe('precondition-failed');
  });

  it('needs a reason to change a verdict, and records the change as a correction', () => {
    expect(problemOf(() => planVerdict(decided(), was({ note: 'Old.' }), request({ ifMatch: '"2"', reason: '  ' }), context())).code).toBe('reason-required');
    expect(problemOf(() => planVerdict(decided(), was({ note: 'Old.' }), request({ ifMatch: '"2"', reason: '\u200b \u200e' }), context())).code).toBe('reason-required');
    const plan = planVerdict(decided(), was({ note: 'Old.' }), request({ verdict: 'unsupported', citations: [], ifMatch: '"2"', reason: ' A better source. ' }), context());
    expect(plan.verdict).toMatchObject({ reason: 'A better source.', supersedesId: 'verdict-0', claimVersion: 3 });
    expect(plan.audit).toMatchObject([{ action: 'verdict.corrected', before: { status: 'verified', version: 2, verdictId: 'verdict-0', note: 'Old.' }, reason: 'A better source.' }]);
    expect(plan.correction).toBeNull();
  });

  it('needs a public correction note to change a published verdict, one a reader can see', () => {
    expect(problemOf(() => planVerdict(published(), was({ note: '' }), request({ ifMatch: '"2"', reason: 'r' }), context())).code).toBe('correction-note-required');
    for (const reviewRequired of [false, true]) {
      expect(problemOf(() => planVerdict(published(), was({ note: '' }), request({ ifMatch: '"2"', reason: 'r', correctionNote: ' \u200b\u2060 ', reviewRequired }), context())).code).toBe('correction-note-required');
    }
  });

  it('refuses a correction that repeats the verdict, its note and its citations, unless a reviewer sent it back', () => {
    const current = was({ note: 'Checked.', citations: [{ articleId: 'article-2', revisionId: 'revision-2', start: 31, end: TEXT.length, stance: 'supports' }] });
    const again = request({ note: ' Checked. ', ifMatch: '"2"', reason: 'r', correctionNote: 'n' });
    expect(problemOf(() => planVerdict(decided(), current, again, context())).code).toBe('verdict-unchanged');
    expect(problemOf(() => planVerdict(published(), current, again, context())).code).toBe('verdict-unchanged');
    expect(planVerdict(decided({ reviewStatus: 'rejected' }), current, again, context()).verdict.supersedesId).toBe('verdict-0');
    expect(planVerdict(decided(), current, { ...again, note: 'Checked twice.' }, context()).verdict.note).toBe('Checked twice.');
    expect(planVerdict(decided(), current, { ...again, citations: [otherSource('supports', { start: 0, end: 30 })] }, context()).citations).toHaveLength(1);
    expect(planVerdict(decided(), current, { ...again, verdict: 'unsupported', citations: [] }, context()).claim.status).toBe('unsupported');
  });

  it('publishes the correction of a published claim after the decision', () => {
    const plan = planVerdict(published(), was({ note: '' }), request({ verdict: 'unsupported', citations: [], ifMatch: '"2"', reason: 'r', correctionNote: ' We got it wrong. ' }), context());
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
      const plan = planVerdict(decided({ reviewStatus: 'approved' }), was({ note: '' }), request({ ifMatch: '"2"', reason: 'New source.', reviewRequired: true }), { ...context(), actorTokenId: 'token-a' });
      expect(plan.claim).toMatchObject({ reviewStatus: 'awaiting', currentVerdictId: 'id-1' });
      expect(plan.verdict).toMatchObject({ decidedBy: 'editor', decidedByTokenId: 'token-a', correctionNote: null });
      expect(plan.audit[0].after).toMatchObject({ reviewStatus: 'awaiting' });
    });

    it('keeps a published claim’s correction unpublished until it is reviewed, holding its public note on the verdict', () => {
      const plan = planVerdict(published(), was({ note: '' }), request({ verdict: 'disputed', citations: [otherSource('contradicts')], ifMatch: '"2"', reason: 'Wrong.', correctionNote: ' We first rated this verified. ', reviewRequired: true }), context());
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

describe(planCorrection.name, () => {
  it('logs the correction and publishes the new verdict, keeping the first publication date', () => {
    const plan = planCorrection(published(), { id: 'verdict-1', verdict: 'disputed' }, 'Corrected.', context());
    expect(plan.correction).toEqual({ id: 'id-1', claimId: 'claim-1', previousVerdictId: 'verdict-0', verdictId: 'verdict-1', note: 'Corrected.' });
    expect(plan.claim).toEqual({ publishedAt: NOW, firstPublishedAt: new Date('2026-01-01T00:00:00Z'), publishedVerdictId: 'verdict-1' });
    expect(plan.audit).toEqual({
      action: 'correction.published',
      entityType: 'claim',
      entityId: 'claim-1',
      before: { verdictId: 'verdict-0' },
      after: { verdictId: 'verdict-1', verdict: 'disputed', correctionId: 'id-1', note: 'Corrected.' },
      reason: 'Corrected.',
    });
  });
});

describe(planReview.name, () => {
  const authored = (overrides: Partial<Pick<Verdict, 'decidedBy' | 'decidedByTokenId'>> = {}) => ({ id: 'verdict-0', verdict: 'verified' as const, decidedBy: 'Ana Silva', decidedByTokenId: 'token-a', ...overrides });
  const awaiting = (overrides: Partial<Claim> = {}) => decided({ reviewStatus: 'awaiting', ...overrides });
  const by = (actor: string, actorTokenId: string | null = 'token-b'): PlanContext => ({ ...context(), actor, actorTokenId });

  it('approves another editor’s verdict and records reviewer, decision and version', () => {
    const plan = planReview(awaiting(), authored(), { approve: true, ifMatch: '"2"' }, by('Bea Editor'));
    expect(plan.claim).toEqual({ reviewStatus: 'approved' });
    expect(plan.review).toEqual({ id: 'id-1', claimId: 'claim-1', verdictId: 'verdict-0', approve: true, note: null, reviewer: 'Bea Editor', reviewerTokenId: 'token-b' });
    expect(plan.audit).toEqual([
      {
        action: 'verdict.reviewed',
        entityType: 'claim',
        entityId: 'claim-1',
        before: { reviewStatus: 'awaiting', version: 2 },
        after: { verdictId: 'verdict-0', verdict: 'verified', decision: 'approved', reviewStatus: 'approved', reviewId: 'id-1', decidedBy: 'Ana Silva', note: null, assignee: null, version: 3 },
        reason: null,
      },
    ]);
  });

  it('never lets the author review their own verdict, whatever the token, case or spacing of the name', () => {
    for (const [name, tokenId] of [['Ana Silva', 'token-a'], ['Ana Silva', 'token-other'], ['  ana   SILVA ', 'token-other'], ['Ａｎａ Silva', null]] as const) {
      expect(problemOf(() => planReview(awaiting(), authored(), { approve: true, ifMatch: '"2"' }, by(name, tokenId))).code, name).toBe('self-review');
      expect(problemOf(() => planReview(awaiting(), authored(), { approve: false, note: 'Fine by me', ifMatch: '"2"' }, by(name, tokenId))).code).toBe('self-review');
    }
    expect(personKey(' Ana\tSilva ')).toBe(personKey('ana silva'));
    expect(personKey('Ana Silva')).not.toBe(personKey('Ana Silvа'));
  });

  it('sends a rejection back to the assignee with its note, or to the author when nobody has the claim', () => {
    const assigned = planReview(awaiting({ assigneeTokenId: 'token-c', assigneeName: 'Cai' }), authored(), { approve: false, note: ' Find an independent source. ', ifMatch: '"2"' }, by('Bea Editor'));
    expect(assigned.claim).toEqual({ reviewStatus: 'rejected' });
    expect(assigned.review.note).toBe('Find an independent source.');
    expect(assigned.audit[0]).toMatchObject({ after: { decision: 'rejected', note: 'Find an independent source.', assignee: { tokenId: 'token-c', name: 'Cai' } }, reason: 'Find an independent source.' });
    const unassigned = planReview(awaiting(), authored(), { approve: false, note: 'Find an independent source.', ifMatch: '"2"' }, by('Bea Editor'));
    expect(unassigned.claim).toEqual({ reviewStatus: 'rejected', assigneeTokenId: 'token-a', assigneeName: 'Ana Silva' });
    expect(problemOf(() => planReview(awaiting(), authored(), { approve: false, note: '  ', ifMatch: '"2"' }, by('Bea Editor'))).code).toBe('validation-failed');
    expect(problemOf(() => planReview(awaiting(), authored(), { approve: false, note: '\u200b', ifMatch: '"2"' }, by('Bea Editor'))).code).toBe('validation-failed');
    expect(planReview(awaiting(), authored(), { approve: true, note: '\u200b', ifMatch: '"2"' }, by('Bea Editor')).review.note).toBeNull();
  });

  it('needs a current If-Match and a verdict that awaits review', () => {
    expect(problemOf(() => planReview(awaiting(), authored(), { approve: true, ifMatch: undefined }, by('Bea Editor'))).code).toBe('precondition-required');
    expect(problemOf(() => planReview(awaiting(), authored(), { approve: true, ifMatch: '"1"' }, by('Bea Editor'))).code).toBe('precondition-failed');
    expect(problemOf(() => planReview(claimOf(), null, { approve: true, ifMatch: '"1"' }, by('Bea Editor'))).code).toBe('not-awaiting-review');
    for (const reviewStatus of ['approved', 'rejected'] as const) {
      expect(problemOf(() => planReview(awaiting({ reviewStatus }), authored(), { approve: true, ifMatch: '"2"' }, by('Bea Editor'))).code).toBe('not-awaiting-review');
    }
    // A verdict decided before review existed (no status) can be reviewed.
    expect(planReview(decided(), authored(), { approve: true, ifMatch: '"2"' }, by('Bea Editor')).claim.reviewStatus).toBe('approved');
  });
});

const current = (overrides: Partial<Pick<Verdict, 'id' | 'verdict' | 'correctionNote'>> = {}) => ({ id: 'verdict-0', verdict: 'verified' as const, correctionNote: null, ...overrides });
const publishing = (reviewRequired = false) => ({ ...context(), reviewRequired });

describe(planPublish.name, () => {
  it('publishes the current verdict, first publication and all, and records it at the next version', () => {
    const plan = planPublish(decided(), current(), '"2"', publishing());
    expect(plan.claim).toEqual({ publishedAt: NOW, firstPublishedAt: NOW, publishedVerdictId: 'verdict-0' });
    expect(plan.audit).toEqual([
      {
        action: 'claim.published',
        entityType: 'claim',
        entityId: 'claim-1',
        after: { articleId: 'article-1', revisionId: 'revision-1', start: 0, end: 30, text: TEXT.slice(0, 30), kind: 'entity', origin: 'extracted', status: 'verified', version: 3, verdictId: 'verdict-0', publishedAt: NOW.toISOString() },
      },
    ]);
  });

  it('changes nothing when the current verdict is already published', () => {
    expect(planPublish(published(), current(), undefined, publishing(true))).toEqual({ claim: null, correction: null, audit: [] });
  });

  it('rejects an undecided claim and a stale If-Match', () => {
    expect(problemOf(() => planPublish(claimOf(), null, undefined, publishing())).code).toBe('not-decided');
    expect(problemOf(() => planPublish(decided(), current(), '"1"', publishing()))).toMatchObject({ code: 'precondition-failed', extra: { currentVersion: 2 } });
  });

  it('under review refuses a verdict that is not approved, saying why', () => {
    for (const reviewStatus of ['awaiting', 'rejected', null] as const) {
      const problem = problemOf(() => planPublish(decided({ reviewStatus }), current(), '"2"', publishing(true)));
      expect(problem).toMatchObject({ code: 'review-required', extra: { reviewStatus: reviewStatus ?? 'awaiting' } });
    }
    expect(planPublish(decided({ reviewStatus: 'approved' }), current(), '"2"', publishing(true)).claim).toMatchObject({ publishedVerdictId: 'verdict-0' });
    // Review off: the desk's one editor publishes alone.
    expect(planPublish(decided({ reviewStatus: 'awaiting' }), current(), '"2"', publishing(false)).claim).toMatchObject({ publishedVerdictId: 'verdict-0' });
  });

  it('publishes a reviewed correction of a published claim as its public correction, with the note given when it was decided', () => {
    const claim = { ...published(), currentVerdictId: 'verdict-1', status: 'disputed' as const, reviewStatus: 'approved' as const, version: 4 };
    const plan = planPublish(claim, current({ id: 'verdict-1', verdict: 'disputed', correctionNote: 'We first rated this verified.' }), '"4"', publishing(true));
    expect(plan.correction).toEqual({ id: 'id-1', claimId: 'claim-1', previousVerdictId: 'verdict-0', verdictId: 'verdict-1', note: 'We first rated this verified.' });
    expect(plan.claim).toEqual({ publishedAt: NOW, firstPublishedAt: new Date('2026-01-01T00:00:00Z'), publishedVerdictId: 'verdict-1' });
    expect(plan.audit.map((a) => a.action)).toEqual(['correction.published']);
  });
});

const token = (overrides: Partial<AssigneeToken> = {}): AssigneeToken => ({ id: 'token-b', name: 'Bea Editor', role: 'editor', revokedAt: null, ...overrides });

describe(planAssign.name, () => {
  it('hands an unassigned claim to an editor without If-Match and records who had it before', () => {
    const plan = planAssign(claimOf(), 'token-b', token(), undefined);
    expect(plan.claim).toEqual({ assigneeTokenId: 'token-b', assigneeName: 'Bea Editor' });
    expect(plan.audit).toEqual([{ action: 'claim.assigned', entityType: 'claim', entityId: 'claim-1', before: { assignee: null, version: 1 }, after: { assignee: { tokenId: 'token-b', name: 'Bea Editor' }, version: 2 } }]);
  });

  it('needs a current If-Match to take a claim from its assignee, and unassigns with null', () => {
    const assigned = claimOf({ assigneeTokenId: 'token-b', assigneeName: 'Bea Editor', version: 2 });
    expect(problemOf(() => planAssign(assigned, null, null, undefined)).code).toBe('precondition-required');
    expect(problemOf(() => planAssign(assigned, null, null, '"1"')).code).toBe('precondition-failed');
    const plan = planAssign(assigned, null, null, '"2"');
    expect(plan.claim).toEqual({ assigneeTokenId: null, assigneeName: null });
    expect(plan.audit[0]).toMatchObject({ before: { assignee: { tokenId: 'token-b', name: 'Bea Editor' } }, after: { assignee: null, version: 3 } });
  });

  it('changes nothing when the claim already has that assignee', () => {
    expect(planAssign(claimOf({ assigneeTokenId: 'token-b', assigneeName: 'Bea Editor' }), 'token-b', token(), '"1"')).toEqual({ claim: null, audit: [] });
  });

  it('refuses unknown, revoked and viewer tokens', () => {
    expect(problemOf(() => planAssign(claimOf(), 'token-x', null, undefined)).code).toBe('assignee-invalid');
    expect(problemOf(() => planAssign(claimOf(), 'token-b', token({ revokedAt: NOW }), undefined)).code).toBe('assignee-invalid');
    expect(problemOf(() => planAssign(claimOf(), 'token-b', token({ role: 'viewer' }), undefined)).code).toBe('assignee-invalid');
  });
});
