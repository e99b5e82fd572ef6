/**
 * The typed Factdesk client: openapi-fetch over the types generated from the committed openapi.json.
 * The dashboard reaches the API only through this module.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './generated/schema.js';

export type Paths = paths;
export type Schemas = components['schemas'];
export type FactdeskClient = Client<Paths>;

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** The JSON body of a route's 200 response. */
export type OkBody<P extends keyof Paths, M extends 'get' | 'put' | 'post'> = Paths[P] extends Record<M, { responses: { 200: infer R } }> ? Json<R> : never;

export type Article = Schemas['ArticleDto'];
export type ArticleSummary = Schemas['ArticleSummaryDto'];
export type Claim = Schemas['ClaimDto'];
export type ClaimStatus = Claim['status'];
export type Verdict = Schemas['DecideVerdictDto']['verdict'];
export type CitationInput = Schemas['CitationInputDto'];
export type Citation = Schemas['CitationDto'];
export type AuditEvent = Schemas['AuditEventDto'];
/** An audit event's action with its before/after as the audit contract types them; narrow on `action`. */
export type AuditChange = Schemas['AuditChange'];
/** The body of a webhook delivery (`x-webhooks` in openapi.json); narrow on `type`. */
export type WebhookEvent = Schemas['WebhookEvent'];
/** An editor's comment on a claim: internal to the desk, never published. */
export type Comment = Schemas['CommentDto'];
export type TextEdit = Schemas['TextEditDto'];
export type TextSegment = Schemas['TextSegmentDto'];
/** RFC 9457 problem details. */
export type Problem = Schemas['ProblemDto'];
export type TokenOwner = OkBody<'/api/v1/tokens/me', 'get'>;
export type AssignableToken = Schemas['AssignableTokenDto'];
export type ClaimEvidence = OkBody<'/api/v1/claims/{id}/evidence', 'get'>;
export type EvidencePassage = ClaimEvidence['evidence'][number];
export type LiveEvent = Schemas['LiveEventDto'];
export type Role = TokenOwner['role'];

export const API_PREFIX = '/api/v1';

export interface ClientOptions {
  /** Origin of the API; '' for the page's own origin. */
  baseUrl?: string;
  /** Read at every request, so signing in or out needs no new client. */
  token: () => string | null;
  fetch?: typeof globalThis.fetch;
}

/** A client that sends the bearer token on every request. */
export function createFactdeskClient(options: ClientOptions): FactdeskClient {
  const client = createClient<Paths>({ baseUrl: options.baseUrl ?? '', fetch: options.fetch });
  client.use({
    onRequest({ request }) {
      const token = options.token();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  });
  return client;
}

/** The URL of the live event stream (`GET /api/v1/events`): EventSource cannot send headers, so the token goes in the query. */
export function eventsUrl(token: string, baseUrl = ''): string {
  return `${baseUrl}${API_PREFIX}/events?access_token=${encodeURIComponent(token)}`;
}

/**
 * An audit event read through the audit contract: GET /audit and the history give before/after as open
 * objects, but the server writes each action's from one declaration (AUDIT_ACTIONS), which AuditChange is generated from.
 */
export function changeOf(event: AuditEvent): AuditChange {
  return event as unknown as AuditChange;
}

/** The ETag a response carries, to send back as If-Match. */
export function etagOf(response: Response): string | null {
  return response.headers.get('ETag');
}

/** An error body as problem+json, whatever the server or the network sent. */
export function asProblem(error: unknown, status: number): Problem {
  if (error && typeof error === 'object' && 'type' in error && 'detail' in error) return error as Problem;
  const detail = typeof error === 'string' && error ? error : error instanceof Error ? error.message : `The server answered ${status}.`;
  return { type: status === 0 ? '/problems/network' : `/problems/http-${status}`, title: 'Request failed', status, detail };
}
