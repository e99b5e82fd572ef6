import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';

/** The subset of OpenAPI 3 the walkers read. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  pattern?: string;
  example?: unknown;
  items?: Schema;
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  operationId?: string;
  parameters?: Parameter[];
  security?: unknown[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDoc {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
  security?: unknown[];
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Operation {
  method: HttpMethod;
  /** OpenAPI template, e.g. `/api/v1/claims/{id}/verdict`. */
  path: string;
  /** `GET /api/v1/claims/{id}`: what test names and failure messages show. */
  label: string;
  /** No security requirement in the document: meant to answer without a token. */
  public: boolean;
  parameters: Parameter[];
  body?: Schema;
  /** Where the operation was found: the committed file, or only in the running app. */
  source: 'openapi.json' | 'app';
}

const METHODS: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];
export const MUTATING: ReadonlySet<HttpMethod> = new Set(['post', 'put', 'patch', 'delete']);

export function loadCommittedSpec(): OpenApiDoc {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../../openapi.json', import.meta.url)), 'utf8')) as OpenApiDoc;
}

export function operationsOf(doc: OpenApiDoc, source: Operation['source'] = 'openapi.json'): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => {
      const op = item[method];
      const security = op.security ?? doc.security ?? [];
      const body = op.requestBody?.content?.['application/json']?.schema;
      return {
        method,
        path,
        label: `${method.toUpperCase()} ${path}`,
        public: security.length === 0,
        parameters: op.parameters ?? [],
        body: body ? resolve(doc, body) : undefined,
        source,
      };
    }),
  );
}

/**
 * Every operation the committed document describes, plus any the running app serves that it does
 * not (a route added without regenerating the file, or hidden from Swagger). A mutating route the
 * document does not know is walked as one that needs a token.
 */
export function allOperations(committed: OpenApiDoc, live: OpenApiDoc, app: NestExpressApplication): Operation[] {
  const ops = operationsOf(committed);
  const known = new Set(ops.map((o) => o.label));
  for (const op of operationsOf(live, 'app')) {
    if (!known.has(op.label)) {
      ops.push(op);
      known.add(op.label);
    }
  }
  for (const route of registeredRoutes(app)) {
    const label = `${route.method.toUpperCase()} ${route.path}`;
    if (!known.has(label) && MUTATING.has(route.method)) {
      ops.push({ method: route.method, path: route.path, label, public: false, parameters: [], source: 'app' });
      known.add(label);
    }
  }
  return ops;
}

/** Routes Express actually dispatches, with `:param` written as `{param}`; catch-all (`all`) routes are left out. */
export function registeredRoutes(app: NestExpressApplication): Array<{ method: HttpMethod; path: string }> {
  const express = app.getHttpAdapter().getInstance() as { router?: { stack: Layer[] }; _router?: { stack: Layer[] } };
  const stack = express.router?.stack ?? express._router?.stack ?? [];
  return stack.flatMap((layer) => {
    if (!layer.route || typeof layer.route.path !== 'string') return [];
    const methods = Object.keys(layer.route.methods).filter((m): m is HttpMethod => (METHODS as string[]).includes(m));
    if (Object.keys(layer.route.methods).length > METHODS.length) return [];
    const path = layer.route.path.replace(/:(\w+)/g, '{$1}');
    return methods.map((method) => ({ method, path }));
  });
}

interface Layer {
  route?: { path: unknown; methods: Record<string, boolean> };
}

/** Follows `$ref` and the one-element `allOf` Nest emits for a described nested DTO. */
export function resolve(doc: OpenApiDoc, schema: Schema): Schema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`openapi.json refers to a missing schema ${schema.$ref}`);
    return resolve(doc, target);
  }
  if (schema.allOf?.length === 1) return { ...resolve(doc, schema.allOf[0]), ...omit(schema, 'allOf') };
  const out: Schema = { ...schema };
  if (schema.items) out.items = resolve(doc, schema.items);
  if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolve(doc, v)]));
  return out;
}

function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}

