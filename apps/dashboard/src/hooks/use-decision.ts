import type { Claim, Verdict } from '@factdesk/sdk';
import { useRef, useState } from 'react';
import { api, call, type Result } from '../api.js';
import { announce } from '../announce.js';
import { claimEtag } from '../claim-etag.js';
import { EMPTY, isEmpty } from '../components/drafts.js';
import { statusOf } from '../labels.js';
import { missingFromDraft, refusalText, verdictBody, type PanelMessage } from './decision-draft.js';
import type { ClaimState } from './use-claim.js';
import type { ClaimHistory } from './use-claim-history.js';
import { useConflict } from './use-conflict.js';
import { useDraft } from './use-draft.js';

interface Args {
  claimId: string;
  canDecide: boolean;
  claim: ClaimState;
  history: ClaimHistory;
}

/** Deciding on the claim from the conflict dialog: their version, and the reason to replace it. */
type OnTheirs = { reason: string; claim: Claim; etag: string };

/** The editor's draft decision and what becomes of it: deciding, publishing, and a 412 conflict. */
export function useDecision({ claimId, canDecide, claim, history }: Args) {
  const { draft, setDraft } = useDraft(claimId);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const correctionRef = useRef<HTMLTextAreaElement>(null);
  const conflicts = useConflict({ claim, draft, setDraft, say: setMessage, loadHistory: history.load });
  const { basis, guard } = claim;
  guard.current.keepsDraft = !isEmpty(draft) || conflicts.conflict !== null;

  /** Sends a change of the claim: its answer becomes the claim; a 412 shows what the other editor did to `base`. */
  const send = async (request: () => Promise<Result<Claim>>, verdict: Verdict | null, base: Claim, onSaved: (saved: Claim) => void) => {
    guard.current.saving = true;
    setBusy(true);
    setMessage(null);
    const result = await request();
    guard.current.saving = false;
    setBusy(false);
    if (result.ok) {
      claim.adopt(result.data, claimEtag(result.response, result.data));
      onSaved(result.data);
      void history.load();
      return;
    }
    if (result.status === 412) return conflicts.open(verdict, base);
    setMessage({ kind: 'error', text: refusalText(result.problem) });
  };

  const decide = async (verdict: Verdict, onTheirs?: OnTheirs) => {
    if (!canDecide || basis.state !== 'ready' || guard.current.saving) return;
    const base = onTheirs?.claim ?? basis.claim;
    const etag = onTheirs?.etag ?? basis.etag;
    const reason = (onTheirs?.reason ?? draft.reason).trim();
    const missing = missingFromDraft(base, draft, reason);
    if (missing) {
      setMessage({ kind: 'error', text: missing.text });
      return (missing.field === 'reason' ? reasonRef : correctionRef).current?.focus();
    }
    const body = verdictBody(verdict, draft, base, reason);
    await send(() => call(api.PUT('/api/v1/claims/{id}/verdict', { params: { path: { id: claimId }, header: { 'If-Match': etag } }, body })), verdict, base, (saved) => {
      conflicts.close();
      setDraft(() => EMPTY);
      const next = saved.review?.status === 'awaiting' ? ' It now awaits another editor’s review before it can be published.' : '';
      setMessage({ kind: 'success', text: `Saved: ${statusOf(verdict).label}.${next}` });
      announce(`Claim marked ${verdict}.`);
    });
  };

  const publish = async () => {
    if (!canDecide || basis.state !== 'ready' || guard.current.saving) return;
    const { claim: base, etag } = basis;
    await send(() => call(api.POST('/api/v1/claims/{id}/publish', { params: { path: { id: claimId }, header: { 'If-Match': etag } } })), null, base, () => {
      setMessage({ kind: 'success', text: 'Published: the review is public, and changing the verdict is now a public correction.' });
      announce('Claim published.');
    });
  };

  const reapply = (reason: string) => {
    const { conflict } = conflicts;
    if (!conflict?.verdict) return;
    setDraft((d) => ({ ...d, reason }));
    void decide(conflict.verdict, { reason, claim: conflict.theirs, etag: conflict.theirsEtag });
  };

  return {
    draft,
    setDraft,
    message,
    busy,
    reasonRef,
    correctionRef,
    decide,
    publish,
    conflict: conflicts.conflict,
    /** Opens the conflict dialog on another editor's change offered while drafting on `base`. */
    reviewTheirs: (base: Claim) => void conflicts.open(null, base),
    keepTheirs: conflicts.keepTheirs,
    continueOnTheirs: conflicts.continueOnTheirs,
    reapply,
  };
}

export type Decision = ReturnType<typeof useDecision>;
