import type { Claim, EvidencePassage } from '@factdesk/sdk';
import { useRef } from 'react';
import { announce } from '../announce.js';
import { useArticleTitles } from '../hooks/use-article-titles.js';
import { useClaim } from '../hooks/use-claim.js';
import { useClaimHistory } from '../hooks/use-claim-history.js';
import { useClaimShortcuts } from '../hooks/use-claim-shortcuts.js';
import { useDecision } from '../hooks/use-decision.js';
import { useEvidence } from '../hooks/use-evidence.js';
import { AlreadyChecked } from './already-checked.js';
import { Assignment } from './assignment.js';
import { ClaimHeader } from './claim-panel/claim-header.js';
import { CurrentVerdict } from './claim-panel/current-verdict.js';
import { DecisionForm } from './claim-panel/decision-form.js';
import { EvidenceSection } from './claim-panel/evidence-section.js';
import { HistorySection } from './claim-panel/history-section.js';
import { PanelMessageArea } from './claim-panel/panel-message.js';
import { RemoteChangeNotice } from './claim-panel/remote-change-notice.js';
import { ConflictDialog } from './conflict-dialog.js';
import { Discussion } from './discussion.js';
import { citationKey, restanceCitation, toggleCitation, type Stance } from './drafts.js';
import { ErrorState, Loading } from './states.js';

interface Props {
  claimId: string;
  canDecide: boolean;
  onClaimChanged?: (claim: Claim) => void;
  position?: { index: number; total: number };
}

/** One claim with its evidence, the editor's decision on it, its discussion and its history. */
export function ClaimPanel({ claimId, canDecide, onClaimChanged, position }: Props) {
  const history = useClaimHistory(claimId);
  const evidence = useEvidence(claimId);
  const claim = useClaim(claimId, { onClaimChanged, onHistoryChanged: history.load, loadAlongside: [history.load, evidence.load] });
  const decision = useDecision({ claimId, canDecide, claim, history });
  const titleOf = useArticleTitles();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const { setDraft } = decision;

  const toggle = (p: EvidencePassage) => setDraft((d) => toggleCitation(d, evidence.citationOf(p)));
  const restance = (p: EvidencePassage, stance: Stance) => {
    evidence.chooseStance(p, stance);
    setDraft((d) => restanceCitation(d, citationKey(p), stance));
  };
  useClaimShortcuts({ canDecide, enabled: !decision.conflict, passages: evidence.passages, noteRef, decide: decision.decide, toggle });

  const { basis } = claim;
  if (basis.state === 'loading') return <Loading label="Loading the claim…" />;
  if (basis.state === 'error') return <ErrorState message={basis.message} onRetry={() => void claim.load()} />;
  const c = basis.claim;
  /** A change made from a part of the panel (assignee, review): the claim as it now is, and its history. */
  const changed = (next: Claim, etag: string) => {
    claim.adopt(next, etag);
    void history.load();
  };

  return (
    <section className="claim-panel" aria-labelledby="claim-heading">
      <ClaimHeader claim={c} position={position} />
      {claim.remote && <RemoteChangeNotice remote={claim.remote} onReview={() => decision.reviewTheirs(c)} />}
      <Assignment claim={c} etag={basis.etag} canAssign={canDecide} onAssigned={changed} />
      <AlreadyChecked
        claim={c}
        etag={basis.etag}
        canDecide={canDecide}
        onDecided={(next, etag) => {
          changed(next, etag);
          announce(`Claim marked ${next.status}, as it was checked before.`);
        }}
      />
      {c.verdict && <CurrentVerdict claim={c} verdict={c.verdict} etag={basis.etag} canDecide={canDecide} busy={decision.busy} titleOf={titleOf} onChanged={changed} onPublish={() => void decision.publish()} />}
      <EvidenceSection claim={c} evidence={evidence} draft={decision.draft} canCite={canDecide} titleOf={titleOf} onToggle={toggle} onStance={restance} />
      {canDecide && <DecisionForm claim={c} decision={decision} evidenceArticles={evidence.passages.map((p) => p.articleId)} noteRef={noteRef} titleOf={titleOf} />}
      <PanelMessageArea message={decision.message} />
      <Discussion claimId={claimId} canWrite={canDecide} />
      <HistorySection history={history} />
      {decision.conflict && (
        <ConflictDialog
          conflict={decision.conflict}
          titleOf={titleOf}
          busy={decision.busy}
          error={decision.message?.kind === 'error' ? decision.message.text : null}
          onKeepTheirs={decision.keepTheirs}
          onContinue={decision.continueOnTheirs}
          onReapply={decision.reapply}
        />
      )}
    </section>
  );
}
