import type { Claim } from '@factdesk/sdk';
import { describe, expect, it } from 'vitest';
import { EMPTY, type Draft } from '../components/drafts.js';
import { missingFromDraft, refusalText, verdictBody } from './decision-draft.js';

type Basis = Pick<Claim, 'verdict' | 'status' | 'publishedAt'>;
const open: Basis = { verdict: null, status: 'open', publishedAt: null };
const decided: Basis = {
  ...open,
  status: 'verified',
  verdict: { id: 'v1', verdict: 'verified', decidedAt: '2026-01-01T00:00:00.000Z', decidedBy: 'Ana (desk)', note: '', reason: null, correctionNote: null, citations: [] },
};
const published: Basis = { ...decided, publishedAt: '2026-01-02T00:00:00.000Z' };
const cited: Draft = {
  ...EMPTY,
  note: ' Two reports agree. ',
  correctionNote: ' Now disputed. ',
  citations: [{ key: 'a:1-5', articleId: 'a', revisionId: 'r', start: 1, end: 5, stance: 'supports', quote: 'words' }],
};

describe(missingFromDraft.name, () => {
  it('asks nothing of a first decision: which citations it needs is the API’s to say', () => {
    expect(missingFromDraft(open, EMPTY, '')).toBeNull();
  });

  it('asks for a reason to correct a verdict, then for the public note of a published one', () => {
    expect(missingFromDraft(decided, EMPTY, '')?.field).toBe('reason');
    expect(missingFromDraft(decided, EMPTY, 'Re-read the sources.')).toBeNull();
    expect(missingFromDraft(published, EMPTY, 'Re-read the sources.')?.field).toBe('correction');
    expect(missingFromDraft(published, cited, 'Re-read the sources.')).toBeNull();
  });
});

describe(verdictBody.name, () => {
  it('sends the trimmed note and the citations’ spans, a reason only when given, and a public note only when published', () => {
    expect(verdictBody('verified', cited, open, '')).toEqual({ verdict: 'verified', note: 'Two reports agree.', citations: [{ articleId: 'a', revisionId: 'r', start: 1, end: 5, stance: 'supports' }] });
    expect(verdictBody('disputed', cited, published, 'New report.')).toMatchObject({ reason: 'New report.', correctionNote: 'Now disputed.' });
  });
});

describe(refusalText.name, () => {
  const problem = { title: 'Refused', status: 422, detail: 'A verified verdict needs at least one citation of another article that supports the claim.' };

  it('gives the API’s words, and for a missing citation where to find one', () => {
    expect(refusalText({ ...problem, type: '/problems/citation-required' })).toBe(`${problem.detail} Tick an evidence passage (keys 1–9 and 0) or cite one by quote.`);
    expect(refusalText({ ...problem, type: '/problems/conflict' })).toBe(problem.detail);
  });
});
