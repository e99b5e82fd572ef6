import type { ArticleSummary } from '@factdesk/sdk';
import { articleName } from '../../labels.js';

export interface CitableArticle {
  id: string;
  title: string;
  inEvidence: boolean;
}

const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]{2,}/gu) ?? []);

/**
 * The articles to offer for citing by quote, most relevant first and never the claim's own: those the
 * evidence drew passages from (in its order), then the others by words their title and outlet share
 * with the claim, then by how many claims they have (an article with none is usually empty or a test).
 */
export function rankCitableArticles(claim: { articleId: string | null; text: string }, evidenceArticles: string[], articles: ArticleSummary[]): CitableArticle[] {
  const rank = new Map<string, number>();
  evidenceArticles.forEach((id) => rank.has(id) || rank.set(id, rank.size));
  const claimWords = words(claim.text);
  const overlap = (a: ArticleSummary) => [...words(`${a.title ?? ''} ${a.outlet ?? ''}`)].filter((w) => claimWords.has(w)).length;
  return articles
    .filter((a) => a.id !== claim.articleId)
    .map((a) => ({ a, r: rank.get(a.id) ?? Infinity, o: overlap(a) }))
    .sort((x, y) => x.r - y.r || y.o - x.o || y.a.progress.total - x.a.progress.total)
    .map(({ a, r }) => ({ id: a.id, title: articleName(a), inEvidence: r !== Infinity }));
}
