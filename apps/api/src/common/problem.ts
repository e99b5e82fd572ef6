/**
 * Every error Factdesk returns is RFC 9457 problem+json whose `type` is `/problems/<code>`.
 * The codes are a stable, documented contract: clients branch on them, not on `detail` text.
 */
export const PROBLEMS = {
  'validation-failed': { status: 400, title: 'The request is not valid' },
  'malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  'malformed-id': { status: 400, title: 'An identifier in the path is not a valid UUID' },
  'malformed-cursor': { status: 400, title: 'The pagination cursor is not valid' },
  unauthorized: { status: 401, title: 'A valid API token is required' },
  forbidden: { status: 403, title: 'The token’s role does not allow this' },
  'not-found': { status: 404, title: 'No such resource' },
  'method-not-allowed': { status: 405, title: 'The method is not allowed here' },
  conflict: { status: 409, title: 'A concurrent request changed the same resource; retry' },
  'precondition-failed': { status: 412, title: 'The resource changed since you read it' },
  'precondition-required': { status: 428, title: 'Send If-Match with the ETag you read' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'The request body must be application/json' },
  'quote-not-found': { status: 422, title: 'The quoted text is not in the article' },
  'quote-ambiguous': { status: 422, title: 'The quoted text occurs more than once' },
  'span-out-of-range': { status: 422, title: 'The position is outside the article text or splits a character' },
  'citation-invalid': { status: 422, title: 'A citation does not point at real text of another article' },
  'citation-required': { status: 422, title: 'This verdict needs a citation of another article' },
  'reason-required': { status: 422, title: 'Changing a verdict is a correction and needs a reason' },
  'correction-note-required': { status: 422, title: 'Correcting a published verdict needs a public correction note' },
  'verdict-unchanged': { status: 422, title: 'The correction repeats the verdict the claim already has' },
  'not-decided': { status: 422, title: 'Only a claim with a verdict can be published' },
  'review-required': { status: 409, title: 'The verdict needs another editor’s approval before it is published' },
  'not-awaiting-review': { status: 409, title: 'The claim has no verdict awaiting review' },
  'self-review': { status: 403, title: 'The author of a verdict cannot review it' },
  'assignee-invalid': { status: 422, title: 'A claim can only be assigned to an active editor or admin token' },
  'idempotency-key-reused': { status: 422, title: 'The Idempotency-Key was used for a different request' },
  'empty-article': { status: 422, title: 'Nothing is left of the article after cleaning' },
  // Fetching a page and delivering a webhook share it: the title fits both (a type has one title, RFC 9457).
  'url-not-allowed': { status: 422, title: 'Factdesk does not connect to this address' },
  'fetch-failed': { status: 422, title: 'The page at the URL could not be fetched as an article' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  'database-unavailable': { status: 503, title: 'The database is unavailable' },
  'disk-full': { status: 503, title: 'The disk holding the database is full' },
  'storage-read-only': { status: 503, title: 'The database cannot write to its storage' },
  internal: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: Array<{ field: string; messages: string[] }>;
}

export const problemType = (code: ProblemCode): string => `/problems/${code}`;

/** A domain error: services throw it, the global filter renders it. */
export class ProblemError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extra: Partial<Pick<ProblemBody, 'errors'>> & Record<string, unknown> = {},
  ) {
    super(detail);
  }

  get status(): number {
    return PROBLEMS[this.code].status;
  }
}
