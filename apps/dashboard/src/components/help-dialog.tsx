import { forwardRef } from 'react';

const KEYS: Array<[string, string, boolean]> = [
  ['j', 'Next claim', false],
  ['k', 'Previous claim', false],
  ['1 – 9, 0', 'Cite (or un-cite) evidence passage 1 to 9; 0 is passage 10', true],
  ['n', 'Write the note', true],
  ['v', 'Decide: verified', true],
  ['d', 'Decide: disputed', true],
  ['u', 'Decide: unsupported', true],
  ['c', 'Create a claim from the selected text', true],
  ['Esc', 'Leave a text field (then shortcuts work again)', false],
  ['?', 'This help', false],
];

export const HelpDialog = forwardRef<HTMLDialogElement, { canDecide: boolean }>(function HelpDialog({ canDecide }, ref) {
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="help-title">
      <h2 id="help-title">Keyboard shortcuts</h2>
      <dl className="keys">
        {KEYS.filter(([, , editor]) => canDecide || !editor).map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
});
