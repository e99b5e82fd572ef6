import type { Claim } from '@factdesk/sdk';
import { useCallback, useEffect, useLayoutEffect } from 'react';
import { articleHref, navigate } from '../route.js';
import type { ArticleRoute } from './use-article.js';

/** The claim picked in the article (from the URL), moving between claims, and keeping it in view. */
export function useClaimSelection(route: ArticleRoute, ordered: Claim[], ready: boolean) {
  const selectedId = route.claim && ordered.some((c) => c.id === route.claim) ? route.claim : null;
  const hrefWith = useCallback(
    (claim?: string) => articleHref(route.id, { claim, passage: route.passage ?? undefined, revision: route.revision ?? undefined, from: route.from ?? undefined }),
    [route],
  );
  const select = useCallback((id: string) => navigate(hrefWith(id), true), [hrefWith]);

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

  return { selectedId, select, step, close: () => navigate(hrefWith(), true) };
}
