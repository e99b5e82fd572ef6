import { withoutFormatMarks } from '../common/visible-text.js';

/**
 * Who a person is, for the rule that nobody reviews their own verdict: the token's person name, with
 * case, spacing and compatibility forms folded, so a second token named " ana  Silva" is still Ana Silva.
 */
export function personKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Whether a token name would pass for one of Factdesk's own actors (system:seed, system:bootstrap) in
 * the audit trail, read as a person reads it: invisible marks dropped, compatibility forms folded (a
 * fullwidth colon is a colon) and the spaces around the colon closed.
 */
export const passesForSystemActor = (name: string): boolean => personKey(withoutFormatMarks(name)).replace(/\s*:\s*/, ':').startsWith('system:');
