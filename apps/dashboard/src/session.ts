import type { TokenOwner } from '@factdesk/sdk';
import { createContext, useContext } from 'react';

/** Who is signed in at this browser, and with which token. */
export interface Session {
  token: string;
  owner: TokenOwner;
}

/** The signed-in session for components deep in the tree (whose claims, whose verdicts); app.tsx provides it. */
export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session | null {
  return useContext(SessionContext);
}

/** Whether this session may add articles (editors and admins): the add form and the hints that point to it. */
export const canAddArticles = (session: Session | null) => session?.owner.role !== 'viewer';

/** The API's rule for "the same person" (auth/person-name.ts personKey): case, spacing and compatibility forms folded. */
export const personKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
