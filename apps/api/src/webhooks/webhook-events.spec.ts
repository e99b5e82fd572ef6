import { describe, expect, it } from 'vitest';
import type { AuditClaimDto, AuditVerdictAfterDto, AuditVerdictBeforeDto } from '../audit/audit-payloads.dto.js';
import { eventsOf, eventTypeOf, MAX_RETRY_DELAY_MS, retryDelayMs } from './webhook-events.js';

describe(eventTypeOf.name, () => {
  it('maps decided and corrected verdicts to verdict.changed and keeps internal actions out', () => {
    expect(eventTypeOf('claim.created')).toBe('claim.created');
    expect(eventTypeOf('verdict.decided')).toBe('verdict.changed');
    expect(eventTypeOf('verdict.corrected')).toBe('verdict.changed');
    expect(eventTypeOf('claim.published')).toBe('claim.published');
    expect(eventTypeOf('correction.published')).toBe('correction.published');
    for (const internal of ['token.created', 'article.updated', 'webhook.created', 'toString', '__proto__']) expect(eventTypeOf(internal)).toBeNull();
  });
});

describe(eventsOf.name, () => {
  it('makes one event per announcing entry, carrying the audit entry and the actor', () => {
    let n = 0;
    const claim: AuditClaimDto = { articleId: null, revisionId: null, start: null, end: null, text: 'x', kind: 'statement', origin: 'editor', status: 'open', version: 1 };
    const before: AuditVerdictBeforeDto = { status: 'verified', version: 2, verdictId: 'v1', note: null };
    const after: AuditVerdictAfterDto = { status: 'disputed', version: 3, verdictId: 'v2', note: '', citations: [] };
    const sut = eventsOf(
      [
        { action: 'claim.created', entityType: 'claim', entityId: 'c1', after: claim },
        { action: 'revision.created', entityType: 'article', entityId: 'a1' },
        { action: 'verdict.corrected', entityType: 'claim', entityId: 'c1', before, after, reason: 'new source' },
      ],
      'Ana (desk)',
      new Date('2026-01-02T03:04:05Z'),
      () => `id-${++n}`,
    );
    expect(sut).toEqual([
      { id: 'id-1', type: 'claim.created', occurredAt: '2026-01-02T03:04:05.000Z', data: { entityType: 'claim', entityId: 'c1', before: null, after: claim, reason: null, actor: 'Ana (desk)' } },
      {
        id: 'id-2',
        type: 'verdict.changed',
        occurredAt: '2026-01-02T03:04:05.000Z',
        data: { entityType: 'claim', entityId: 'c1', before, after, reason: 'new source', actor: 'Ana (desk)' },
      },
    ]);
  });
});

describe(retryDelayMs.name, () => {
  it('doubles from the base per failed attempt', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000, middle))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never waits longer than the cap, even after many attempts', () => {
    expect(retryDelayMs(40, 60_000, () => 0.5)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(40, 60_000, () => 0.999999)).toBeLessThanOrEqual(MAX_RETRY_DELAY_MS * 1.2);
  });
});
