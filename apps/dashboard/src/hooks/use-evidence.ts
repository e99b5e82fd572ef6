import type { ClaimEvidence, EvidencePassage } from '@factdesk/sdk';
import { useCallback, useState } from 'react';
import { api, call } from '../api.js';
import { citationKey, defaultStance, type DraftCitation, type Stance } from '../components/drafts.js';

export type EvidenceLoad = { state: 'loading' } | { state: 'none' } | { state: 'error'; message: string } | { state: 'ready'; data: ClaimEvidence };

/** The passages of other articles that bear on the claim, and the stance the editor would cite each as. */
export function useEvidence(claimId: string) {
  const [evidence, setEvidence] = useState<EvidenceLoad>({ state: 'loading' });
  const [stances, setStances] = useState(new Map<string, Stance>());

  const load = useCallback(async () => {
    setEvidence({ state: 'loading' });
    const result = await call(api.GET('/api/v1/claims/{id}/evidence', { params: { path: { id: claimId } } }));
    // 404 until the evidence for this claim (or the evidence feature itself) exists.
    if (result.ok) setEvidence({ state: 'ready', data: result.data });
    else setEvidence(result.status === 404 ? { state: 'none' } : { state: 'error', message: result.problem.detail });
  }, [claimId]);

  const passages = evidence.state === 'ready' ? evidence.data.evidence : [];
  const stanceFor = (p: EvidencePassage) => stances.get(citationKey(p)) ?? defaultStance(p.stance);
  const chooseStance = (p: EvidencePassage, stance: Stance) => setStances((m) => new Map(m).set(citationKey(p), stance));
  /** The passage as a citation in the stance chosen for it. */
  const citationOf = (p: EvidencePassage): DraftCitation => ({ key: citationKey(p), articleId: p.articleId, revisionId: p.revisionId, start: p.start, end: p.end, stance: stanceFor(p), quote: p.text });

  return { evidence, passages, load, stanceFor, chooseStance, citationOf };
}

export type Evidence = ReturnType<typeof useEvidence>;
