import { changeOf, type AuditEvent } from '@factdesk/sdk';
import { ACTIONS, actorLabel, formatTime, statusOf } from '../labels.js';
import { Empty } from './states.js';

/** The claim's audit trail, oldest first: who did what, and why. */
export function History({ events }: { events: AuditEvent[] }) {
  if (events.length === 0) return <Empty>Nothing has happened to this claim yet.</Empty>;
  return (
    <ol className="history">
      {events.map((e) => {
        const change = changeOf(e);
        const decision = change.action === 'verdict.decided' || change.action === 'verdict.corrected' ? change : null;
        const after = decision?.after;
        return (
          <li key={e.id} data-action={e.action}>
            <p>
              <strong>{ACTIONS[e.action] ?? e.action}</strong>
              {after?.status && (
                <>
                  {': '}
                  {change.action === 'verdict.corrected' && change.before?.status && `${statusOf(change.before.status).icon} ${statusOf(change.before.status).label} → `}
                  {statusOf(after.status).icon} {statusOf(after.status).label}
                </>
              )}
              {change.action === 'claim.created' && change.after?.origin === 'extracted' && ' (extracted from the article)'} <span className="actor">by {actorLabel(e.actor)}</span> · <time dateTime={e.occurredAt}>{formatTime(e.occurredAt)}</time>
            </p>
            {e.reason && <p className="reason">Reason: {e.reason}</p>}
            {after?.note && <p className="note">Note: {after.note}</p>}
            {Array.isArray(after?.citations) && <p className="hint">{after.citations.length} citation{after.citations.length === 1 ? '' : 's'}</p>}
          </li>
        );
      })}
    </ol>
  );
}
