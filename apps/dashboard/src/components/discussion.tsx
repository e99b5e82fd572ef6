import type { Comment } from '@factdesk/sdk';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { allPages, api, call } from '../api.js';
import { formatTime } from '../labels.js';
import { useLive } from '../live.js';
import { Empty, ErrorState, Loading } from './states.js';

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; comments: Comment[] };

/** The desk's discussion of a claim: never published, so editors can say what they would not put in a verdict note. */
export function Discussion({ claimId, canWrite }: { claimId: string; canWrite: boolean }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const result = await allPages((cursor) => call(api.GET('/api/v1/claims/{id}/comments', { params: { path: { id: claimId }, query: { limit: 200, cursor } } })));
    setLoad(result.ok ? { state: 'ready', comments: result.data } : { state: 'error', message: result.problem.detail });
  }, [claimId]);

  useEffect(() => {
    setLoad({ state: 'loading' });
    setBody('');
    setError(null);
    void reload();
  }, [reload]);
  useLive((m) => {
    if (m.kind === 'resync' || (m.event.action === 'comment.created' && m.event.entityType === 'claim' && m.event.entityId === claimId)) void reload();
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!body.trim()) return setError('Write something first.');
    setBusy(true);
    setError(null);
    const result = await call(api.POST('/api/v1/claims/{id}/comments', { params: { path: { id: claimId } }, body: { body: body.trim() } }));
    setBusy(false);
    if (!result.ok) return setError(result.problem.detail);
    setBody('');
    setLoad((l) => (l.state === 'ready' && !l.comments.some((c) => c.id === result.data.id) ? { state: 'ready', comments: [...l.comments, result.data] } : l));
  };

  return (
    <section aria-labelledby={`${claimId}-discussion`}>
      <h3 id={`${claimId}-discussion`}>Discussion</h3>
      <p className="hint">For the desk only: comments are never published.</p>
      {load.state === 'loading' && <Loading label="Loading the discussion…" />}
      {load.state === 'error' && <ErrorState message={load.message} onRetry={() => void reload()} />}
      {load.state === 'ready' &&
        (load.comments.length === 0 ? (
          <Empty>No comments yet.</Empty>
        ) : (
          <ol className="comments" aria-live="polite">
            {load.comments.map((c) => (
              <li key={c.id}>
                <p className="comment-meta">
                  <strong>{c.author}</strong> · <time dateTime={c.createdAt}>{formatTime(c.createdAt)}</time>
                </p>
                <p className="comment-body">{c.body}</p>
              </li>
            ))}
          </ol>
        ))}
      {canWrite && (
        <form className="field comment-form" onSubmit={(e) => void submit(e)}>
          <label htmlFor={`${claimId}-comment`}>Add a comment</label>
          <textarea id={`${claimId}-comment`} rows={2} maxLength={4000} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby={error ? `${claimId}-comment-error` : undefined} />
          {error && (
            <p id={`${claimId}-comment-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" disabled={busy}>
            Comment
          </button>
        </form>
      )}
    </section>
  );
}
