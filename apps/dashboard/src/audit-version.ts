import type { AuditChange } from '@factdesk/sdk';

/**
 * The claim version an audited change left behind (read an AuditEvent through the SDK's `changeOf`):
 * claim and verdict actions record it in `after.version`; the others (a comment, a correction's public
 * note) record none, and count as 0.
 */
export function claimVersionAfter(change: AuditChange): number {
  const { after } = change;
  return after && 'version' in after ? after.version : 0;
}
