import type { ArticleSummary, Claim } from '@factdesk/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, articleSummaries, call, pagesFrom, type PageRun } from '../api.js';
import { AddArticle } from './add-article.js';
import { articleName, percent } from '../labels.js';
import { useLive } from '../live.js';
import { articleHref } from '../route.js';
import { Empty, ErrorState, Loading } from './states.js';
import { MyQueues } from './my-queues.js';
import { useDebounced } from '../hooks/use-debounced.js';
import { canAddArticles, useSession } from '../session.js';
import { Progress } from './status.js';

type Load<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

/** The desk's filters, applied by the server (`progress`) so they reach every article, not only those loaded. */
const FILTERS = {
  all: { label: 'All articles', progress: undefined },
  open: { label: 'With open claims', progress: 'open' },
  done: { label: 'Fully checked', progress: 'checked' },
  disputed: { label: 'With disputed claims', progress: 'disputed' },
} as const;
type FilterKey = keyof typeof FILTERS;

/** The desk: articles with their progress, and the open claims most worth checking first. */
export function Home() {
  return (
    <div className="home">
      <Articles />
      <div className="queues">
        <MyQueues />
        <Queue />
      </div>
    </div>
  );
}

const ARTICLE_PAGE = 50;

/** Articles newest first, filtered and paged by the server: at least `count` of them from `cursor` on. */
const articlePages = (count: number, text: string, filter: FilterKey, cursor?: string) =>
  pagesFrom<ArticleSummary>(count, (limit, at) => call(api.GET('/api/v1/articles', { params: { query: { q: text || undefined, progress: FILTERS[filter].progress, limit, cursor: at } } })), cursor);

