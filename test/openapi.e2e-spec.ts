import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The committed contract integrators build on (CI also checks it matches the code and lints it with Redocly). */
const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
const operations = Object.entries(spec.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, method, op: op as { operationId?: string; summary?: string; requestBody?: { content: Record<string, { examples?: object; schema?: object }> }; responses: Record<string, { content?: Record<string, unknown>; description?: string }>; security?: unknown[] } })),
);

describe('openapi.json', () => {
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
    expect(publicOps).toEqual(['GET /api/v1/claim-reviews', 'GET /api/v1/claims/{id}/claim-review', 'GET /api/v1/corrections', 'GET /api/v1/health', 'GET /api/v1/health/live', 'GET /corrections.atom']);
  });
});
