import { ProblemError } from '../../common/problem.js';
import type { Claim } from '../claim.entity.js';
import type { PlanContext } from './plan-types.js';
import type { CitedSource, PreviousVerdict, VerdictRequest } from './verdict.js';

/** The claims, sources and context the plans' specs share: a claim on the first sentence of TEXT. */

export const TEXT = 'Europol is based in The Hague. It was founded in 1998.';
export const NOW = new Date('2026-03-01T12:00:00Z');

export function claimOf(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 'claim-1',
    seq: '1',
    articleId: 'article-1',
    revisionId: 'revision-1',
    start: 0,
    end: 30,
    text: TEXT.slice(0, 30),
    prefix: '',
    suffix: ' It was',
    kind: 'entity',
    kinds: ['entity'],
    claimedOn: null,
    score: 0.5,
    signals: [],
    origin: 'extracted',
    status: 'open',
    currentVerdictId: null,
    firstPublishedAt: null,
    publishedAt: null,
    publishedVerdictId: null,
    publicationSeq: null,
    assigneeTokenId: null,
    assigneeName: null,
    reviewStatus: null,
    version: 1,
    createdBy: 'seed',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export const decided = (overrides: Partial<Claim> = {}) => claimOf({ status: 'verified', currentVerdictId: 'verdict-0', version: 2, ...overrides });
/** The claim's current verdict as planVerdict compares a new decision with (decided() is verified). */
export const was = (overrides: Partial<PreviousVerdict> = {}): PreviousVerdict => ({ verdict: 'verified', note: '', citations: [], ...overrides });
export const published = () => decided({ publishedAt: new Date('2026-02-01T00:00:00Z'), firstPublishedAt: new Date('2026-01-01T00:00:00Z'), publishedVerdictId: 'verdict-0' });

/** A passage of another article: "It was founded in 1998." */
export const otherSource = (stance: 'supports' | 'contradicts' = 'supports', request: Partial<CitedSource['request']> = {}): CitedSource => ({
  request: { articleId: 'article-2', start: 31, end: TEXT.length, stance, ...request },
  articleId: 'article-2',
  revision: { id: 'revision-2', text: TEXT },
});

export function context(): PlanContext {
  let n = 0;
  return { actor: 'editor', now: NOW, newId: () => `id-${++n}` };
}

export const request = (overrides: Partial<VerdictRequest> = {}): VerdictRequest => ({ verdict: 'verified', citations: [otherSource()], ifMatch: undefined, ...overrides });

export function problemOf(plan: () => unknown): ProblemError {
  try {
    plan();
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('expected a ProblemError');
}
