import type { Article } from '@factdesk/sdk';
import { articleName } from '../../labels.js';
import { backToClaimHref } from '../../route.js';
import type { ArticleRoute } from '../../hooks/use-article.js';

/** The way back, the article's title, and what is known of it (outlet, author, date, original, revision). */
export function ArticleHeading({ article, route }: { article: Article; route: ArticleRoute }) {
  const back = backToClaimHref(route.from);
  return (
    <>
      <p className="crumbs">
        <a href="#/">← All articles</a>
        {back && (
          <>
            {' · '}
            <a href={back}>← Back to the claim</a>
          </>
        )}
      </p>
      <h1 id="article-title">{articleName(article)}</h1>
      <p className="meta">
        {[
          ...[article.outlet, article.author, article.publishedOn].filter(Boolean),
          article.url && (
            <a key="url" href={article.url} rel="noreferrer noopener" target="_blank">
              original
            </a>
          ),
          `revision ${article.revision.number}${article.revision.number < article.revisionCount ? ` of ${article.revisionCount} (an earlier revision)` : ''}`,
        ]
          .filter(Boolean)
          .flatMap((part, i) => (i === 0 ? [part] : [' · ', part]))}
      </p>
    </>
  );
}
