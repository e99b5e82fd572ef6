import type { Verdict } from '@factdesk/sdk';

/** The three verdicts an editor can give, each with its key. */
export function VerdictButtons({ busy, onDecide }: { busy: boolean; onDecide: (verdict: Verdict) => void }) {
  return (
    <div className="verdict-buttons" role="group" aria-label="Verdict">
      <button type="button" className="verdict st-verified" disabled={busy} onClick={() => onDecide('verified')}>
        <span aria-hidden="true">✓</span> Verified <kbd>v</kbd>
      </button>
      <button type="button" className="verdict st-disputed" disabled={busy} onClick={() => onDecide('disputed')}>
        <span aria-hidden="true">✗</span> Disputed <kbd>d</kbd>
      </button>
      <button type="button" className="verdict st-unsupported" disabled={busy} onClick={() => onDecide('unsupported')}>
        <span aria-hidden="true">?</span> Unsupported <kbd>u</kbd>
      </button>
    </div>
  );
}
