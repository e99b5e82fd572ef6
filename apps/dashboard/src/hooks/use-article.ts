import type { Article, Claim } from '@factdesk/sdk';
import { useCallback, useEffect, useState } from 'react';
import { allPages, api, call } from '../api.js';
import { useDebounced } from './use-debounced.js';
import { useLive } from '../live.js';
import type { Route } from '../route.js';

export type ArticleRoute = Extract<Route, { name: 'article' }>;
export type ArticleLoad = { state: 'loading' } | { state: 'error'; message: string; status: number } | { state: 'ready'; article: Article; claims: Claim[] };

async function loadArticle(route: ArticleRoute): Promise<ArticleLoad> {
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

/** The article (or one of its revisions) with its claims, kept up to date with other editors' work. */
export function useArticle(route: ArticleRoute) {
  const [load, setLoad] = useState<ArticleLoad>({ state: 'loading' });

  const reload = useCallback(async (quiet = false) => {
    if (!quiet) setLoad({ state: 'loading' });
    const next = await loadArticle(route);
    if (next.state === 'ready') performance.mark('fd:article-data');
    setLoad((prev) => (quiet && next.state === 'error' && prev.state === 'ready' ? prev : next));
    // route is fixed for this view (the parent keys it by article and revision)
  }, []);
  useEffect(() => void reload(), [reload]);

  const claims = load.state === 'ready' ? load.claims : null;
  const updateClaim = useCallback((claim: Claim) => {
    setLoad((prev) => (prev.state === 'ready' ? { ...prev, claims: prev.claims.map((c) => (c.id === claim.id ? claim : c)) } : prev));
  }, []);
  const addClaim = (claim: Claim) => setLoad((prev) => (prev.state === 'ready' && !prev.claims.some((c) => c.id === claim.id) ? { ...prev, claims: [...prev.claims, claim] } : prev));

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

  return { load, claims, reload, updateClaim, addClaim };
}
