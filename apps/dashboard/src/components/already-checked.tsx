import type { Claim, Schemas } from '@factdesk/sdk';
import { useEffect, useState } from 'react';
import { api, call } from '../api.js';
import { claimEtag } from '../claim-etag.js';
import { articleName, formatTime, quotedName, statusOf } from '../labels.js';
import { StatusBadge } from './status.js';

type Related = Schemas['RelatedClaimDto'];

/**
 * "Already checked": a decided claim elsewhere says the same thing. Shown on an undecided claim; an
 * editor can take the earlier verdict in one click, citing what it cited.
 */
export function AlreadyChecked({ claim, etag, canDecide, onDecided }: { claim: Claim; etag: string; canDecide: boolean; onDecided: (claim: Claim, etag: string) => void }) {
  const [related, setRelated] = useState<Related[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = claim.verdict === null;

  useEffect(() => {
    setRelated([]);
    setError(null);
    if (!open) return;
    let current = true;
    void call(api.GET('/api/v1/claims/{id}/related', { params: { path: { id: claim.id } } })).then((r) => current && r.ok && setRelated(r.data.items));
    return () => {
      current = false;
    };
  }, [claim.id, open]);

  if (!open || related.length === 0) return null;
  const [best] = related;
  const earlier = best.claim;
  const verdict = earlier.verdict!;
  const where = best.article ? `in ${quotedName(articleName(best.article))}` : 'as a standalone claim';

  const apply = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await call(
      api.PUT('/api/v1/claims/{id}/verdict', {
        params: { path: { id: claim.id }, header: { 'If-Match': etag } },
        body: {
          verdict: verdict.verdict,
          note: `Already checked: the same claim was ${statusOf(verdict.verdict).label.toLowerCase()} on ${formatTime(verdict.decidedAt)} by ${verdict.decidedBy}, ${where} (claim ${earlier.id}).`,
          citations: verdict.citations.map(({ articleId, revisionId, start, end, stance }) => ({ articleId, revisionId, start, end, stance })),
        },
      }),
    );
    setBusy(false);
    if (result.ok) return onDecided(result.data, claimEtag(result.response, result.data));
    setError(result.status === 412 ? 'Someone changed this claim meanwhile: reload it and look again.' : result.problem.detail);
  };

  return (
    <section className="notice already-checked" aria-labelledby={`${claim.id}-already`}>
      <h3 id={`${claim.id}-already`}>Already checked</h3>
      <p>
        <StatusBadge status={verdict.verdict} /> on <time dateTime={verdict.decidedAt}>{formatTime(verdict.decidedAt)}</time> by <strong>{verdict.decidedBy}</strong>, {where}:
      </p>
      <blockquote className="claim-quote">{earlier.text}</blockquote>
      {related.length > 1 && <p className="hint">and {related.length - 1} more decided claim{related.length > 2 ? 's' : ''} saying the same.</p>}
      {canDecide && (
        <button type="button" disabled={busy} onClick={() => void apply()}>
          Apply the same verdict ({verdict.citations.length} citation{verdict.citations.length === 1 ? '' : 's'})
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
