import { useEffect, useState } from 'react';
import { articleSummaries } from '../api.js';
import { articleName } from '../labels.js';

/** How a cited article is named, from the article summaries (loaded once for the dashboard). */
export function useArticleTitles(): (articleId: string) => string {
  const [titles, setTitles] = useState(new Map<string, string>());
  useEffect(() => {
    void articleSummaries().then((r) => r.ok && setTitles(new Map(r.data.map((a) => [a.id, articleName(a)]))));
  }, []);
  return (id: string) => titles.get(id) ?? 'Another article';
}
