import type { Claim } from '@factdesk/sdk';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { api, call } from '../api.js';
import { announce } from '../announce.js';
import { claimEtag } from '../claim-etag.js';
import { statusOf } from '../labels.js';
import { useLive, type LiveMessage } from '../live.js';
import { useSession } from '../session.js';

export type ClaimBasis = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; claim: Claim; etag: string };
/** Another editor's version of the claim, offered rather than adopted because this editor has a draft. */
export interface RemoteChange {
  claim: Claim;
  etag: string;
  actor: string;
}
/** What the panel is doing that decides how a live change is taken; the decision keeps it current. */
export interface LiveGuard {
  /** A change of this editor's is in flight: its answer, not the live one, is the claim. */
  saving: boolean;
  /** A draft or a conflict is open: another editor's change is offered, not adopted. */
  keepsDraft: boolean;
}

interface Options {
  onClaimChanged?: (claim: Claim) => void;
  /** The claim's history changed (a comment, another editor's change): reload it. */
  onHistoryChanged: () => unknown;
  /** Loaded together with the claim, which shows once all are in. */
  loadAlongside: Array<() => Promise<unknown>>;
}

/** The claim being decided on with its ETag, kept up to date with other editors' changes. */
export function useClaim(claimId: string, { onClaimChanged, onHistoryChanged, loadAlongside }: Options) {
  const [basis, setBasis] = useState<ClaimBasis>({ state: 'loading' });
  const [remote, setRemote] = useState<RemoteChange | null>(null);
  const guard = useRef<LiveGuard>({ saving: false, keepsDraft: false });
  const alongside = useRef(loadAlongside);
  alongside.current = loadAlongside;

  const fetchClaim = useCallback(async () => {
    const result = await call(api.GET('/api/v1/claims/{id}', { params: { path: { id: claimId } } }));
    return result.ok ? { ok: true as const, claim: result.data, etag: claimEtag(result.response, result.data) } : result;
  }, [claimId]);

  const load = useCallback(async () => {
    setBasis({ state: 'loading' });
    const [claim] = await Promise.all([fetchClaim(), ...alongside.current.map((l) => l())]);
    setBasis(claim.ok ? { state: 'ready', claim: claim.claim, etag: claim.etag } : { state: 'error', message: claim.problem.detail });
  }, [fetchClaim]);
  useEffect(() => void load(), [load]);

  /** Adopts a version of the claim as the one being decided on. */
  const adopt = useCallback(
    (next: Claim, etag: string) => {
      setBasis({ state: 'ready', claim: next, etag });
      setRemote(null);
      onClaimChanged?.(next);
    },
    [onClaimChanged],
  );

  const claim = basis.state === 'ready' ? basis.claim : null;
  useRemoteChanges({ claimId, claim, guard, fetchClaim, adopt, offer: setRemote, onHistoryChanged });

  return { basis, claim, remote, guard, load, fetchClaim, adopt, dismissRemote: () => setRemote(null) };
}

export type ClaimState = ReturnType<typeof useClaim>;
type Fetched = Awaited<ReturnType<ClaimState['fetchClaim']>>;

interface RemoteOptions {
  claimId: string;
  claim: Claim | null;
  guard: RefObject<LiveGuard>;
  fetchClaim: () => Promise<Fetched>;
  adopt: (claim: Claim, etag: string) => void;
  offer: (change: RemoteChange) => void;
  onHistoryChanged: () => unknown;
}

// Another editor changed this claim: take their version if nothing is drafted, otherwise say so
// and keep the draft on the old version, so deciding cannot overwrite theirs without a look.
function useRemoteChanges({ claimId, claim, guard, fetchClaim, adopt, offer, onHistoryChanged }: RemoteOptions) {
  const me = useSession()?.owner.id;
  useLive(async (m) => {
    if (!claim || guard.current.saving) return;
    if (m.kind === 'event' && (m.event.entityType !== 'claim' || m.event.entityId !== claimId)) return;
    // A comment changes nothing about the claim but its history; the discussion reloads itself.
    if (m.kind === 'event' && m.event.action.startsWith('comment.')) return void onHistoryChanged();
    if (m.kind === 'event' && m.event.version !== null && m.event.version <= claim.version) return;
    const { keepsDraft } = guard.current;
    const fresh = await fetchClaim();
    if (!fresh.ok || fresh.claim.version === claim.version || guard.current.saving) return;
    void onHistoryChanged();
    const actor = m.kind === 'event' ? m.event.actor : 'Another editor';
    if (keepsDraft) return offer({ claim: fresh.claim, etag: fresh.etag, actor });
    adopt(fresh.claim, fresh.etag);
    announce(changeAnnouncement(m, actor, fresh.claim, me));
  });
}

/** A live change in words; being handed the claim is said as such, as the desk says it, not as a status. */
function changeAnnouncement(m: LiveMessage, actor: string, claim: Claim, me: string | null | undefined): string {
  if (m.kind === 'event' && m.event.action === 'claim.assigned') {
    if (me && m.event.assigneeTokenId === me) return `${actor} assigned you this claim.`;
    return claim.assignee ? `${actor} assigned this claim to ${claim.assignee.name}.` : `${actor} unassigned this claim.`;
  }
  return `${actor} changed this claim: it is now ${statusOf(claim.status).label.toLowerCase()}.`;
}
