import { etagOf, type Claim } from '@factdesk/sdk';

/** The ETag a claim response carries (to send back as If-Match), or the one its version stands for. */
export const claimEtag = (response: Response, claim: Pick<Claim, 'version'>): string => etagOf(response) ?? `"${claim.version}"`;
