import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * What is true of every operation and is written once here instead of on every route: which ones are
 * public, which can answer 429 and with which headers, the scheme a 401 names, the Idempotency-Key every POST accepts, UUID
 * path parameters, and a nullable `$ref` that OpenAPI 3.0 validators (Prism, Ajv) really read as
 * nullable. Pure: it rewrites the document Nest generated, so new routes get the same treatment.
 */

type Json = Record<string, unknown>;
type Operation = Json & { parameters?: Json[]; responses: Record<string, Json>; security?: unknown[] };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const WRITES = new Set(['post', 'put', 'patch', 'delete']);
/** A UUID is 36 characters; writing it down lets tools bound every id string. */
const UUID_LENGTH = 36;

/** The write limiter has two buckets (per token, per address); @nestjs/throttler names each header after its bucket. */
const RATE_LIMIT_HEADERS = ['token', 'ip'].flatMap((bucket) => [`X-RateLimit-Limit-${bucket}`, `X-RateLimit-Remaining-${bucket}`, `X-RateLimit-Reset-${bucket}`]);

/** The ingest budget's headers, named as the write limiter names its own (auth/rate-limits.ts sends them). */
export const INGEST_BUDGET_HEADERS = { limit: 'X-RateLimit-Limit-ingest', remaining: 'X-RateLimit-Remaining-ingest', reset: 'X-RateLimit-Reset-ingest' } as const;

/** Marks an operation whose items count against the ingest budget instead of the per-token write limit. */
export const INGEST_BUDGET_EXTENSION = 'x-ingest-budget';

/** Headers a browser client may read (CORS Access-Control-Expose-Headers). */
export const EXPOSED_HEADERS = ['ETag', 'Location', 'Retry-After', 'WWW-Authenticate', 'X-Request-Id', 'Idempotent-Replayed', 'Retry-After-token', 'Retry-After-ip', ...RATE_LIMIT_HEADERS, ...Object.values(INGEST_BUDGET_HEADERS)];

const integerHeader = (description: string) => ({ description, schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647 } });

const headerObjectsOf = (names: string[]): Record<string, Json> =>
  Object.fromEntries(
    names.map((name) => {
      const [, what, bucket] = /^X-RateLimit-(\w+)-(\w+)$/.exec(name)!;
      const who = bucket === 'token' ? 'this token' : 'this client address';
      const text = { Limit: `Writes ${who} may make per minute.`, Remaining: `Writes ${who} has left in the current minute.`, Reset: `Seconds until the current minute for ${who} ends.` }[what]!;
      return [name, integerHeader(text)];
    }),
  );

const RATE_LIMIT_HEADER_OBJECTS = headerObjectsOf(RATE_LIMIT_HEADERS);
const IP_HEADER_OBJECTS = headerObjectsOf(RATE_LIMIT_HEADERS.filter((h) => h.endsWith('-ip')));

const INGEST_HEADER_OBJECTS: Record<string, Json> = {
  [INGEST_BUDGET_HEADERS.limit]: integerHeader('Batch items this token may send per minute (RATE_LIMIT_INGEST_ITEMS_PER_TOKEN).'),
  [INGEST_BUDGET_HEADERS.remaining]: integerHeader('Batch items this token has left in the current minute, this batch counted.'),
  [INGEST_BUDGET_HEADERS.reset]: integerHeader('Seconds until the current minute of this token’s ingest budget ends.'),
};
/** The answers the ingest budget gives itself or sees pass (auth, the address limit and the Idempotency-Key check come first). */
const INGEST_COUNTED = new Set(['200', '400', '409', '413', '429']);

/** @nestjs/throttler names the bucket that refused in a header of its own beside Retry-After. */
const RETRY_AFTER_BUCKET = (bucket: string) => integerHeader(`Seconds to wait before retrying, when the per-${bucket === 'ip' ? 'address' : 'token'} write limit refused the request.`);

const RETRY_AFTER = integerHeader('Seconds to wait before retrying.');

/** sendProblem names the scheme on every 401 (RFC 9110 §15.5.2, RFC 6750). */
const WWW_AUTHENTICATE = { description: 'The scheme to authenticate with: `Bearer realm="factdesk"`.', schema: { type: 'string', maxLength: 100, example: 'Bearer realm="factdesk"' } };

/** Statuses a write answers after the rate limiter has counted it (auth, body size and media type come first). */
const COUNTED = (status: string) => /^2/.test(status) || ['400', '404', '409', '412', '422', '428', '429'].includes(status);

const PROBLEM_CONTENT = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } };

export function applyOpenApiConventions(document: OpenAPIObject): OpenAPIObject {
  eachObject(document, (object) => {
    rewriteNullableRef(object);
    boundUuidString(object);
  });
  for (const server of document.servers ?? []) Object.assign(server, { 'x-internal': false });
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined;
      if (operation) applyToOperation(method, operation);
    }
  }
  return document;
}

