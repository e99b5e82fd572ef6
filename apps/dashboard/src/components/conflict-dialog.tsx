import type { AuditEvent, Claim, Verdict } from '@factdesk/sdk';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { statusOf } from '../labels.js';
import type { Draft } from './drafts.js';
import { History } from './history.js';
import { StatusBadge } from './status.js';
import { Quote } from './quote.js';

export interface Conflict {
  /** The verdict the editor tried to save; null when they were only drafting. */
  verdict: Verdict | null;
  mine: Draft;
  theirs: Claim;
  theirsEtag: string;
  /** What happened to the claim since the editor's version. */
  changes: AuditEvent[];
}

interface Props {
  conflict: Conflict;
  titleOf: (articleId: string) => string;
  busy: boolean;
  error: string | null;
  onKeepTheirs: () => void;
  onContinue: () => void;
  onReapply: (reason: string) => void;
}

/** Another editor decided first: show both decisions and let this editor choose. Nothing is overwritten silently. */
export function ConflictDialog({ conflict, titleOf, busy, error, onKeepTheirs, onContinue, onReapply }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState(conflict.mine.reason);
  const { theirs, mine, verdict } = conflict;
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) onReapply(reason.trim());
  };

  return (
    <dialog ref={dialog} className="dialog conflict" aria-labelledby="conflict-title" onCancel={(e) => e.preventDefault()}>
      <h2 id="conflict-title">Another editor changed this claim</h2>
      <p>
        While you were working, the claim changed. It is now <StatusBadge status={theirs.status} />
        {theirs.verdict && (
          <>
            {' '}by <strong>{theirs.verdict.decidedBy}</strong>
          </>
        )}
        . Nothing of yours has been saved yet.
      </p>
      <div className="compare">
        <section aria-labelledby="theirs-title">
          <h3 id="theirs-title">Their change</h3>
          <History events={conflict.changes} />
          {theirs.verdict && theirs.verdict.citations.length > 0 && (
            <ul className="citations">
              {theirs.verdict.citations.map((c) => (
                <li key={`${c.articleId}:${c.start}`}>
                  {c.stance}: <Quote text={c.quote} /> — {titleOf(c.articleId)}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="mine-title">
          <h3 id="mine-title">Yours</h3>
          <p>{verdict ? <StatusBadge status={verdict} /> : 'A draft (no verdict chosen yet)'}</p>
          {mine.note && <p>Note: {mine.note}</p>}
          {mine.citations.length > 0 ? (
            <ul className="citations">
              {mine.citations.map((c) => (
                <li key={c.key}>
                  {c.stance}: <Quote text={c.quote} /> — {titleOf(c.articleId)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">No citations.</p>
          )}
        </section>
      </div>
      {verdict ? (
        <form onSubmit={submit}>
          <div className="field">
            <label htmlFor="conflict-reason">Reason for replacing their verdict with {statusOf(verdict).label.toLowerCase()} (required)</label>
            <textarea id="conflict-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} autoFocus />
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="button" onClick={onKeepTheirs}>
              Keep theirs
            </button>
            <button type="submit" className="primary" disabled={busy || !reason.trim()}>
              Re-apply mine ({statusOf(verdict).label.toLowerCase()})
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" onClick={onKeepTheirs} autoFocus>
            Keep theirs (discard my draft)
          </button>
          <button type="button" className="primary" onClick={onContinue}>
            Keep my draft, on top of theirs
          </button>
        </div>
      )}
    </dialog>
  );
}
