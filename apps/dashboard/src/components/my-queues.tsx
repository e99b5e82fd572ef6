import type { Claim } from '@factdesk/sdk';
import { useCallback, useEffect, useState } from 'react';
import { api, call } from '../api.js';
import { announce } from '../announce.js';
import { REVIEW, statusOf } from '../labels.js';
import { useLive } from '../live.js';
import { articleHref } from '../route.js';
import { useSession } from '../session.js';
import { useDebounced } from '../hooks/use-debounced.js';
import { Empty, ErrorState, Loading } from './states.js';

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; claims: Claim[]; more: boolean };
type Filter = { assignee: 'me' } | { review: 'for-me' };

const LIMIT = 50;

/** The editor's own work: the claims handed to them, and other editors' verdicts waiting for their review. */
export function MyQueues() {
  const session = useSession();
  // The admin token from the environment has no id, so nothing can be assigned to it.
  const hasId = Boolean(session?.owner.id);
  useLive((m) => {
    if (m.kind === 'event' && m.event.action === 'claim.assigned' && m.event.assigneeTokenId && m.event.assigneeTokenId === session?.owner.id && m.event.actor !== session.owner.name) {
      announce(`${m.event.actor} assigned you a claim.`);
    }
  });
  if (session?.owner.role === 'viewer') return null;
  return (
    <div className="my-queues">
      {hasId && <ClaimQueue title="My claims" hint="Claims assigned to you, sent-back verdicts included." filter={{ assignee: 'me' }} empty="Nothing is assigned to you." />}
      <ClaimQueue title="Awaiting my review" hint="Other editors’ verdicts to approve or send back before they are published." filter={{ review: 'for-me' }} empty="No verdict is waiting for your review." />
    </div>
  );
}

function ClaimQueue({ title, hint, filter, empty }: { title: string; hint: string; filter: Filter; empty: string }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const key = JSON.stringify(filter);
  const reload = useCallback(async () => {
    const result = await call(api.GET('/api/v1/claims', { params: { query: { ...filter, limit: LIMIT } } }));
    setLoad(result.ok ? { state: 'ready', claims: result.data.items, more: result.data.nextCursor !== null } : { state: 'error', message: result.problem.detail });
  }, [key]);
  useEffect(() => void reload(), [reload]);
  const refresh = useDebounced(() => void reload(), 300);
  useLive((m) => (m.kind === 'resync' || m.event.entityType === 'claim') && refresh());
  const id = title.toLowerCase().replace(/\W+/g, '-');

  return (
    <section className="queue" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="hint">{hint}</p>
      {load.state === 'loading' && <Loading label={`Loading ${title.toLowerCase()}…`} />}
      {load.state === 'error' && <ErrorState message={load.message} onRetry={() => void reload()} />}
      {load.state === 'ready' && load.claims.length === 0 && <Empty>{empty}</Empty>}
      {load.state === 'ready' && load.claims.length > 0 && (
        <ol className="queue-list">
          {load.claims.map((c) => (
            <li key={c.id}>
              <a href={c.articleId ? articleHref(c.articleId, { claim: c.id }) : `#/claims/${c.id}`}>
                <span className="claim-text">{c.text}</span>
              </a>
              <span className="meta">
                {statusOf(c.status).label}
                {c.publishedAt && c.verdict && c.publishedVerdictId !== c.verdict.id && ' · correction of a published verdict'}
                {c.review && ` · ${REVIEW[c.review.status].label.toLowerCase()}`}
                {c.verdict && ` · decided by ${c.verdict.decidedBy}`}
              </span>
            </li>
          ))}
        </ol>
      )}
      {load.state === 'ready' && load.more && <p className="hint">Showing the first {LIMIT}.</p>}
    </section>
  );
}
