import type { ArticleSummary } from '@factdesk/sdk';
import { describe, expect, it } from 'vitest';
import { rankCitableArticles } from './citable-articles.js';

const at = '2026-01-01T00:00:00.000Z';
const article = (id: string, title: string | null, claims = 0, outlet: string | null = null, name = title ?? `"${id}"`): ArticleSummary => ({
  id,
  name,
  title,
  outlet,
  author: null,
  url: null,
  publishedOn: null,
  createdAt: at,
  updatedAt: at,
  revisionCount: 1,
  revision: { id: `${id}-r1`, number: 1, contentHash: '0', createdAt: at, createdBy: 'seed', format: 'text' },
  progress: { total: claims, open: claims, verified: 0, disputed: 0, unsupported: 0 },
});

describe(rankCitableArticles.name, () => {
  const claim = { articleId: 'own', text: 'Europol seized the servers in Rotterdam.' };

  it('offers the evidence’s articles first, in its order, and never the claim’s own', () => {
    const ranked = rankCitableArticles(claim, ['b', 'a', 'b'], [article('own', 'Own'), article('a', 'A'), article('b', 'B'), article('c', 'C')]);
    expect(ranked.map((a) => [a.id, a.inEvidence])).toEqual([
      ['b', true],
      ['a', true],
      ['c', false],
    ]);
  });

  it('ranks the others by words shared with the claim, then by how many claims they have', () => {
    const ranked = rankCitableArticles(claim, [], [article('busy', 'Weather today', 9), article('match', 'Servers seized', 0, 'Europol news'), article('quiet', 'Sports', 1), article('blank', null, 2, null, '"Police said the raid lasted…"')]);
    expect(ranked.map((a) => a.id)).toEqual(['match', 'busy', 'blank', 'quiet']);
  });

  it('names an untitled article as evidence does, by the API’s name, not “Untitled article”', () => {
    const ranked = rankCitableArticles(claim, [], [article('dated', null, 0, 'Reuters', 'Reuters, 5 Apr 2018'), article('words', null, 0, null, '"Police said the raid lasted…"')]);
    expect(Object.fromEntries(ranked.map((a) => [a.id, a.title]))).toEqual({ dated: 'Reuters, 5 Apr 2018', words: '"Police said the raid lasted…"' });
  });
});
