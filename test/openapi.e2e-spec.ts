import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The committed contract integrators build on (CI also checks it matches the code and lints it with Redocly). */
const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
const operations = Object.entries(spec.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, method, op: op as { operationId?: string; summary?: string; requestBody?: { content: Record<string, { examples?: object; schema?: object }> }; responses: Record<string, { content?: Record<string, unknown>; description?: string }>; security?: unknown[] } })),
);

describe('openapi.json', () => {
  it('documents the body of a webhook delivery and the before/after of every audited action', () => {
    const schemas = spec.components.schemas;
    expect(spec['x-webhooks'].event.post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/WebhookEvent' });
    expect(Object.keys(schemas.WebhookEvent.discriminator.mapping).sort()).toEqual(['claim.assigned', 'claim.created', 'claim.published', 'correction.published', 'verdict.changed', 'verdict.reviewed']);
    expect(Object.keys(schemas.AuditChange.discriminator.mapping)).toEqual(expect.arrayContaining(['claim.created', 'verdict.decided', 'verdict.corrected', 'claim.published', 'correction.published', 'claim.assigned', 'verdict.reviewed']));
    expect(schemas.VerdictChangedWebhookEvent.properties.data.properties.after.oneOf[0]).toEqual({ $ref: '#/components/schemas/AuditVerdictAfterDto' });
  });

  it('gives every operation a unique operationId and a summary', () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.filter((o) => !o.op.summary).map((o) => o.name)).toEqual([]);
  });

  it('describes the error responses of every operation as problem+json', () => {
    const missing = operations.filter((o) => {
      const errors = Object.entries(o.op.responses).filter(([status]) => Number(status) >= 400);
      // Liveness answers 200 whenever the process can answer at all.
      if (o.name === 'GET /api/v1/health/live') return errors.length > 0;
      return errors.length === 0 || errors.some(([, r]) => !r.content?.['application/problem+json'] && !o.name.includes('/health'));
    });
    expect(missing.map((o) => o.name)).toEqual([]);
  });

  it('carries an example for every request body', () => {
    const bodies = operations.filter((o) => o.op.requestBody);
    expect(bodies.length).toBeGreaterThanOrEqual(8);
    expect(bodies.filter((o) => !o.op.requestBody!.content['application/json']?.examples).map((o) => o.name)).toEqual([]);
  });

  it('says for every operation whether it needs a token', () => {
    expect(operations.filter((o) => !Array.isArray(o.op.security)).map((o) => o.name)).toEqual([]);
    const publicOps = operations.filter((o) => o.op.security!.length === 0).map((o) => o.name).sort();
    expect(publicOps).toEqual(['GET /api/v1/claim-reviews', 'GET /api/v1/claims/{id}/claim-review', 'GET /api/v1/corrections', 'GET /api/v1/health', 'GET /api/v1/health/live', 'GET /corrections.atom', 'GET /problems', 'GET /problems/{code}', 'GET /reviews/{id}']);
  });

  it('writes nullable references in a form OpenAPI 3.0 validators read as nullable', () => {
    const offenders: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (schema.nullable === true && Array.isArray(schema.allOf)) offenders.push(where);
      for (const [key, value] of Object.entries(schema)) walk(value, `${where}/${key}`);
    };
    walk(spec, '#');
    expect(offenders).toEqual([]);
    expect(spec.components.schemas.ClaimDto.properties.verdict.oneOf).toEqual([{ $ref: '#/components/schemas/CurrentVerdictDto' }, { type: 'object', nullable: true, enum: [null] }]);
  });

  it('documents 429 with Retry-After on every operation that needs a token, and rate-limit headers on writes', () => {
    const authenticated = operations.filter((o) => o.op.security!.length > 0);
    expect(authenticated.filter((o) => !(o.op.responses['429'] as { headers?: Record<string, unknown> })?.headers?.['Retry-After']).map((o) => o.name)).toEqual([]);
    const writes = operations.filter((o) => o.method !== 'get');
    const success = (o: (typeof operations)[number]) => Object.entries(o.op.responses).filter(([status]) => status.startsWith('2'));
    expect(writes.filter((o) => success(o).some(([, r]) => !(r as { headers?: Record<string, unknown> }).headers?.['X-RateLimit-Remaining-token'])).map((o) => o.name)).toEqual(['POST /api/v1/articles/batch']);
    // The batch route skips the per-token limit for the ingest budget: its headers, and only those it sends.
    const batch = operations.find((o) => o.name === 'POST /api/v1/articles/batch')!;
    const headersOf = (status: string) => Object.keys((batch.op.responses[status] as { headers?: Record<string, unknown> }).headers ?? {});
    for (const status of ['200', '400', '413', '429']) expect(headersOf(status)).toEqual(expect.arrayContaining(['X-RateLimit-Limit-ingest', 'X-RateLimit-Remaining-ingest', 'X-RateLimit-Reset-ingest']));
    expect(Object.keys(batch.op.responses).flatMap((status) => headersOf(status).filter((h) => h.endsWith('-token')))).toEqual([]);
  });

  it('declares the ETag on every response whose body is one claim, as withEtag sends it (POST /claims on 201 and 200 included)', () => {
    type Response = { headers?: Record<string, unknown>; content?: Record<string, { schema?: { $ref?: string } }> };
    const claimResponses = operations.flatMap((o) =>
      Object.entries(o.op.responses as Record<string, Response>)
        .filter(([, r]) => Object.values(r.content ?? {}).some((c) => c.schema?.$ref === '#/components/schemas/ClaimDto'))
        .map(([status, r]) => ({ name: `${o.name} ${status}`, headers: r.headers ?? {} })),
    );
    expect(claimResponses.map((r) => r.name)).toEqual(expect.arrayContaining(['POST /api/v1/claims 201', 'POST /api/v1/claims 200', 'POST /api/v1/claims/{id}/publish 200']));
    expect(claimResponses.filter((r) => !r.headers.ETag).map((r) => r.name)).toEqual([]);
  });

  it('declares WWW-Authenticate on every 401, as the problem filter sends it', () => {
    const with401 = operations.filter((o) => o.op.responses['401']);
    expect(with401.length).toBeGreaterThan(0);
    expect(with401.filter((o) => !(o.op.responses['401'] as { headers?: Record<string, unknown> }).headers?.['WWW-Authenticate']).map((o) => o.name)).toEqual([]);
    // Every operation that needs a token can answer 401.
    expect(operations.filter((o) => o.op.security!.length > 0 && !o.op.responses['401']).map((o) => o.name)).toEqual([]);
  });

  it('documents Idempotency-Key on every POST, UUID path ids, bounded header strings and an opaque bearer token', () => {
    type Param = { name: string; in: string; schema?: { format?: string; maxLength?: number; enum?: unknown[] } };
    const params = (o: (typeof operations)[number]) => ((o.op as { parameters?: Param[] }).parameters ?? []);
    expect(operations.filter((o) => o.method === 'post' && !params(o).some((p) => p.in === 'header' && p.name === 'Idempotency-Key')).map((o) => o.name)).toEqual([]);
    const pathParams = operations.flatMap((o) => params(o).filter((p) => p.in === 'path').map((p) => ({ ...p, op: o.name })));
    expect(pathParams.filter((p) => p.name !== 'code' && p.schema?.format !== 'uuid').map((p) => `${p.op} ${p.name}`)).toEqual([]);
    const strings = operations.flatMap((o) => params(o).filter((p) => (p.schema as { type?: string })?.type === 'string' && p.schema?.maxLength === undefined && !p.schema?.enum).map((p) => `${o.name} ${p.name}`));
    expect(strings).toEqual([]);
    expect(spec.components.securitySchemes.bearer.bearerFormat).not.toBe('JWT');
  });
});
