import type { AuditEvent } from '@factdesk/sdk';
import { ACTIONS, formatTime, statusOf } from '../labels.js';
import { Empty } from './states.js';

interface Snapshot {
  status?: string;
  note?: string | null;
  citations?: unknown[];
  origin?: string;
}

/** The claim's audit trail, oldest first: who did what, and why. */
export function History({ events }: { events: AuditEvent[] }) {
  if (events.length === 0) return <Empty>Nothing has happened to this claim yet.</Empty>;
  return (
    <ol className="history">
      {events.map((e) => {
        const before = (e.before ?? {}) as Snapshot;
        const after = (e.after ?? {}) as Snapshot;
        const decided = e.action.startsWith('verdict.');
        return (
          <li key={e.id} data-action={e.action}>
            <p>
              <strong>{ACTIONS[e.action] ?? e.action}</strong>
              {decided && after.status && (
                <>
                  {': '}
                  {e.action === 'verdict.corrected' && before.status && `${statusOf(before.status).icon} ${statusOf(before.status).label} → `}
                  {statusOf(after.status).icon} {statusOf(after.status).label}
                </>
              )}
              {e.action === 'claim.created' && after.origin === 'extracted' && ' (extracted from the article)'} <span className="actor">by {e.actor}</span> · <time dateTime={e.occurredAt}>{formatTime(e.occurredAt)}</time>
            </p>
            {e.reason && <p className="reason">Reason: {e.reason}</p>}
            {decided && after.note && <p className="note">Note: {after.note}</p>}
            {decided && Array.isArray(after.citations) && <p className="hint">{after.citations.length} citation{after.citations.length === 1 ? '' : 's'}</p>}
          </li>
        );
      })}
    </ol>
  );
}
