import type { PanelMessage } from '../../hooks/decision-draft.js';

/** The outcome of the editor's last action, read out as it changes. */
export function PanelMessageArea({ message }: { message: PanelMessage | null }) {
  return (
    <div className="message-area" aria-live="polite">
      {message && (
        <p className={message.kind === 'error' ? 'field-error' : 'success'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
