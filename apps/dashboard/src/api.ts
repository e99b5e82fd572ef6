import { asProblem, createFactdeskClient, type ArticleSummary, type Article, type Problem } from '@factdesk/sdk';

const TOKEN_KEY = 'factdesk.token';

/** The signed-in token lives in localStorage so every tab of the dashboard shares one session. */
export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

export const api = createFactdeskClient({ token: tokenStore.get });

export type Result<T> = { ok: true; data: T; response: Response } | { ok: false; problem: Problem; status: number; response?: Response };

const unauthorizedListeners = new Set<() => void>();
/** Called when the API says the token is no longer valid (revoked while signed in). */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Turns an openapi-fetch answer (or a network failure) into one result type with a problem+json error. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Result<T>> {
  try {
    const { data, error, response } = await request;
    if (response.ok && data !== undefined) return { ok: true, data, response };
    if (response.status === 401) unauthorizedListeners.forEach((l) => l());
    return { ok: false, problem: asProblem(error, response.status), status: response.status, response };
  } catch (error) {
    return { ok: false, problem: asProblem(error instanceof Error ? `The API could not be reached (${error.message}).` : error, 0), status: 0 };
  }
}

/** Every page of a cursor-paginated list, up to `max` items. */
export async function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<Result<{ items: T[]; nextCursor: string | null }>>, max = 1000): Promise<Result<T[]>> {
  const items: T[] = [];
  let cursor: string | undefined;
  let last: Response | undefined;
  do {
    const page = await fetchPage(cursor);
    if (!page.ok) return page;
    items.push(...page.data.items);
    last = page.response;
    cursor = page.data.nextCursor ?? undefined;
  } while (cursor && items.length < max);
  return { ok: true, data: items, response: last! };
}

/** A list read up to a point: the items and the cursor of what follows (null at the end). */
export type PageRun<T> = { items: T[]; next: string | null };

/** At least `count` items of a cursor-paginated list from `cursor` on (fewer at its end), in pages of at most 200. */
export async function pagesFrom<T>(
  count: number,
  fetchPage: (limit: number, cursor: string | undefined) => Promise<Result<{ items: T[]; nextCursor: string | null }>>,
  cursor?: string,
): Promise<Result<PageRun<T>>> {
  const items: T[] = [];
  let next: string | null = cursor ?? null;
  let response: Response;
  do {
    const page = await fetchPage(Math.min(200, Math.max(1, count - items.length)), next ?? undefined);
    if (!page.ok) return page;
    items.push(...page.data.items);
    next = page.data.nextCursor;
    response = page.response;
  } while (next && items.length < count);
  return { ok: true, data: { items, next }, response };
}

/** Article summaries (titles for citations and the queue), loaded once and refreshed on demand. */
let summaries: Promise<Result<ArticleSummary[]>> | null = null;
export function articleSummaries(refresh = false): Promise<Result<ArticleSummary[]>> {
  if (!summaries || refresh) {
    summaries = allPages((cursor) => call(api.GET('/api/v1/articles', { params: { query: { limit: 200, cursor } } })));
    summaries.then((r) => !r.ok && (summaries = null));
  }
  return summaries;
}

/** Full articles (their cleaned text), cached for citing by quote. */
const fullArticles = new Map<string, Promise<Result<Article>>>();
export function fullArticle(id: string): Promise<Result<Article>> {
  let found = fullArticles.get(id);
  if (!found) {
    found = call(api.GET('/api/v1/articles/{id}', { params: { path: { id } } }));
    fullArticles.set(id, found);
    found.then((r) => !r.ok && fullArticles.delete(id));
  }
  return found;
}

export function forgetCaches(): void {
  summaries = null;
  fullArticles.clear();
}
