import { useState, type FormEvent } from 'react';
import { api, call } from '../api.js';
import { announce } from '../announce.js';
import { articleHref, navigate } from '../route.js';
import { canAddArticles, useSession } from '../session.js';

type Source = 'url' | 'paste';

/**
 * An editor adds an article from the desk: a page's address (the server fetches it and reads its
 * title, author and date) or pasted text or HTML, with the details a paste does not carry. The API
 * decides everything (cleaning, claims, what a URL may reach); this form shows its answer.
 */
export function AddArticle() {
  const session = useSession();
  const [source, setSource] = useState<Source>('url');
  const [url, setUrl] = useState('');
  const [content, setContent] = useState('');
  const [meta, setMeta] = useState({ title: '', outlet: '', publishedOn: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!canAddArticles(session)) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (source === 'url' && !url.trim()) return setError('Give the page’s address.');
    if (source === 'paste' && !content.trim()) return setError('Paste the article’s text or HTML.');
    setBusy(true);
    setError(null);
    const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
    const body = source === 'url' ? { url: url.trim(), ...given } : { content, ...(url.trim() ? { url: url.trim() } : {}), ...given };
    const result = await call(api.POST('/api/v1/articles', { body }));
    setBusy(false);
    if (!result.ok) return setError(result.problem.detail);
    announce(result.response.status === 201 ? `Added ${result.data.name}.` : `${result.data.name} was already on the desk, unchanged.`);
    setUrl('');
    setContent('');
    setMeta({ title: '', outlet: '', publishedOn: '' });
    navigate(articleHref(result.data.id));
  };

  const field = (name: keyof typeof meta, label: string, type = 'text') => (
    <div>
      <label htmlFor={`add-${name}`}>{label}</label>
      <input id={`add-${name}`} type={type} value={meta[name]} onChange={(e) => setMeta((m) => ({ ...m, [name]: e.target.value }))} />
    </div>
  );

  return (
    <details className="add-article card">
      <summary>Add an article</summary>
      <form onSubmit={(e) => void submit(e)} aria-describedby={error ? 'add-article-error' : undefined}>
        <fieldset className="add-source">
          <legend>From</legend>
          <label>
            <input type="radio" name="add-source" checked={source === 'url'} onChange={() => setSource('url')} /> a web address
          </label>
          <label>
            <input type="radio" name="add-source" checked={source === 'paste'} onChange={() => setSource('paste')} /> pasted text or HTML
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="add-url">{source === 'url' ? 'Address of the page' : 'Its address (optional: the same address again adds a revision)'}</label>
          <input id="add-url" type="text" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" />
        </div>
        {source === 'paste' && (
          <div className="field">
            <label htmlFor="add-content">Text or HTML</label>
            <textarea id="add-content" rows={8} value={content} onChange={(e) => setContent(e.target.value)} />
          </div>
        )}
        <div className="filters">
          {field('title', 'Title')}
          {field('outlet', 'Outlet')}
          {field('publishedOn', 'Published on', 'date')}
        </div>
        <p className="hint">Leave them empty to have them read from the page (its title, author and date) where it says them.</p>
        {error && (
          <p id="add-article-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add to the desk'}
        </button>
      </form>
    </details>
  );
}
