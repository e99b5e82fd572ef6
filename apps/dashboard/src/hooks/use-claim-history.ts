import type { AuditEvent } from '@factdesk/sdk';
import { useCallback, useState } from 'react';
import { api, call } from '../api.js';

export type HistoryLoad = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; events: AuditEvent[] };

/** The claim's audit trail; `load` also answers with the events (none when it failed). */
export function useClaimHistory(claimId: string) {
  const [history, setHistory] = useState<HistoryLoad>({ state: 'loading' });
  const load = useCallback(async () => {
    const result = await call(api.GET('/api/v1/claims/{id}/history', { params: { path: { id: claimId } } }));
    setHistory(result.ok ? { state: 'ready', events: result.data } : { state: 'error', message: result.problem.detail });
    return result.ok ? result.data : [];
  }, [claimId]);
  return { history, load };
}

export type ClaimHistory = ReturnType<typeof useClaimHistory>;
