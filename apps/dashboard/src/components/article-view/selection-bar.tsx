import { truncate } from '../../labels.js';
import type { TextSelection } from '../../hooks/use-claim-creation.js';

interface Props {
  text: string;
  selection: TextSelection | null;
  creating: { busy: boolean; error: string | null };
  onCreate: () => void;
}

/** The text the editor selected, and the button that makes it a claim. */
export function SelectionBar({ text, selection, creating, onCreate }: Props) {
  return (
    <div className={`selection-bar${selection ? ' has-selection' : ''}`} aria-live="polite">
      {selection ? (
        <>
          <span className="selected-quote">“{truncate(text.slice(selection.start, selection.end), 90)}”</span>
          <button type="button" onClick={onCreate} disabled={creating.busy}>
            Create claim <kbd>c</kbd>
          </button>
        </>
      ) : (
        <span className="hint">Select text in the article to make it a claim.</span>
      )}
      {creating.error && (
        <span className="field-error" role="alert">
          {creating.error}
        </span>
      )}
    </div>
  );
}
