import type { ArticleSummary, Claim } from '@factdesk/sdk';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { allPages, api, articleSummaries, call } from '../api.js';
import { articleName, percent } from '../labels.js';
import { useLive } from '../live.js';
import { articleHref } from '../route.js';
import { Empty, ErrorState, Loading } from './states.js';
import { Progress } from './status.js';

type Load<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

const FILTERS = {
  all: { label: 'All articles', keep: () => true },
  open: { label: 'With open claims', keep: (a: ArticleSummary) => a.progress.open > 0 },
  done: { label: 'Fully checked', keep: (a: ArticleSummary) => a.progress.total > 0 && a.progress.open === 0 },
  disputed: { label: 'With disputed claims', keep: (a: ArticleSummary) => a.progress.disputed > 0 },
} as const;
type FilterKey = keyof typeof FILTERS;

/** The desk: articles with their progress, and the open claims most worth checking first. */
export function Home() {
  return (
    <div className="home">
      <Articles />
      <Queue />
    </div>
  );
}

function Articles() {
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<FilterKey>('all');
  const [articles, setArticles] = useState<Load<ArticleSummary[]>>({ state: 'loading' });

  const load = useCallback(async (text: string, quiet = false) => {
    if (!quiet) setArticles({ state: 'loading' });
    const result = await allPages((cursor) => call(api.GET('/api/v1/articles', { params: { query: { q: text || undefined, limit: 100, cursor } } })), 500);
    setArticles(result.ok ? { state: 'ready', data: result.data } : { state: 'error', message: result.problem.detail });
  }, []);

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(q.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [q]);
  useEffect(() => void load(query), [load, query]);

  const refresh = useDebounced(() => void load(query, true), 300);
  useLive((m) => (m.kind === 'resync' || m.event.entityType === 'claim' || m.event.entityType === 'article') && refresh());

  const shown = articles.state === 'ready' ? articles.data.filter(FILTERS[filter].keep) : [];
  return (
    <section className="articles" aria-labelledby="articles-title">
      <h1 id="articles-title">Articles</h1>
      <div className="filters" role="search">
        <div>
          <label htmlFor="article-search">Search titles and outlets</label>
          <input id="article-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="e.g. Europol" />
        </div>
        <div>
          <label htmlFor="article-filter">Show</label>
          <select id="article-filter" value={filter} onChange={(e) => setFilter(e.target.value as FilterKey)}>
            {Object.entries(FILTERS).map(([key, f]) => (
              <option key={key} value={key}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {articles.state === 'loading' && <Loading label="Loading articles…" />}
      {articles.state === 'error' && <ErrorState message={articles.message} onRetry={() => void load(query)} />}
      {articles.state === 'ready' && shown.length === 0 && <Empty>{articles.data.length === 0 && !query ? 'No articles yet. Ingest one with POST /api/v1/articles.' : 'No articles match.'}</Empty>}
      {shown.length > 0 && (
        <ul className="article-list">
          {shown.map((a) => (
            <li key={a.id} className="card">
              <h2>
                <a href={articleHref(a.id)}>{articleName(a)}</a>
              </h2>
              <p className="meta">{[a.outlet, a.author, a.publishedOn].filter(Boolean).join(' · ') || 'No source details'}</p>
              <Progress progress={a.progress} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const QUEUE_PAGE = 12;

function Queue() {
  const [claims, setClaims] = useState<Load<Claim[]>>({ state: 'loading' });
  const [titles, setTitles] = useState(new Map<string, string>());
  const [shown, setShown] = useState(QUEUE_PAGE);

  // Sorted here over what was fetched (at most 1000 open claims): the list endpoint orders by creation.
  const load = useCallback(async (quiet = false) => {
    if (!quiet) setClaims({ state: 'loading' });
    const [result, summaries] = await Promise.all([
      allPages((cursor) => call(api.GET('/api/v1/claims', { params: { query: { status: 'open', limit: 200, cursor } } })), 1000),
      articleSummaries(quiet),
    ]);
    if (summaries.ok) setTitles(new Map(summaries.data.map((a) => [a.id, articleName(a)])));
    setClaims(result.ok ? { state: 'ready', data: [...result.data].sort((a, b) => b.score - a.score) } : { state: 'error', message: result.problem.detail });
  }, []);
  useEffect(() => void load(), [load]);
  const refresh = useDebounced(() => void load(true), 300);
  useLive((m) => (m.kind === 'resync' || m.event.entityType === 'claim') && refresh());

  const top = useMemo(() => (claims.state === 'ready' ? claims.data.slice(0, shown) : []), [claims, shown]);
  return (
    <section className="queue" aria-labelledby="queue-title">
      <h1 id="queue-title">Check next</h1>
      <p className="hint">Open claims across all articles, most check-worthy first.</p>
      {claims.state === 'loading' && <Loading label="Loading open claims…" />}
      {claims.state === 'error' && <ErrorState message={claims.message} onRetry={() => void load()} />}
      {claims.state === 'ready' && claims.data.length === 0 && <Empty>No open claims: every claim has a verdict.</Empty>}
      {top.length > 0 && (
        <ol className="queue-list">
          {top.map((c) => (
            <li key={c.id}>
              <a href={c.articleId ? articleHref(c.articleId, { claim: c.id }) : `#/claims/${c.id}`}>
                <span className="score" title="Check-worthiness">
                  {percent(c.score)}
                </span>
                <span className="claim-text">{c.text}</span>
              </a>
              <span className="meta">{c.articleId ? (titles.get(c.articleId) ?? 'Article') : 'Standalone claim'} · {c.kind}</span>
            </li>
          ))}
        </ol>
      )}
      {claims.state === 'ready' && claims.data.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + QUEUE_PAGE * 2)}>
          Show more ({claims.data.length - shown} more)
        </button>
      )}
    </section>
  );
}

/** A stable function that runs `fn` once, `ms` after the last call. */
export function useDebounced(fn: () => void, ms: number): () => void {
  const latest = useRef(fn);
  latest.current = fn;
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => latest.current(), ms);
  }, [ms]);
}
