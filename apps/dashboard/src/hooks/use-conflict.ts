import { changeOf, type AuditEvent, type Claim, type Verdict } from '@factdesk/sdk';
import { useState } from 'react';
import { claimVersionAfter } from '../audit-version.js';
import type { Conflict } from '../components/conflict-dialog.js';
import { EMPTY, type Draft } from '../components/drafts.js';
import type { PanelMessage } from './decision-draft.js';
import type { ClaimState } from './use-claim.js';
import type { DraftUpdate } from './use-draft.js';

interface Args {
  claim: ClaimState;
  draft: Draft;
  setDraft: DraftUpdate;
  say: (message: PanelMessage) => void;
  loadHistory: () => Promise<AuditEvent[]>;
}

/** Another editor changed the claim under this editor's draft (a 412): what they did, and how to go on. */
export function useConflict({ claim, draft, setDraft, say, loadHistory }: Args) {
  const [conflict, setConflict] = useState<Conflict | null>(null);

  /** What the other editor did since the version this draft started from. */
  const open = async (verdict: Verdict | null, base: Claim) => {
    const [fresh, events] = await Promise.all([claim.fetchClaim(), loadHistory()]);
    if (!fresh.ok) return say({ kind: 'error', text: fresh.problem.detail });
    claim.dismissRemote();
    const changes = events.filter((e) => claimVersionAfter(changeOf(e)) > base.version);
    setConflict({ verdict, mine: draft, theirs: fresh.claim, theirsEtag: fresh.etag, changes });
  };

  const keepTheirs = () => {
    if (!conflict) return;
    claim.adopt(conflict.theirs, conflict.theirsEtag);
    setDraft(() => EMPTY);
    setConflict(null);
    say({ kind: 'success', text: 'Kept their decision; your draft was discarded.' });
  };

  const continueOnTheirs = () => {
    if (!conflict) return;
    claim.adopt(conflict.theirs, conflict.theirsEtag);
    setConflict(null);
    say({ kind: 'success', text: 'Your draft now applies on top of their decision (deciding will be a correction).' });
  };

  return { conflict, open, close: () => setConflict(null), keepTheirs, continueOnTheirs };
}