function applyToOperation(method: (typeof METHODS)[number], op: Operation): void {
  // An operation without a bearer requirement is public (@Public): say so explicitly, as OpenAPI expects.
  op.security ??= [];
  const authenticated = op.security.length > 0;
  for (const param of op.parameters ?? []) {
    const schema = param.schema as Json | undefined;
    if (param.in === 'path' && schema?.type === 'string' && /^(id|\w+Id)$/.test(String(param.name))) Object.assign(schema, { format: 'uuid', maxLength: UUID_LENGTH });
  }
  if (method === 'post' && !(op.parameters ?? []).some((p) => p.in === 'header' && String(p.name).toLowerCase() === 'idempotency-key')) {
    (op.parameters ??= []).push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Any unique string (1–200 visible ASCII characters). A retry with the same key and body returns the first response and changes nothing; the same key with another body gets 422.',
      schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]{1,200}$' },
    });
  }
  // Every POST takes an Idempotency-Key, so every POST can answer 422 idempotency-key-reused, and 409 while another request with its key runs.
  if (method === 'post') {
    op.responses['422'] ??= { description: 'The request cannot be applied (see the problem type); idempotency-key-reused when the Idempotency-Key came with another body.', content: PROBLEM_CONTENT };
    op.responses['409'] ??= { description: 'A request with this Idempotency-Key is still being processed (or just completed): nothing of this one was applied; retry to receive its response.', content: PROBLEM_CONTENT };
  }
  // requireJson answers any POST, PUT or PATCH whose body is not JSON, whether or not the operation reads one.
  if (method === 'post' || method === 'put' || method === 'patch') op.responses['415'] ??= { description: 'The request body must be application/json (or a +json type).', content: PROBLEM_CONTENT };
  if (op.responses['201']) {
    op.responses['201'].headers = { Location: { description: 'Where the created resource lives.', schema: { type: 'string', maxLength: 300 } }, ...((op.responses['201'].headers as Json | undefined) ?? {}) };
  }
  if (op.responses['401']) op.responses['401'].headers = { 'WWW-Authenticate': WWW_AUTHENTICATE, ...((op.responses['401'].headers as Json | undefined) ?? {}) };
  const limited = WRITES.has(method);
  // The batch route counts its items against the ingest budget instead of the per-token write limit.
  const ingest = op[INGEST_BUDGET_EXTENSION] === true;
  // Writes are counted per token and address; any authenticated call counts towards the failed-authentication limit.
  if (limited || authenticated) {
    op.responses['429'] ??= {
      description: ingest
        ? 'The batch does not fit in what is left of this token’s ingest budget this minute (nothing was written), too many writes from this address, or too many failed authentications: wait Retry-After seconds.'
        : limited
          ? 'Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds.'
          : 'Too many failed authentications from this address: wait Retry-After seconds.',
      content: PROBLEM_CONTENT,
    };
    const buckets = limited ? (ingest ? ['ip'] : ['token', 'ip']) : [];
    op.responses['429'].headers = { 'Retry-After': RETRY_AFTER, ...Object.fromEntries(buckets.map((b) => [`Retry-After-${b}`, RETRY_AFTER_BUCKET(b)])), ...((op.responses['429'].headers as Json | undefined) ?? {}) };
  }
  if (ingest && op.responses['413']) op.responses['413'].description = `${String(op.responses['413'].description)} Also: more items than this token’s whole ingest budget (RATE_LIMIT_INGEST_ITEMS_PER_TOKEN); send smaller batches.`;
  if (limited) {
    for (const [status, response] of Object.entries(op.responses)) {
      const headers = { ...(COUNTED(status) ? (ingest ? IP_HEADER_OBJECTS : RATE_LIMIT_HEADER_OBJECTS) : {}), ...(ingest && INGEST_COUNTED.has(status) ? INGEST_HEADER_OBJECTS : {}) };
      if (Object.keys(headers).length > 0) response.headers = { ...headers, ...((response.headers as Json | undefined) ?? {}) };
    }
  }
}

/**
 * Nest writes a nullable DTO property as `{allOf: [{$ref}], nullable: true}`, which OpenAPI 3.0 does
 * not read as nullable (`nullable` needs a `type` beside it), so validators reject the `null` the
 * server sends. `oneOf` a reference or a schema that only admits null says what is meant.
 */
function rewriteNullableRef(schema: Json): void {
  const allOf = schema.allOf as Json[] | undefined;
  if (schema.nullable === true && allOf?.length === 1 && typeof allOf[0].$ref === 'string') {
    delete schema.allOf;
    delete schema.nullable;
    delete schema.type;
    schema.oneOf = [{ $ref: allOf[0].$ref }, { type: 'object', nullable: true, enum: [null] }];
  }
}

function boundUuidString(schema: Json): void {
  if (schema.type === 'string' && schema.format === 'uuid' && schema.maxLength === undefined) schema.maxLength = UUID_LENGTH;
}

/** Calls `visit` on every object in the document, children first. */
function eachObject(node: unknown, visit: (object: Json) => void): void {
  if (!node || typeof node !== 'object') return;
  for (const value of Object.values(node)) eachObject(value, visit);
  if (!Array.isArray(node)) visit(node as Json);
}
