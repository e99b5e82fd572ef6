import { useState, type FormEvent } from 'react';
import { api, call, tokenStore } from '../api.js';
import type { Session } from '../session.js';

export function SignIn({ notice, onSignedIn }: { notice?: string; onSignedIn: (session: Session) => void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const secret = token.trim();
    if (!secret) return setError('Paste your API token.');
    setBusy(true);
    setError(null);
    tokenStore.set(secret);
    const me = await call(api.GET('/api/v1/tokens/me'));
    setBusy(false);
    if (me.ok) return onSignedIn({ token: secret, owner: me.data });
    tokenStore.clear();
    setError(me.status === 401 ? 'That token is unknown or has been revoked.' : me.problem.detail);
  };

  return (
    <main className="sign-in" id="main">
      <h1>Factdesk</h1>
      <p className="lede">The fact-check desk. Sign in with your API token (it starts with <code>fd_</code>).</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <label htmlFor="token">API token</label>
        <input
          id="token"
          name="token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'token-error' : 'token-help'}
          autoFocus
        />
        <p id="token-help" className="hint">
          Ask an admin for one, or use the token printed when the server first started.
        </p>
        {error && (
          <p id="token-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
