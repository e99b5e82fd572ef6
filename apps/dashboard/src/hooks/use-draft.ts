import { useCallback, useState } from 'react';
import { drafts, EMPTY, isEmpty, type Draft } from '../components/drafts.js';

/** The editor's unsent decision on a claim, kept in `drafts` so it outlives the panel. */
export function useDraft(claimId: string) {
  // Drafts kept from before a field was added lack it; fill it in.
  const [draft, setDraftState] = useState<Draft>(() => ({ ...EMPTY, ...drafts.get(claimId) }));
  const setDraft = useCallback(
    (update: (d: Draft) => Draft) =>
      setDraftState((d) => {
        const next = update(d);
        if (isEmpty(next)) drafts.delete(claimId);
        else drafts.set(claimId, next);
        return next;
      }),
    [claimId],
  );
  return { draft, setDraft };
}

export type DraftUpdate = ReturnType<typeof useDraft>['setDraft'];
