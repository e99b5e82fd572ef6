import type { Draft } from '../drafts.js';
import { StanceLabel } from './stance-label.js';
import { Quote } from '../quote.js';

/** The citations in the editor's draft, each removable. */
export function DraftCitations({ draft, changing, titleOf, onRemove }: { draft: Draft; changing: boolean; titleOf: (id: string) => string; onRemove: (key: string) => void }) {
  if (draft.citations.length === 0) return <p className="hint">{`No citations ${changing ? 'for a new verdict ' : ''}yet.`} Verified needs a supporting and disputed a contradicting passage of another article.</p>;
  return (
    <div>
      <p className="label">Citations ({draft.citations.length})</p>
      <ul className="citations">
        {draft.citations.map((c) => (
          <li key={c.key}>
            <StanceLabel stance={c.stance} /> <Quote text={c.quote} /> — {titleOf(c.articleId)}{' '}
            <button type="button" className="link-button" onClick={() => onRemove(c.key)} aria-label={`Remove citation “${c.quote.slice(0, 40)}”`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
