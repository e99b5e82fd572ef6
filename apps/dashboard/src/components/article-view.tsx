import type { Article, Claim } from '@factdesk/sdk';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { allPages, api, call } from '../api.js';
import { announce } from '../announce.js';
import { useLive } from '../live.js';
import { articleName } from '../labels.js';
import { articleHref, navigate, type Route } from '../route.js';
import { useShortcuts } from '../shortcuts.js';
import { visibleRemovals, type ClaimSpan } from '../text-layout.js';
import { ArticleText } from './article-text.js';
import { ClaimPanel } from './claim-panel.js';
import { useDebounced } from './use-debounced.js';
import { Empty, ErrorState, Loading } from './states.js';
import { Progress } from './status.js';

type ArticleRoute = Extract<Route, { name: 'article' }>;
type Load = { state: 'loading' } | { state: 'error'; message: string; status: number } | { state: 'ready'; article: Article; claims: Claim[] };

async function loadArticle(route: ArticleRoute): Promise<Load> {
  const [article, claims] = await Promise.all([
    route.revision
      ? call(api.GET('/api/v1/articles/{id}/revisions/{revisionId}', { params: { path: { id: route.id, revisionId: route.revision } } }))
      : call(api.GET('/api/v1/articles/{id}', { params: { path: { id: route.id } } })),
    allPages((cursor) =>
      call(api.GET('/api/v1/articles/{id}/claims', { params: { path: { id: route.id }, query: { limit: 200, cursor, revisionId: route.revision ?? undefined } } })),
    ),
  ]);
  if (!article.ok) return { state: 'error', message: article.problem.detail, status: article.status };
  if (!claims.ok) return { state: 'error', message: claims.problem.detail, status: claims.status };
  return { state: 'ready', article: article.data, claims: claims.data };
}

