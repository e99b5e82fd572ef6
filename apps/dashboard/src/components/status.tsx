import type { Schemas } from '@factdesk/sdk';
import { statusOf } from '../labels.js';

export function StatusBadge({ status }: { status: string }) {
  const s = statusOf(status);
  return (
    <span className={`status st-${status}`}>
      <span aria-hidden="true">{s.icon}</span> {s.label}
    </span>
  );
}

const PARTS = ['verified', 'disputed', 'unsupported', 'open'] as const;
const DECIDED = ['verified', 'disputed', 'unsupported'] as const;

/** Claim progress as a bar and, always, as words. */
export function Progress({ progress }: { progress: Schemas['ClaimProgressDto'] }) {
  const total = progress.total || 1;
  return (
    <div className="progress">
      <div className="bar" aria-hidden="true">
        {DECIDED.map((p) => (progress[p] > 0 ? <span key={p} className={`st-${p}`} style={{ width: `${(progress[p] / total) * 100}%` }} /> : null))}
      </div>
      <p className="progress-text">
        <strong>{progress.total}</strong> {progress.total === 1 ? 'claim' : 'claims'}:{' '}
        {PARTS.map((p, i) => [
          i > 0 ? ' · ' : null,
          <span key={p} className="count">
            <span aria-hidden="true">{statusOf(p).icon}</span> {progress[p]} {statusOf(p).label.toLowerCase()}
          </span>,
        ])}
      </p>
    </div>
  );
}
