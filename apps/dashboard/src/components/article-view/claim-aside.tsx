import type { Article, Claim } from '@factdesk/sdk';
import type { ArticleRoute } from '../../hooks/use-article.js';
import { truncate } from '../../labels.js';
import { backToClaimHref } from '../../route.js';
import { ClaimPanel } from '../claim-panel.js';
import { Empty } from '../states.js';

interface Props {
  route: ArticleRoute;
  article: Article;
  ordered: Claim[];
  selectedId: string | null;
  canDecide: boolean;
  onClaimChanged: (claim: Claim) => void;
  onClose: () => void;
}

/** Beside the text: the selected claim, or the cited passage being shown, or how to pick a claim. */
export function ClaimAside({ route, article, ordered, selectedId, canDecide, onClaimChanged, onClose }: Props) {
  const back = backToClaimHref(route.from);
  return (
    <aside className={`panel${selectedId ? ' has-claim' : ''}`} aria-label="Claim">
      {selectedId && (
        <button type="button" className="close-sheet" onClick={onClose}>
          Close claim
        </button>
      )}
      {selectedId ? (
        <ClaimPanel key={selectedId} claimId={selectedId} canDecide={canDecide} onClaimChanged={onClaimChanged} position={{ index: ordered.findIndex((c) => c.id === selectedId) + 1, total: ordered.length }} />
      ) : route.passage && back ? (
        <div className="panel-empty">
          <p>
            The highlighted passage, marked “cited passage”, bears on a claim in another article:
            <q className="passage-quote">{truncate(article.text.slice(route.passage.start, route.passage.end), 300)}</q>
          </p>
          <p>
            <a href={back}>← Back to the claim</a>
          </p>
        </div>
      ) : ordered.length === 0 ? (
        <Empty>No claims in this article yet{canDecide ? ': select text to add one.' : '.'}</Empty>
      ) : (
        <div className="panel-empty">
          <p>Pick a claim: click a highlighted passage or its numbered badge, or press <kbd>j</kbd> for the first one.</p>
        </div>
      )}
    </aside>
  );
}
