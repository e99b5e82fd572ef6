import { useSyncExternalStore } from 'react';

/** The dashboard routes in the URL fragment, so the API needs no fallback route for it. */
export type Route =
  | { name: 'home' }
  | { name: 'overview' }
  | { name: 'article'; id: string; claim: string | null; passage: { start: number; end: number } | null; revision: string | null; from: string | null }
  | { name: 'claim'; id: string }
  | { name: 'not-found' };

function parseHash(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'overview' && parts.length === 1) return { name: 'overview' };
  if (parts[0] === 'articles' && parts[1]) {
    const passage = /^(\d+)-(\d+)$/.exec(params.get('passage') ?? '');
    return {
      name: 'article',
      id: parts[1],
      claim: params.get('claim'),
      passage: passage ? { start: Number(passage[1]), end: Number(passage[2]) } : null,
      revision: params.get('rev'),
      from: params.get('from'),
    };
  }
  if (parts[0] === 'claims' && parts[1]) return { name: 'claim', id: parts[1] };
  return { name: 'not-found' };
}

export function articleHref(id: string, options: { claim?: string; passage?: { start: number; end: number }; revision?: string; from?: string } = {}): string {
  const params = new URLSearchParams();
  if (options.claim) params.set('claim', options.claim);
  if (options.passage) params.set('passage', `${options.passage.start}-${options.passage.end}`);
  if (options.revision) params.set('rev', options.revision);
  if (options.from) params.set('from', options.from);
  const query = params.toString();
  return `#/articles/${id}${query ? `?${query}` : ''}`;
}

export function navigate(hash: string, replace = false): void {
  if (replace) location.replace(hash);
  else location.hash = hash;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return parseHash(hash);
}

/** The `from` of a link out of a claim, so the article it opens can lead back to the claim. */
export const fromClaim = (claim: { id: string; articleId: string | null }): string | undefined => (claim.articleId ? `${claim.articleId}:${claim.id}` : undefined);

/** The link back to the claim a `from` names (`articleId:claimId`), or null when it names none. */
export function backToClaimHref(from: string | null): string | null {
  const parts = from?.split(':');
  return parts && parts.length === 2 ? articleHref(parts[0], { claim: parts[1] }) : null;
}
