import type { Claim } from '@factdesk/sdk';
import { useMemo } from 'react';
import type { ClaimSpan } from '../text-layout.js';

/** The article's anchored claims in text order, how each is marked in the text, and the tally by status. */
export function useArticleClaims(claims: Claim[] | null) {
  const ordered = useMemo(() => [...(claims ?? [])].filter((c) => c.selector).sort((a, b) => a.selector!.position.start - b.selector!.position.start), [claims]);
  // The top quarter by check-worthiness stands out; the rest stay readable as text, not a wall of underlines.
  const spans = useMemo<ClaimSpan[]>(() => {
    const cut = [...ordered].sort((a, b) => b.score - a.score)[Math.max(1, Math.ceil(ordered.length / 4)) - 1]?.score ?? 0;
    return ordered.map((c) => ({ id: c.id, start: c.selector!.position.start, end: c.selector!.position.end, status: c.status, strong: c.score >= cut }));
  }, [ordered]);
  const progress = useMemo(() => {
    const p = { total: ordered.length, open: 0, verified: 0, disputed: 0, unsupported: 0 };
    for (const c of ordered) p[c.status] += 1;
    return p;
  }, [ordered]);
  return { ordered, spans, progress };
}
