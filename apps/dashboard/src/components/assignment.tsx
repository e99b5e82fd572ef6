import type { AssignableToken, Claim } from '@factdesk/sdk';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { api, call } from '../api.js';
import { claimEtag } from '../claim-etag.js';
import { announce } from '../announce.js';

/** Who has the claim, and a picker to hand it to another editor (or to nobody). */
export function Assignment({ claim, etag, canAssign, onAssigned }: { claim: Claim; etag: string; canAssign: boolean; onAssigned: (claim: Claim, etag: string) => void }) {
  const [editors, setEditors] = useState<AssignableToken[]>([]);
  const [chosen, setChosen] = useState<string>(claim.assignee?.tokenId ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    if (canAssign) void call(api.GET('/api/v1/tokens/assignable')).then((r) => r.ok && setEditors(r.data));
  }, [canAssign]);
  useEffect(() => setChosen(claim.assignee?.tokenId ?? ''), [claim.assignee?.tokenId]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await call(api.PUT('/api/v1/claims/{id}/assignee', { params: { path: { id: claim.id }, header: { 'If-Match': etag } }, body: { tokenId: chosen || null } }));
    setBusy(false);
    if (!result.ok) return setError(result.status === 412 ? 'Someone changed this claim meanwhile; it was reloaded, choose again.' : result.problem.detail);
    onAssigned(result.data, claimEtag(result.response, result.data));
    announce(result.data.assignee ? `Assigned to ${result.data.assignee.name}.` : 'Nobody has this claim now.');
  };

  return (
    <section className="assignment" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Assignee</h3>
      <p className="assignee-now">{claim.assignee ? <strong>{claim.assignee.name}</strong> : 'Nobody has this claim.'}</p>
      {canAssign && (
        <form className="row" onSubmit={(e) => void submit(e)}>
          <div>
            <label htmlFor={`${id}-who`}>Assign to</label>
            <select id={`${id}-who`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">Nobody</option>
              {editors.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={busy || chosen === (claim.assignee?.tokenId ?? '')}>
            Assign
          </button>
        </form>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