function Articles() {
  // Viewers do not see the add form, nor may they load an archive.
  const canAdd = canAddArticles(useSession());
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<FilterKey>('all');
  const [articles, setArticles] = useState<Load<PageRun<ArticleSummary>>>({ state: 'loading' });
  const [more, setMore] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const shown = useRef(ARTICLE_PAGE);
  // As in the queue: a refresh reloads as many articles as are shown, and an answer to a load or a
  // Show more started before a newer one (another search, another filter, Show more) is dropped.
  const generation = useRef(0);

  const load = useCallback(async (text: string, which: FilterKey, quiet = false) => {
    if (!quiet) {
      setArticles({ state: 'loading' });
      shown.current = ARTICLE_PAGE;
    }
    const mine = ++generation.current;
    const result = await articlePages(shown.current, text, which);
    if (mine !== generation.current) return;
    setArticles(result.ok ? { state: 'ready', data: result.data } : { state: 'error', message: result.problem.detail });
  }, []);

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(q.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [q]);
  useEffect(() => void load(query, filter), [load, query, filter]);

  const refresh = useDebounced(() => void load(query, filter, true), 300);
  useLive((m) => (m.kind === 'resync' || m.event.entityType === 'claim' || m.event.entityType === 'article') && refresh());

  const showMore = async () => {
    if (articles.state !== 'ready' || !articles.data.next || more.busy) return;
    setMore({ busy: true, error: null });
    const mine = ++generation.current;
    shown.current = articles.data.items.length + ARTICLE_PAGE;
    const page = await articlePages(ARTICLE_PAGE, query, filter, articles.data.next);
    // A newer load (another search or filter, or a refresh) answers instead: this page and its cursor
    // belong to the list it replaced, and appended they showed the old query's articles.
    if (mine !== generation.current) return setMore({ busy: false, error: null });
    if (!page.ok) return setMore({ busy: false, error: page.problem.detail });
    setMore({ busy: false, error: null });
    setArticles((prev) => {
      if (prev.state !== 'ready') return prev;
      const seen = new Set(prev.data.items.map((a) => a.id));
      return { state: 'ready', data: { items: [...prev.data.items, ...page.data.items.filter((a) => !seen.has(a.id))], next: page.data.next } };
    });
  };

  const shownArticles = articles.state === 'ready' ? articles.data.items : [];
  return (
    <section className="articles" aria-labelledby="articles-title">
      <h1 id="articles-title">Articles</h1>
      <AddArticle />
      <div className="filters" role="search">
        <div>
          <label htmlFor="article-search">Search titles, outlets and text</label>
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
      {articles.state === 'error' && <ErrorState message={articles.message} onRetry={() => void load(query, filter)} />}
      {articles.state === 'ready' && shownArticles.length === 0 && <Empty>{!query && filter === 'all' ? (canAdd ? 'No articles yet. Add one above, or load an archive with npm run ingest.' : 'No articles yet.') : 'No articles match.'}</Empty>}
      {shownArticles.length > 0 && (
        <ul className="article-list">
          {shownArticles.map((a) => (
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
      {articles.state === 'ready' && articles.data.next && (
        <button type="button" onClick={() => void showMore()} disabled={more.busy}>
          {more.busy ? 'Loading…' : 'Show more articles'}
        </button>
      )}
      {more.error && (
        <p className="field-error" role="alert">
          {more.error}
        </p>
      )}
    </section>
  );
}

const QUEUE_PAGE = 12;
/** Open claims, most check-worthy first, ordered and paged by the server: at least `count` of them from `cursor` on. */
const queuePages = (count: number, cursor?: string) =>
  pagesFrom<Claim>(Math.max(QUEUE_PAGE, count), (limit, at) => call(api.GET('/api/v1/claims', { params: { query: { status: 'open', sort: '-score', limit, cursor: at } } })), cursor);

function Queue() {
  const [claims, setClaims] = useState<Load<PageRun<Claim>>>({ state: 'loading' });
  const [titles, setTitles] = useState(new Map<string, string>());
  const [more, setMore] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const shown = useRef(QUEUE_PAGE);
  // A refresh started before "Show more" must not cut the list back: Show more cancels it, and a
  // refresh started later reloads as many claims as Show more will have shown, and cancels Show more.
  const generation = useRef(0);

  // A refresh reloads as many claims as are shown, so a live update does not shorten the list.
  const load = useCallback(async (quiet = false) => {
    if (!quiet) setClaims({ state: 'loading' });
    const mine = ++generation.current;
    const [result, summaries] = await Promise.all([queuePages(shown.current), articleSummaries(quiet)]);
    if (mine !== generation.current) return;
    if (summaries.ok) setTitles(new Map(summaries.data.map((a) => [a.id, articleName(a)])));
    setClaims(result.ok ? { state: 'ready', data: result.data } : { state: 'error', message: result.problem.detail });
  }, []);
  useEffect(() => void load(), [load]);
  const refresh = useDebounced(() => void load(true), 300);
  useLive((m) => (m.kind === 'resync' || m.event.entityType === 'claim') && refresh());

  const showMore = async () => {
    if (claims.state !== 'ready' || !claims.data.next || more.busy) return;
    setMore({ busy: true, error: null });
    const mine = ++generation.current;
    shown.current = claims.data.items.length + QUEUE_PAGE * 4;
    const page = await queuePages(QUEUE_PAGE * 4, claims.data.next);
    // A refresh started meanwhile answers instead (it reloads as many claims as this would have shown).
    if (mine !== generation.current) return setMore({ busy: false, error: null });
    if (!page.ok) return setMore({ busy: false, error: page.problem.detail });
    setMore({ busy: false, error: null });
    setClaims((prev) => {
      if (prev.state !== 'ready') return prev;
      const seen = new Set(prev.data.items.map((c) => c.id));
      const all = [...prev.data.items, ...page.data.items.filter((c) => !seen.has(c.id))];
      return { state: 'ready', data: { items: all, next: page.data.next } };
    });
  };

  const top = claims.state === 'ready' ? claims.data.items : [];
  return (
    <section className="queue" aria-labelledby="queue-title">
      <h1 id="queue-title">Check next</h1>
      <p className="hint">Open claims across all articles, most check-worthy first. The figure is check-worthiness: how much a claim is worth an editor’s time, not how likely it is true.</p>
      {claims.state === 'loading' && <Loading label="Loading open claims…" />}
      {claims.state === 'error' && <ErrorState message={claims.message} onRetry={() => void load()} />}
      {claims.state === 'ready' && top.length === 0 && <Empty>No open claims: every claim has a verdict.</Empty>}
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
      {claims.state === 'ready' && claims.data.next && (
        <button type="button" onClick={() => void showMore()} disabled={more.busy}>
          {more.busy ? 'Loading…' : 'Show more'}
        </button>
      )}
      {more.error && (
        <p className="field-error" role="alert">
          {more.error}
        </p>
      )}
    </section>
  );
}
