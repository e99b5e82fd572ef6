import { useEffect, useRef, useState } from 'react';

interface Props {
  /** The claim is already public: publishing now replaces what readers see with a correction. */
  correction: boolean;
  busy: boolean;
  onPublish: () => void;
}

/**
 * Publishing puts the verdict in front of readers (a public review page, the ClaimReview markup, the feeds)
 * and cannot be taken back quietly: later changes become public corrections. So the button asks once more,
 * in place, saying what will happen; Escape or Cancel leaves everything as it was.
 */
export function PublishControl({ correction, busy, onPublish }: Props) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) ask.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const label = correction ? 'Publish this correction' : 'Publish this verdict';
  if (!asking) {
    return (
      <p>
        <button type="button" ref={ask} onClick={() => setAsking(true)} disabled={busy}>
          {label}
        </button>{' '}
        <span className="hint">as a public ClaimReview; later changes become public corrections.</span>
      </p>
    );
  }
  return (
    <div className="publish-confirm" role="group" aria-labelledby="publish-confirm-text" onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <p id="publish-confirm-text">
        {correction
          ? 'Readers will see this correction, with its public note, in place of the published verdict and in the corrections feeds.'
          : 'Readers will see this verdict on its public review page and in the feeds; after this, every change is a public correction.'}
      </p>
      <p>
        <button
          type="button"
          ref={confirm}
          disabled={busy}
          onClick={() => {
            setAsking(false);
            onPublish();
          }}
        >
          {correction ? 'Yes, publish the correction' : 'Yes, publish'}
        </button>{' '}
        <button type="button" className="link-button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </p>
    </div>
  );
}
