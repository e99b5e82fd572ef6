import type { ArticleSummary, Claim } from '@factdesk/sdk';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { articleSummaries, fullArticle } from '../../api.js';
import { findQuote } from '../../text-layout.js';
import { citationKey, type DraftCitation, type Stance } from '../drafts.js';
import { rankCitableArticles, type CitableArticle } from './citable-articles.js';

const options = (list: CitableArticle[]) =>
  list.map((a) => (
    <option key={a.id} value={a.id}>
      {a.title}
    </option>
  ));

/** The citation a quote stands for in an article's current text, or why it stands for none. */
async function resolveQuote(articleId: string, quote: string, stance: Stance): Promise<DraftCitation | string> {
  const article = await fullArticle(articleId);
  if (!article.ok) return article.problem.detail;
  const found = findQuote(article.data.text, quote);
  if (found.length === 0) return 'Those words are not in that article’s text.';
  if (found.length > 1) return `Those words occur ${found.length} times there; quote a few more words.`;
  const [span] = found;
  return { key: citationKey({ articleId, ...span }), articleId, revisionId: article.data.revision.id, ...span, stance, quote: article.data.text.slice(span.start, span.end) };
}

/** Cite any passage of another article by quoting it: resolved to offsets in that article's current text. */
export function CiteByQuote({ claim, evidenceArticles, onAdd }: { claim: Claim; evidenceArticles: string[]; onAdd: (citation: DraftCitation) => void }) {
  const [summaries, setSummaries] = useState<ArticleSummary[]>([]);
  const [chosen, setChosen] = useState('');
  const [quote, setQuote] = useState('');
  const [stance, setStance] = useState<Stance>('supports');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    void articleSummaries().then((r) => r.ok && setSummaries(r.data));
  }, []);
  const evidenceKey = evidenceArticles.join(',');
  const articles = useMemo(() => rankCitableArticles(claim, evidenceArticles, summaries), [claim.articleId, claim.text, evidenceKey, summaries]);
  // Until the editor picks one, the most relevant article is the choice (it changes when evidence arrives).
  const articleId = chosen && articles.some((a) => a.id === chosen) ? chosen : (articles[0]?.id ?? '');
  const inEvidence = articles.filter((a) => a.inEvidence);
  const others = articles.filter((a) => !a.inEvidence);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!articleId || !quote.trim()) return setError('Pick an article and type the words to cite.');
    const citation = await resolveQuote(articleId, quote, stance);
    if (typeof citation === 'string') return setError(citation);
    onAdd(citation);
    setQuote('');
  };

  return (
    <form className="cite-quote" onSubmit={submit} aria-labelledby="cite-title">
      <p className="label" id="cite-title">
        Cite a passage by quote
      </p>
      <div className="row">
        <div>
          <label htmlFor={`${id}-article`}>Article</label>
          <select id={`${id}-article`} value={articleId} onChange={(e) => setChosen(e.target.value)}>
            {inEvidence.length > 0 ? (
              <>
                <optgroup label="In the evidence">{options(inEvidence)}</optgroup>
                <optgroup label="Other articles">{options(others)}</optgroup>
              </>
            ) : (
              options(others)
            )}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-stance`}>Stance</label>
          <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            <option value="supports">supports</option>
            <option value="contradicts">contradicts</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-quote`}>Words from that article</label>
        <input id={`${id}-quote`} type="text" value={quote} onChange={(e) => setQuote(e.target.value)} placeholder="e.g. led by Belgian prosecutors" />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">Add citation</button>
    </form>
  );
}
