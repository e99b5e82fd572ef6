import type { Claim } from '@factdesk/sdk';
import { editorSignals, percent } from '../../labels.js';
import { StatusBadge } from '../status.js';

/** The claim's place in the article, its status, its words and how it was found. */
export function ClaimHeader({ claim: c, position }: { claim: Claim; position?: { index: number; total: number } }) {
  const signals = editorSignals(c.signals);
  return (
    <header className="claim-head">
      <h2 id="claim-heading">
        {position ? `Claim ${position.index} of ${position.total}` : 'Claim'} <StatusBadge status={c.status} />
      </h2>
      <blockquote className="claim-quote">{c.text}</blockquote>
      <p className="meta">
        {c.kind} · check-worthiness {percent(c.score)} · {c.origin === 'editor' ? `added by ${c.createdBy}` : 'extracted'}
      </p>
      {signals.length > 0 && <p className="signals">Checkable: {signals.join(' · ')}</p>}
    </header>
  );
}
