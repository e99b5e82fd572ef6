import type { Claim } from '@factdesk/sdk';
import { useState } from 'react';
import { api, call } from '../api.js';
import { announce } from '../announce.js';

export type TextSelection = { start: number; end: number };

interface Args {
  articleId: string;
  canDecide: boolean;
  addClaim: (claim: Claim) => void;
  select: (claimId: string) => void;
}

/** Turning the text an editor selected in the article into a claim (or finding the claim it already is). */
export function useClaimCreation({ articleId, canDecide, addClaim, select }: Args) {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [creating, setCreating] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const createClaim = async () => {
    if (!canDecide || !selection || creating.busy) return;
    setCreating({ busy: true, error: null });
    const result = await call(api.POST('/api/v1/claims', { body: { articleId, position: selection } }));
    if (!result.ok) return setCreating({ busy: false, error: result.problem.detail });
    setCreating({ busy: false, error: null });
    document.getSelection()?.removeAllRanges();
    setSelection(null);
    const claim = result.data;
    addClaim(claim);
    announce(result.response.status === 201 ? 'Claim created.' : 'That text already was a claim; it is selected.');
    select(claim.id);
  };

  return { selection, setSelection, creating, createClaim };
}
