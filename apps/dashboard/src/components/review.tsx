import type { Claim } from '@factdesk/sdk';
import { useId, useState } from 'react';
import { api, call } from '../api.js';
import { claimEtag } from '../claim-etag.js';
import { announce } from '../announce.js';
import { formatTime, REVIEW } from '../labels.js';
import { personKey, useSession } from '../session.js';

/**
 * Where the current verdict stands with its second editor, and, for an editor who did not decide it,
 * approve or send back with a note. Its author sees why they cannot (the API refuses it too).
 */
export function Review({ claim, etag, canReview, onReviewed }: { claim: Claim; etag: string; canReview: boolean; onReviewed: (claim: Claim, etag: string) => void }) {
  const session = useSession();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const review = claim.review;
  if (!review || !claim.verdict) return null;
  const mine = session !== null && personKey(session.owner.name) === personKey(claim.verdict.decidedBy);
  const state = REVIEW[review.status];

  const send = async (approve: boolean) => {
    if (busy) return;
    if (!approve && !note.trim()) return setError('Say what should change: the note goes back to the assignee.');
    setBusy(true);
    setError(null);
    const body = approve ? { approve, ...(note.trim() ? { note: note.trim() } : {}) } : { approve, note: note.trim() };
    const result = await call(api.POST('/api/v1/claims/{id}/review', { params: { path: { id: claim.id }, header: { 'If-Match': etag } }, body }));
    setBusy(false);
    if (!result.ok) return setError(result.status === 412 ? 'The verdict changed since you read it; reload the claim and review the new one.' : result.problem.detail);
    setNote('');
    onReviewed(result.data, claimEtag(result.response, result.data));
    announce(approve ? 'Verdict approved: it can be published.' : 'Verdict sent back with your note.');
  };

  return (
    <div className="review" aria-labelledby={`${id}-title`} role="group">
      <p id={`${id}-title`}>
        Review:{' '}
        <span className={`status review-${review.status}`}>
          <span aria-hidden="true">{state.icon}</span> {state.label}
        </span>
        {review.reviewedBy && (
          <>
            {' '}
            by <strong>{review.reviewedBy}</strong> · <time dateTime={review.reviewedAt!}>{formatTime(review.reviewedAt!)}</time>
          </>
        )}
      </p>
      {review.note && <p className="review-note">Reviewer’s note: {review.note}</p>}
      {review.status === 'rejected' && <p className="hint">Decide it again (a correction, with a reason); the new verdict is reviewed afresh.</p>}
      {review.status === 'awaiting' && canReview && mine && <p className="hint">You decided this verdict: another editor must review it before it is published.</p>}
      {review.status === 'awaiting' && canReview && !mine && (
        <div className="review-form">
          <div className="field">
            <label htmlFor={`${id}-note`}>Note to the verdict’s author (required to send it back)</label>
            <textarea id={`${id}-note`} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="button" onClick={() => void send(true)} disabled={busy}>
            Approve for publication
          </button>{' '}
          <button type="button" onClick={() => void send(false)} disabled={busy}>
            Send back
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
