import type { Claim, EvidencePassage } from '@factdesk/sdk';
import type { Evidence } from '../../hooks/use-evidence.js';
import { percent } from '../../labels.js';
import { fromClaim } from '../../route.js';
import { citationKey, cites, type Draft, type Stance } from '../drafts.js';
import { Empty, ErrorState, Loading } from '../states.js';
import { StatusBadge } from '../status.js';
import { PassageCard } from './passage-card.js';
import { summarise } from './passage-summary.js';

interface Props {
  claim: Claim;
  evidence: Evidence;
  draft: Draft;
  canCite: boolean;
  titleOf: (articleId: string) => string;
  onToggle: (passage: EvidencePassage) => void;
  onStance: (passage: EvidencePassage, stance: Stance) => void;
}

/** The suggested verdict and the passages of other articles that bear on the claim. */
export function EvidenceSection({ claim, evidence: { evidence, passages, load, stanceFor }, draft, canCite, titleOf, onToggle, onStance }: Props) {
  return (
    <section aria-labelledby="evidence-title">
      <h3 id="evidence-title">Evidence</h3>
      {evidence.state === 'loading' && <Loading label="Looking for evidence…" />}
      {evidence.state === 'none' && <Empty>No evidence yet for this claim. Cite a passage by quote below.</Empty>}
      {evidence.state === 'error' && <ErrorState message={evidence.message} onRetry={() => void load()} />}
      {evidence.state === 'ready' && (
        <>
          <div className="suggestion">
            <p>
              Suggested: <StatusBadge status={evidence.data.suggestion.verdict} /> <span className="confidence">{percent(evidence.data.suggestion.confidence)} confident</span>
            </p>
            {evidence.data.suggestion.rationale.length > 0 && (
              <ul>
                {evidence.data.suggestion.rationale.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            )}
          </div>
          {passages.length === 0 ? (
            <Empty>No passages in other articles bear on this claim.</Empty>
          ) : (
            <>
              <p className="passage-summary">{summarise(passages)}</p>
              <ol className="passages">
                {passages.map((p, i) => (
                  <PassageCard key={citationKey(p)} n={i + 1} passage={p} title={titleOf(p.articleId)} from={fromClaim(claim)} cited={cites(draft, citationKey(p))} stance={stanceFor(p)} canCite={canCite} onToggle={() => onToggle(p)} onStance={(st) => onStance(p, st)} />
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}