export function ArticleView({ route, canDecide }: { route: ArticleRoute; canDecide: boolean }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [showRemoved, setShowRemoved] = useState(false);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [creating, setCreating] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const reload = useCallback(async (quiet = false) => {
    if (!quiet) setLoad({ state: 'loading' });
    const next = await loadArticle(route);
    if (next.state === 'ready') performance.mark('fd:article-data');
    setLoad((prev) => (quiet && next.state === 'error' && prev.state === 'ready' ? prev : next));
    // route is fixed for this view (the parent keys it by article and revision)
  }, []);
  useEffect(() => void reload(), [reload]);

  // For `npm run bench`: time from the data's arrival to the first paint of the text.
  const ready = load.state === 'ready';
  useEffect(() => {
    if (!ready) return;
    requestAnimationFrame(() => {
      performance.mark('fd:article-painted');
      performance.measure('fd:article-render', 'fd:article-data', 'fd:article-painted');
    });
  }, [ready]);

  const claims = load.state === 'ready' ? load.claims : null;
  const ordered = useMemo(() => [...(claims ?? [])].filter((c) => c.selector).sort((a, b) => a.selector!.position.start - b.selector!.position.start), [claims]);
  // The top quarter by check-worthiness stands out; the rest stay readable as text, not a wall of underlines.
  const spans = useMemo<ClaimSpan[]>(() => {
    const cut = [...ordered].sort((a, b) => b.score - a.score)[Math.max(1, Math.ceil(ordered.length / 4)) - 1]?.score ?? 0;
    return ordered.map((c) => ({ id: c.id, start: c.selector!.position.start, end: c.selector!.position.end, status: c.status, strong: c.score >= cut }));
  }, [ordered]);
  const removed = useMemo(() => (showRemoved && load.state === 'ready' ? visibleRemovals(load.article.edits) : []), [showRemoved, load]);
  const progress = useMemo(() => {
    const p = { total: ordered.length, open: 0, verified: 0, disputed: 0, unsupported: 0 };
    for (const c of ordered) p[c.status] += 1;
    return p;
  }, [ordered]);

  const selectedId = route.claim && ordered.some((c) => c.id === route.claim) ? route.claim : null;
  const select = useCallback(
    (id: string) => navigate(articleHref(route.id, { claim: id, passage: route.passage ?? undefined, revision: route.revision ?? undefined, from: route.from ?? undefined }), true),
    [route],
  );

  // Keep the selected claim in view and give it focus, so j/k reads well with a screen reader too.
  useLayoutEffect(() => {
    if (!selectedId) return;
    const badge = document.querySelector<HTMLElement>(`[data-badge="${selectedId}"]`);
    const mark = document.querySelector<HTMLElement>(`[data-claim-id="${selectedId}"]`);
    mark?.scrollIntoView({ block: 'nearest' });
    if (document.activeElement === document.body || document.activeElement?.hasAttribute('data-badge')) badge?.focus({ preventScroll: true });
  }, [selectedId, ready]);
  useEffect(() => {
    if (ready && route.passage) document.querySelector('.passage')?.scrollIntoView({ block: 'center' });
  }, [ready, route.passage]);

  const step = (delta: number) => {
    if (ordered.length === 0) return;
    const index = ordered.findIndex((c) => c.id === selectedId);
    const next = index === -1 ? (delta > 0 ? 0 : ordered.length - 1) : Math.min(ordered.length - 1, Math.max(0, index + delta));
    select(ordered[next].id);
  };

  const createClaim = async () => {
    if (!canDecide || !selection || creating.busy) return;
    setCreating({ busy: true, error: null });
    const result = await call(api.POST('/api/v1/claims', { body: { articleId: route.id, position: selection } }));
    if (!result.ok) return setCreating({ busy: false, error: result.problem.detail });
    setCreating({ busy: false, error: null });
    document.getSelection()?.removeAllRanges();
    setSelection(null);
    const claim = result.data;
    setLoad((prev) => (prev.state === 'ready' && !prev.claims.some((c) => c.id === claim.id) ? { ...prev, claims: [...prev.claims, claim] } : prev));
    announce(result.response.status === 201 ? 'Claim created.' : 'That text already was a claim; it is selected.');
    select(claim.id);
  };

  useShortcuts({ j: () => step(1), k: () => step(-1), c: () => void createClaim() });

  const updateClaim = useCallback((claim: Claim) => {
    setLoad((prev) => (prev.state === 'ready' ? { ...prev, claims: prev.claims.map((c) => (c.id === claim.id ? claim : c)) } : prev));
  }, []);

  // Other editors' work: reload a changed claim of this article, or the list when claims appear.
  const refreshAll = useDebounced(() => void reload(true), 300);
  useLive(async (m) => {
    if (m.kind === 'resync') return refreshAll();
    const { event } = m;
    if (event.entityType === 'article' && event.entityId === route.id) return refreshAll();
    if (event.entityType !== 'claim') return;
    if (event.action === 'claim.created') return refreshAll();
    if (!claims?.some((c) => c.id === event.entityId)) return;
    const fresh = await call(api.GET('/api/v1/claims/{id}', { params: { path: { id: event.entityId } } }));
    if (fresh.ok) updateClaim(fresh.data);
  });

  if (load.state === 'loading') return <Loading label="Loading the article…" />;
  if (load.state === 'error') return <ErrorState message={load.status === 404 ? 'There is no such article (it may have been removed).' : load.message} onRetry={() => void reload()} />;
  const { article } = load;
  const from = route.from?.split(':');

  return (
    <div className={`article-layout${selectedId ? ' with-claim' : ''}`}>
      <article className="article" aria-labelledby="article-title">
        <p className="crumbs">
          <a href="#/">← All articles</a>
          {from && from.length === 2 && (
            <>
              {' · '}
              <a href={articleHref(from[0], { claim: from[1] })}>← Back to the claim</a>
            </>
          )}
        </p>
        <h1 id="article-title">{articleName(article)}</h1>
        <p className="meta">
          {[
            ...[article.outlet, article.author, article.publishedOn].filter(Boolean),
            article.url && (
              <a key="url" href={article.url} rel="noreferrer noopener" target="_blank">
                original
              </a>
            ),
            `revision ${article.revision.number}${route.revision ? ' (an earlier revision)' : ''}`,
          ]
            .filter(Boolean)
            .flatMap((part, i) => (i === 0 ? [part] : [' · ', part]))}
        </p>
        <Progress progress={progress} />
        {route.passage && (
          <p className="notice" role="status">
            The highlighted passage (marked “cited passage”) is evidence for a claim in another article.
          </p>
        )}
        <div className="text-tools">
          <label className="check">
            <input type="checkbox" checked={showRemoved} onChange={(e) => setShowRemoved(e.target.checked)} /> Show removed page furniture ({visibleRemovals(article.edits).length})
          </label>
          <Legend />
        </div>
        {canDecide && (
          <div className={`selection-bar${selection ? ' has-selection' : ''}`} aria-live="polite">
            {selection ? (
              <>
                <span className="selected-quote">“{truncate(article.text.slice(selection.start, selection.end), 90)}”</span>
                <button type="button" onClick={() => void createClaim()} disabled={creating.busy}>
                  Create claim <kbd>c</kbd>
                </button>
              </>
            ) : (
              <span className="hint">Select text in the article to make it a claim.</span>
            )}
            {creating.error && (
              <span className="field-error" role="alert">
                {creating.error}
              </span>
            )}
          </div>
        )}
        {article.text.length === 0 ? (
          <Empty>This revision has no text left after cleaning.</Empty>
        ) : (
          <ArticleText
            text={article.text}
            claims={spans}
            segments={article.segments}
            removed={removed}
            passage={route.passage}
            selectedId={selectedId}
            onPick={select}
            onSelectText={setSelection}
          />
        )}
      </article>
      <aside className={`panel${selectedId ? ' has-claim' : ''}`} aria-label="Claim">
        {selectedId && (
          <button type="button" className="close-sheet" onClick={() => navigate(articleHref(route.id, { passage: route.passage ?? undefined, revision: route.revision ?? undefined, from: route.from ?? undefined }), true)}>
            Close claim
          </button>
        )}
        {selectedId ? (
          <ClaimPanel key={selectedId} claimId={selectedId} canDecide={canDecide} onClaimChanged={updateClaim} position={{ index: ordered.findIndex((c) => c.id === selectedId) + 1, total: ordered.length }} />
        ) : route.passage && from?.length === 2 ? (
          <div className="panel-empty">
            <p>
              The highlighted passage, marked “cited passage”, bears on a claim in another article:
              <q className="passage-quote">{truncate(article.text.slice(route.passage.start, route.passage.end), 300)}</q>
            </p>
            <p>
              <a href={articleHref(from[0], { claim: from[1] })}>← Back to the claim</a>
            </p>
          </div>
        ) : ordered.length === 0 ? (
          <Empty>No claims in this article yet{canDecide ? ': select text to add one.' : '.'}</Empty>
        ) : (
          <div className="panel-empty">
            <p>Pick a claim: click a highlighted passage or its numbered badge, or press <kbd>j</kbd> for the first one.</p>
          </div>
        )}
      </aside>
    </div>
  );
}

function Legend() {
  return (
    <p className="legend" aria-label="Legend">
      <span className="status st-open"><span aria-hidden="true">○</span> open</span>
      <span className="status st-verified"><span aria-hidden="true">✓</span> verified</span>
      <span className="status st-disputed"><span aria-hidden="true">✗</span> disputed</span>
      <span className="status st-unsupported"><span aria-hidden="true">?</span> unsupported</span>
    </p>
  );
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
