import type { TokenOwner } from '@factdesk/sdk';

/** Who is signed in at this browser, and with which token. */
export interface Session {
  token: string;
  owner: TokenOwner;
}
