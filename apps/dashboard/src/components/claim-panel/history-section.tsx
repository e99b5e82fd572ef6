import type { ClaimHistory } from '../../hooks/use-claim-history.js';
import { History } from '../history.js';
import { ErrorState, Loading } from '../states.js';

/** The claim's audit trail, as it loads. */
export function HistorySection({ history: { history, load } }: { history: ClaimHistory }) {
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">History</h3>
      {history.state === 'loading' && <Loading label="Loading the history…" />}
      {history.state === 'error' && <ErrorState message={history.message} onRetry={() => void load()} />}
      {history.state === 'ready' && <History events={history.events} />}
    </section>
  );
}
