import { useCallback, useEffect, useRef, useState } from 'react';
import { api, call, forgetCaches, onUnauthorized, tokenStore } from './api.js';
import { ArticleView } from './components/article-view.js';
import { ClaimPanel } from './components/claim-panel.js';
import { forgetDrafts } from './components/drafts.js';
import { HelpDialog } from './components/help-dialog.js';
import { Home } from './components/home.js';
import { Overview } from './components/overview.js';
import { SignIn } from './components/sign-in.js';
import { ErrorState, Loading } from './components/states.js';
import { LiveProvider, useLiveStatus } from './live.js';
import { useRoute } from './route.js';
import { useShortcuts } from './shortcuts.js';
import { SessionContext, type Session } from './session.js';

type Boot = { state: 'checking' } | { state: 'signed-out'; notice?: string } | { state: 'signed-in'; session: Session } | { state: 'error'; message: string };

export function App() {
  const [boot, setBoot] = useState<Boot>(() => (tokenStore.get() ? { state: 'checking' } : { state: 'signed-out' }));

  const check = useCallback(async () => {
    const token = tokenStore.get();
    if (!token) return setBoot({ state: 'signed-out' });
    setBoot({ state: 'checking' });
    const me = await call(api.GET('/api/v1/tokens/me'));
    if (me.ok) setBoot({ state: 'signed-in', session: { token, owner: me.data } });
    else if (me.status === 401) {
      tokenStore.clear();
      setBoot({ state: 'signed-out', notice: 'Your token is no longer valid. Sign in again.' });
    } else setBoot({ state: 'error', message: me.problem.detail });
  }, []);

  useEffect(() => {
    if (boot.state === 'checking') void check();
    // Only on first load: later checks are triggered explicitly.
  }, []);

  // Only a signed-in session can be revoked: a wrong token at sign-in is the form's own error to show.
  const signedIn = boot.state === 'signed-in';
  useEffect(
    () =>
      onUnauthorized(() => {
        if (!signedIn) return;
        tokenStore.clear();
        forgetCaches();
        setBoot({ state: 'signed-out', notice: 'Your token was revoked or is unknown. Sign in again.' });
      }),
    [signedIn],
  );

  const signOut = () => {
    tokenStore.clear();
    forgetCaches();
    forgetDrafts();
    setBoot({ state: 'signed-out', notice: 'Signed out.' });
  };

  if (boot.state === 'checking') return <Loading label="Checking your sign-in…" />;
  if (boot.state === 'error') return <ErrorState message={boot.message} onRetry={check} />;
  if (boot.state === 'signed-out') return <SignIn notice={boot.notice} onSignedIn={(session) => setBoot({ state: 'signed-in', session })} />;
  return (
    <SessionContext.Provider value={boot.session}>
      <LiveProvider token={boot.session.token}>
        <Shell session={boot.session} onSignOut={signOut} />
      </LiveProvider>
    </SessionContext.Provider>
  );
}

function Shell({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const route = useRoute();
  const live = useLiveStatus();
  const help = useRef<HTMLDialogElement>(null);
  const canDecide = session.owner.role !== 'viewer';
  useShortcuts({ '?': () => help.current?.showModal() });

  useEffect(() => {
    document.title = route.name === 'home' ? 'Factdesk — desk' : route.name === 'overview' ? 'Factdesk — overview' : 'Factdesk';
    window.scrollTo(0, 0);
  }, [route.name, route.name === 'article' ? route.id : null]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header className="topbar">
        <a className="brand" href="#/">
          Factdesk
        </a>
        <nav aria-label="Pages" className="pages">
          <a href="#/" aria-current={route.name === 'home' ? 'page' : undefined}>
            Desk
          </a>
          <a href="#/overview" aria-current={route.name === 'overview' ? 'page' : undefined}>
            Overview
          </a>
        </nav>
        <span className={`live live-${live}`} role="status" title="Other editors' decisions appear here as they happen">
          <span aria-hidden="true">{live === 'live' ? '●' : live === 'connecting' ? '◌' : '○'}</span> {live === 'live' ? 'Live' : live === 'connecting' ? 'Connecting…' : 'Offline'}
        </span>
        <span className="spacer" />
        <span className="who">
          {session.owner.name} <span className="role">{session.owner.role}</span>
        </span>
        <button type="button" className="link-button shortcuts-button" onClick={() => help.current?.showModal()}>
          Shortcuts <kbd>?</kbd>
        </button>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {route.name === 'home' && <Home />}
        {route.name === 'overview' && <Overview />}
        {route.name === 'article' && <ArticleView key={`${route.id}:${route.revision ?? ''}`} route={route} canDecide={canDecide} />}
        {route.name === 'claim' && (
          <div className="standalone">
            <p>
              <a href="#/">← Back to the desk</a>
            </p>
            <ClaimPanel key={route.id} claimId={route.id} canDecide={canDecide} />
          </div>
        )}
        {route.name === 'not-found' && <ErrorState message="There is no such page in the dashboard." />}
      </main>
      <HelpDialog ref={help} canDecide={canDecide} />
      <div id="announcer" className="visually-hidden" aria-live="polite" />
    </>
  );
}
