import { useMemo, useState } from 'react';
import { useArticle, type ArticleRoute } from '../hooks/use-article.js';
import { useArticleClaims } from '../hooks/use-article-claims.js';
import { useClaimCreation } from '../hooks/use-claim-creation.js';
import { useClaimSelection } from '../hooks/use-claim-selection.js';
import { useRenderTiming } from '../hooks/use-render-timing.js';
import { useShortcuts } from '../shortcuts.js';
import { visibleRemovals } from '../text-layout.js';
import { ArticleText } from './article-text.js';
import { ArticleHeading } from './article-view/article-heading.js';
import { ClaimAside } from './article-view/claim-aside.js';
import { Legend } from './article-view/legend.js';
import { SelectionBar } from './article-view/selection-bar.js';
import { Empty, ErrorState, Loading } from './states.js';
import { Progress } from './status.js';

/** An article's text with its claims marked, and beside it the claim being checked. */
export function ArticleView({ route, canDecide }: { route: ArticleRoute; canDecide: boolean }) {
  const { load, claims, reload, updateClaim, addClaim } = useArticle(route);
  const [showRemoved, setShowRemoved] = useState(false);
  const ready = load.state === 'ready';
  useRenderTiming(ready);
  const { ordered, spans, progress } = useArticleClaims(claims);
  const removed = useMemo(() => (showRemoved && load.state === 'ready' ? visibleRemovals(load.article.edits) : []), [showRemoved, load]);
  const { selectedId, select, step, close } = useClaimSelection(route, ordered, ready);
  const { selection, setSelection, creating, createClaim } = useClaimCreation({ articleId: route.id, canDecide, addClaim, select });
  useShortcuts({ j: () => step(1), k: () => step(-1), c: () => void createClaim() });

  if (load.state === 'loading') return <Loading label="Loading the article…" />;
  if (load.state === 'error') return <ErrorState message={load.status === 404 ? 'There is no such article (it may have been removed).' : load.message} onRetry={() => void reload()} />;
  const { article } = load;

  return (
    <div className={`article-layout${selectedId ? ' with-claim' : ''}`}>
      <article className="article" aria-labelledby="article-title">
        <ArticleHeading article={article} route={route} />
        <Progress progress={progress} />
        {route.passage && (
          <p className="notice" role="status">
            The highlighted passage (marked “cited passage”) is evidence for a claim in another article.
          </p>
        )}
        <div className="text-tools">
          <label className="check">
            <input type="checkbox" checked={showRemoved} onChange={(e) => setShowRemoved(e.target.checked)} /> Show removed page furniture ({visibleRemovals(article.edits).length})
          </label>
          <Legend />
        </div>
        {canDecide && <SelectionBar text={article.text} selection={selection} creating={creating} onCreate={() => void createClaim()} />}
        {article.text.length === 0 ? (
          <Empty>This revision has no text left after cleaning.</Empty>
        ) : (
          <ArticleText text={article.text} claims={spans} segments={article.segments} removed={removed} passage={route.passage} selectedId={selectedId} onPick={select} onSelectText={setSelection} />
        )}
      </article>
      <ClaimAside route={route} article={article} ordered={ordered} selectedId={selectedId} canDecide={canDecide} onClaimChanged={updateClaim} onClose={close} />
    </div>
  );
}
