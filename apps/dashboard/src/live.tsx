import { eventsUrl, type LiveEvent } from '@factdesk/sdk';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

export type LiveStatus = 'connecting' | 'live' | 'offline';
/**
 * `resync` comes after a connection on which events may have been missed, so views reload. A
 * reconnection does not need it: EventSource sends Last-Event-ID and the server replays what was
 * missed before `ready` (replayed: true); only when it could not (too much missed) do views reload.
 */
export type LiveMessage = { kind: 'event'; event: LiveEvent } | { kind: 'resync' };

interface LiveContextValue {
  status: LiveStatus;
  subscribe(listener: (message: LiveMessage) => void): () => void;
}

const LiveContext = createContext<LiveContextValue>({ status: 'offline', subscribe: () => () => {} });

/** One EventSource per dashboard, fanned out to whichever views are mounted. */
export function LiveProvider({ token, children }: { token: string; children: ReactNode }) {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const listeners = useRef(new Set<(message: LiveMessage) => void>());
  const [value] = useState<LiveContextValue>(() => ({
    status: 'connecting',
    subscribe(listener) {
      listeners.current.add(listener);
      return () => listeners.current.delete(listener);
    },
  }));

  useEffect(() => {
    const source = new EventSource(eventsUrl(token));
    const emit = (message: LiveMessage) => listeners.current.forEach((l) => l(message));
    source.addEventListener('ready', (e) => {
      setStatus('live');
      let replayed = false;
      try {
        replayed = (JSON.parse((e as MessageEvent<string>).data) as { replayed?: unknown }).replayed === true;
      } catch {
        // an unreadable ready is treated as a gap
      }
      if (!replayed) emit({ kind: 'resync' });
    });
    source.addEventListener('audit', (e) => {
      try {
        emit({ kind: 'event', event: JSON.parse((e as MessageEvent<string>).data) as LiveEvent });
      } catch {
        // a malformed event is skipped; the next resync catches up
      }
    });
    // EventSource reconnects by itself; say so while it does.
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
    return () => source.close();
  }, [token]);

  return <LiveContext.Provider value={{ ...value, status }}>{children}</LiveContext.Provider>;
}

export function useLiveStatus(): LiveStatus {
  return useContext(LiveContext).status;
}

/** Calls `listener` (the latest one passed) for every live message while mounted. */
export function useLive(listener: (message: LiveMessage) => void): void {
  const { subscribe } = useContext(LiveContext);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => subscribe((m) => latest.current(m)), [subscribe]);
}