export function pathParams(op: Operation): string[] {
  return [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/** The collection a path parameter names: the segment before it (`/claims/{id}` → `claims`). */
export function collectionOf(path: string, param: string): string {
  const segments = path.split('/');
  const at = segments.indexOf(`{${param}}`);
  return at > 0 ? segments[at - 1] : '';
}

/** Fills path parameters: a real id where the fixtures know the collection, a random UUID otherwise. */
export function fillPath(op: Operation, realIds: Record<string, string>, override: Record<string, string> = {}): string {
  return op.path.replace(/\{(\w+)\}/g, (_m, param: string) => encodeURIComponent(override[param] ?? realIds[collectionOf(op.path, param)] ?? randomUUID()));
}

export interface WireResponse {
  status: number;
  headers: Headers;
  contentType: string;
  text: string;
  json: unknown;
}

export interface WireRequest {
  method: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  /** Sent as JSON when not a Buffer or string. */
  body?: unknown;
}

/**
 * One request over a real socket. A streaming answer (server-sent events) is cut after its headers,
 * so a walker can call every GET without knowing which ones stream.
 */
export async function send(baseUrl: string, req: WireRequest): Promise<WireResponse> {
  const headers: Record<string, string> = { ...req.headers };
  let body: string | Buffer | undefined;
  if (req.body !== undefined) {
    if (typeof req.body === 'string' || Buffer.isBuffer(req.body)) body = req.body;
    else body = JSON.stringify(req.body);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 20_000);
  try {
    const res = await fetch(baseUrl + req.url, { method: req.method.toUpperCase(), headers, body, signal: abort.signal, redirect: 'manual' });
    const contentType = res.headers.get('content-type') ?? '';
    if (contentType.startsWith('text/event-stream')) {
      abort.abort();
      return { status: res.status, headers: res.headers, contentType, text: '', json: undefined };
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, contentType, text, json };
  } finally {
    clearTimeout(timer);
  }
}

/** Why a response is not an RFC 9457 problem of this API with the given status, or null when it is. */
export function problemDefect(res: WireResponse, status = res.status): string | null {
  if (res.status !== status) return `status ${res.status}, expected ${status}`;
  if (!res.contentType.startsWith('application/problem+json')) return `content-type "${res.contentType}", expected application/problem+json`;
  const body = res.json as { type?: unknown; status?: unknown; title?: unknown } | undefined;
  if (!body || typeof body !== 'object') return `body is not a JSON object: ${res.text.slice(0, 200)}`;
  if (typeof body.type !== 'string' || !/^\/problems\/[a-z-]+$/.test(body.type)) return `type ${JSON.stringify(body.type)} is not /problems/<code>`;
  if (body.status !== res.status) return `body.status ${JSON.stringify(body.status)} differs from the HTTP status ${res.status}`;
  if (typeof body.title !== 'string' || !body.title) return 'title is missing';
  return null;
}

/** Starts listening on a free loopback port (the suites boot with init() only) and returns the base URL. */
export async function listen(app: NestExpressApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

/**
 * A cheap summary of everything an API write can change: row counts and highest sequence numbers of
 * the append-only tables, and a hash over the columns of the mutable ones. `last_used_at` is left
 * out because every authenticated request may touch it.
 */
export async function dbFingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const [row] = (await dataSource.query(`
    SELECT
      (SELECT count(*) || '/' || coalesce(max(seq), 0) || '/' || coalesce(md5(string_agg(concat_ws('|', id, title, outlet, author, published_on, url, current_revision_id, revision_count, updated_at), ',' ORDER BY id)), '') FROM article) AS article,
      (SELECT count(*)::text FROM revision) AS revision,
      (SELECT count(*) || '/' || coalesce(max(seq), 0) || '/' || coalesce(md5(string_agg(concat_ws('|', id, status, version, current_verdict_id, updated_at), ',' ORDER BY id)), '') FROM claim) AS claim,
      (SELECT count(*)::text FROM verdict) AS verdict,
      (SELECT count(*)::text FROM citation) AS citation,
      (SELECT count(*) || '/' || coalesce(max(id), 0) FROM audit_event) AS audit_event,
      (SELECT count(*) || '/' || coalesce(md5(string_agg(concat_ws('|', id, name, role, revoked_at), ',' ORDER BY id)), '') FROM api_token) AS api_token
  `)) as Array<Record<string, string>>;
  return row;
}
