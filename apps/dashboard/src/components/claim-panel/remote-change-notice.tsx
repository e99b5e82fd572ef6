import { statusOf } from '../../labels.js';
import type { RemoteChange } from '../../hooks/use-claim.js';

/** Another editor changed the claim while this one was drafting: the draft is kept until they look. */
export function RemoteChangeNotice({ remote, onReview }: { remote: RemoteChange; onReview: () => void }) {
  return (
    <div className="notice warn" role="alert">
      <p>
        <strong>{remote.actor}</strong> changed this claim while you were drafting (now {statusOf(remote.claim.status).label.toLowerCase()}). Your draft is kept.
      </p>
      <button type="button" onClick={onReview}>
        Review their change
      </button>
    </div>
  );
}
