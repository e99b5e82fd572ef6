import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { collectionOf, pathParams, type Operation, type Parameter, type Schema } from './openapi-walk.js';

/**
 * Inputs for fuzzing an operation from its OpenAPI description: random requests (fast-check) where
 * usually one part is wrong and the rest plausible, and a deterministic sweep that puts each of the
 * nastiest values into every field, parameter and header in turn.
 */

/** What the generators need to know about the app under test. */
export interface FuzzContext {
  /** A real id per collection (`articles`, `claims`, …) so some inputs get past the lookups. */
  realIds: Record<string, string>;
  bodyLimitBytes: number;
}

/** A request the fuzzer sends. */
export interface FuzzRequest {
  /** Path and raw (already encoded) query string. */
  url: string;
  headers: Record<string, string>;
  /** JSON text or raw bytes. */
  body?: string | Buffer;
  /** Short description for failure messages. */
  describe: string;
}

// ---------------------------------------------------------------------------------------------
// Hostile values

/** Characters PostgreSQL cannot store: NUL in text, unpaired surrogates in jsonb. */
const STORAGE_POISON = ['\u0000', '\ud800', '\udfff'];
/** Valid but awkward: bidi override, zero-width, emoji with modifier and ZWJ, stacked combining marks, BOM, line separator, noncharacter, LIKE wildcards, quotes. */
const TEXT_POISON = ['\u202e', '\u200f', '\u200b', '👍🏽', '👨‍👩‍👧', 'e\u0301\u0301\u0301', '\ufeff', '\u2028', '\uffff', 'الشرطة', "'", '%', '_', '\\'];
const INJECTIONS = ["' OR '1'='1' --", '"; DROP TABLE claim; --', '%00', '../../etc/passwd', '<script>alert(1)</script>', '${7*7}', '{{7*7}}'];
const EDGE_NUMBERS = [-1, -0, 0.5, 1.5, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 + 2, 1e21, 1e308, -1e308, 5e-324, -(2 ** 63)];
const NUMBERS_AS_TEXT = ['5', '1e3', '0x10', 'NaN', 'Infinity', '', '-'];
const BAD_DATES = ['2018-02-30', '2018-13-01', '2018-00-10', '0000-01-01', '0000-00-00', '99999-01-01', '2018-1-1', '2018-04-25 ', '2018-04-25T25:00:00Z', '25/04/2018', 'yesterday'];
const BAD_URIS = ['javascript:alert(1)', 'not a url', 'http://', 'ftp://example.org/x', 'file:///etc/passwd', 'http://[::1', 'https://exa mple.org', 'data:text/html,<b>x</b>'];
const VALID_DATES = ['2018-04-25', '2016-02-29', '1970-01-01', '2099-12-31'];
const IF_MATCH = ['"1"', '"2"', '*', 'W/"1"', '"999999999999"', 'garbage', '', '"1", "2"', 'W/', '"-1"', '"1', 'null', `"${'9'.repeat(400)}"`];
const BAD_LIMITS = ['0', '-1', '201', '1.5', '1e2', 'abc', '', '9'.repeat(400), '0x10', ' 5', 'NaN', '1,2'];
const RAW_QUERIES = ['unknown=1', 'limit=1&limit=2', 'q[]=a', 'q[a]=b', 'cursor=%', 'q=%ff%fe', 'q=%00', 'status=open&status=verified', '=', '&&', 'a=%E0%A4%A'];

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const BAD_CURSORS = [
  'abc',
  '',
  '!!!',
  b64('{"k":"-1"}'),
  b64('{"k":"9223372036854775808"}'),
  b64('{"k":"9999999999999999999"}'),
  b64('{"k":"99999999999999999999"}'),
  b64('{"k":1}'),
  b64('{"k":"0"}'),
  b64('[]'),
  b64('null'),
  b64('"'),
  b64(`{"k":"${'1'.repeat(5000)}"}`),
  'eyJrIjoiMSJ9'.repeat(200),
];

export function badIdValues(real: string | undefined): string[] {
  const fixed = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000000000000000000000000000', '1', '-1', 'null', '..', "'; DROP TABLE claim; --", '\u0000', '\ud800', ' ', 'a'.repeat(5000), randomUUID()];
  return real ? [...fixed, real.toUpperCase(), `${real}x`, real.slice(0, -1), `{${real}}`, ` ${real}`, real.replaceAll('-', ''), `urn:uuid:${real}`] : fixed;
}

/** Nested this deep, written as text: serialising it as a value here would overflow this stack. */
const DEEP_BODIES = [`${'['.repeat(10_000)}${']'.repeat(10_000)}`, `{"content":"x","title":${'{"a":'.repeat(8_000)}1${'}'.repeat(8_000)}}`];

/** Bodies that are not the JSON object a route expects: broken syntax, bad encodings, wrong media types, too big, too deep. */
export function rawBodyValues(ctx: FuzzContext): Array<{ body: string | Buffer; contentType: string }> {
  const json = 'application/json';
  return [
    ...['{"a":', '{', '[1,]', "{'a':1}", '{"a":1}{"b":2}', '\u0000', 'nul', '{"a":1,}', '{"a":"\\ud800"}', '{"a":"\\u0000"}'].map((body) => ({ body, contentType: json })),
    ...['"a string"', '42', 'null', 'true', '[]', '[{}]', '-0', '1e999'].map((body) => ({ body, contentType: json })),
    { body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]), contentType: json },
    { body: Buffer.from('{"content":"x"}', 'utf16le'), contentType: 'application/json; charset=utf-16' },
    ...['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=latin1'].map((contentType) => ({
      body: '{"content":"Europol said so."}',
      contentType,
    })),
    { body: `{"content":"${'x'.repeat(ctx.bodyLimitBytes)}"}`, contentType: json },
    ...DEEP_BODIES.map((body) => ({ body, contentType: json })),
  ];
}

const junkString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...STORAGE_POISON, ...TEXT_POISON, ...INJECTIONS),
  fc.array(fc.constantFrom(...STORAGE_POISON, ...TEXT_POISON, ...INJECTIONS, 'a', ' ', 'Europol'), { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const junkNumber: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(...EDGE_NUMBERS), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));

const deep = (depth: number, asArray: boolean): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
};

/** Any JSON value, of any type, including nested and wide ones. */
const junkJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, '', [], {}),
  junkString,
  junkNumber,
  fc.constantFrom(20, 500).chain((depth) => fc.boolean().map((asArray) => deep(depth, asArray))),
  fc.array(fc.oneof(junkString, junkNumber, fc.constant(null)), { maxLength: 5 }),
  fc.dictionary(junkString, fc.oneof(junkString, junkNumber, fc.constant(null)), { maxKeys: 4 }),
  fc.constant(Array.from({ length: 2000 }, (_, i) => i)),
);

const isDateField = (name: string, s: Schema) => /On$|date|since/i.test(name) || (s.minLength === 10 && s.maxLength === 10);
const realIdFor = (name: string, ctx: FuzzContext) => ctx.realIds[`${name.replace(/Id$/, '')}s`];

// ---------------------------------------------------------------------------------------------
// Values from a schema

/** A value the schema accepts (or that only the service can reject), so requests get past validation into the services. */
export function plausible(name: string, schema: Schema, ctx: FuzzContext): fc.Arbitrary<unknown> {
  const base = plausibleBase(name, schema, ctx);
  return schema.nullable ? fc.oneof({ weight: 4, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) }) : base;
}

function plausibleBase(name: string, schema: Schema, ctx: FuzzContext): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string': {
      if (schema.format === 'uuid') {
        const real = realIdFor(name, ctx);
        return real ? fc.oneof({ weight: 3, arbitrary: fc.constant(real) }, { weight: 1, arbitrary: fc.uuid() }) : fc.uuid();
      }
      if (schema.format === 'uri') return fc.uuid().map((u) => `https://example.org/fuzz/${u}`);
      if (isDateField(name, schema)) return fc.constantFrom(...VALID_DATES);
      const min = schema.minLength ?? 0;
      const max = Math.min(schema.maxLength ?? 80, min + 60);
      const text = fc.string({ unit: fc.constantFrom(...'abcdefghij klmnop.,'.split('')), minLength: Math.max(min, 1), maxLength: Math.max(max, 1) });
      return schema.example !== undefined ? fc.oneof(fc.constant(schema.example), text) : text;
    }
    case 'number':
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? 0, 0), max: Math.min(schema.maximum ?? 80, 80) });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items ? plausible(name, schema.items, ctx) : junkJson, { maxLength: 2 });
    case 'object':
    default: {
      const props = Object.entries(schema.properties ?? {});
      if (props.length === 0) return fc.constant({});
      const required = new Set(schema.required ?? []);
      return fc.record(Object.fromEntries(props.map(([k, s]) => [k, plausible(k, s, ctx)])), { requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)) });
    }
  }
}

/** One deterministic plausible value (the sweep needs the same base every run). */
const onePlausible = (name: string, schema: Schema, ctx: FuzzContext): unknown => fc.sample(plausible(name, schema, ctx), { seed: 7, numRuns: 1 })[0];

/** A plausible string with one poison character inserted somewhere. */
const poisoned = (base: fc.Arbitrary<unknown>, poison: string[]) =>
  fc.tuple(base, fc.constantFrom(...poison), fc.nat()).map(([value, p, at]) => {
    const text = typeof value === 'string' ? value : 'text';
    const i = at % (text.length + 1);
    return text.slice(0, i) + p + text.slice(i);
  });

/** Strings at and past the declared lengths, and past the body limit, in ASCII and multi-byte units. */
function boundaryLengths(schema: Schema, ctx: FuzzContext): number[] {
  const lengths = new Set<number>();
  if (schema.minLength) lengths.add(schema.minLength - 1);
  if (schema.maxLength !== undefined) {
    lengths.add(schema.maxLength + 1);
    // Exactly at the limit only where an accepted value stays cheap to process.
    if (schema.maxLength <= 10_000) lengths.add(schema.maxLength);
  }
  lengths.add(ctx.bodyLimitBytes + 1);
  return [...lengths];
}
const repeatTo = (unit: string, n: number) => unit.repeat(Math.max(0, Math.ceil(n / unit.length)));

/** A value the schema should reject, or that is valid but hostile: wrong type, out of bounds, malformed, oversized, poisoned. */
export function malformed(name: string, schema: Schema, ctx: FuzzContext, depth = 0): fc.Arbitrary<unknown> {
  const specific: Array<{ weight: number; arbitrary: fc.Arbitrary<unknown> }> = [];
  const add = (weight: number, arbitrary: fc.Arbitrary<unknown>) => specific.push({ weight, arbitrary });
  if (schema.enum?.length) add(2, fc.constantFrom('', ...schema.enum.map(String).flatMap((v) => [v.toUpperCase(), ` ${v}`, `${v}\u0000`, `${v}s`])));
  switch (schema.type) {
    case 'string':
      add(4, poisoned(plausible(name, schema, ctx), STORAGE_POISON));
      add(2, poisoned(plausible(name, schema, ctx), TEXT_POISON));
      add(1, junkString);
      add(1, junkNumber);
      add(2, fc.tuple(fc.constantFrom(...boundaryLengths(schema, ctx)), fc.constantFrom('x', 'é', '😀', 'e\u0301')).map(([n, unit]) => repeatTo(unit, n)));
      if (schema.format === 'uuid') add(3, fc.constantFrom(...badIdValues(realIdFor(name, ctx))));
      if (schema.format === 'uri') add(3, fc.constantFrom(...BAD_URIS));
      if (isDateField(name, schema)) add(3, fc.constantFrom(...BAD_DATES));
      break;
    case 'number':
    case 'integer':
      add(3, junkNumber);
      add(1, fc.constantFrom(...NUMBERS_AS_TEXT));
      break;
    case 'array': {
      const item = schema.items ?? {};
      add(2, fc.array(depth < 2 ? malformed(name, item, ctx, depth + 1) : junkJson, { minLength: 1, maxLength: 3 }));
      if (schema.maxItems !== undefined) add(1, plausible(name, item, ctx).map((one) => Array.from({ length: schema.maxItems! + 1 }, () => one)));
      if (depth < 2) add(1, malformed(name, item, ctx, depth + 1));
      break;
    }
    case 'object':
    default:
      if (depth < 2) add(3, objectWithDefects(schema, ctx, depth + 1));
      add(1, fc.constantFrom([], 'object', 0));
      add(1, fc.array(plausible(name, schema, ctx), { minLength: 1, maxLength: 2 }));
      break;
  }
  return fc.oneof({ weight: 1, arbitrary: junkJson }, ...specific);
}

/**
 * Records where usually exactly one field is wrong and the rest plausible, so a defect is not masked
 * by another field's validation error; sometimes several are wrong, sometimes none.
 */
export function oneOrMoreDefects(fields: Array<{ key: string; plausible: fc.Arbitrary<unknown>; malformed: fc.Arbitrary<unknown> }>, required: string[]): fc.Arbitrary<Record<string, unknown>> {
  if (fields.length === 0) return fc.constant({});
  const one = fc
    .constantFrom(...fields.map((f) => f.key))
    .chain((bad) => fc.record(Object.fromEntries(fields.map((f) => [f.key, f.key === bad ? f.malformed : f.plausible])), { requiredKeys: [...new Set([...required, bad])] }));
  const several = fc.record(Object.fromEntries(fields.map((f) => [f.key, fc.oneof({ weight: 3, arbitrary: f.plausible }, { weight: 2, arbitrary: f.malformed })])), {
    requiredKeys: required,
  });
  const none = fc.record(Object.fromEntries(fields.map((f) => [f.key, f.plausible])), { requiredKeys: required });
  return fc.oneof({ weight: 8, arbitrary: one }, { weight: 1, arbitrary: several }, { weight: 1, arbitrary: none });
}

/** An object of the schema with a field (or several) malformed or missing, and maybe extra ones. */
export function objectWithDefects(schema: Schema, ctx: FuzzContext, depth = 0): fc.Arbitrary<unknown> {
  const fields = Object.entries(schema.properties ?? {}).map(([key, s]) => ({ key, plausible: plausible(key, s, ctx), malformed: malformed(key, s, ctx, depth) }));
  const record = oneOrMoreDefects(fields, []);
  const extras = fc.option(
    fc.oneof(
      fc.dictionary(fc.constantFrom('extra', 'id', 'role', 'createdBy', 'status', 'version', 'actor', 'Content', ''), junkJson, { minKeys: 1, maxKeys: 2 }),
      // Keys that pollute prototypes when copied naively; JSON.parse makes them own properties.
      fc.constantFrom('{"__proto__":{"polluted":"yes","role":"admin"}}', '{"constructor":{"prototype":{"polluted":"yes"}}}', '{"prototype":{"polluted":"yes"}}').map((json) => JSON.parse(json) as object),
    ),
    { freq: 4 },
  );
  return fc.tuple(record, extras).map(([fields, extra]) => (extra ? Object.assign(JSON.parse(JSON.stringify(extra)) as object, fields) : fields));
}

// ---------------------------------------------------------------------------------------------
// Requests

/** Percent-encodes UTF-8 bytes, so NUL and unpaired surrogates reach the server as bytes instead of throwing here. */
const pct = (s: string) =>
  [...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');

/** Query values are text; capped so the URL stays under Node's header limit (which answers 431 before the app sees it). */
const asText = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? '')).slice(0, 1000);
const queryParams = (op: Operation) => op.parameters.filter((p) => p.in === 'query' && p.name !== 'access_token');

function malformedQueryValue(p: Parameter, ctx: FuzzContext): fc.Arbitrary<string> {
  const generic = malformed(p.name, p.schema ?? { type: 'string' }, ctx, 2).map(asText);
  if (p.name === 'cursor') return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...BAD_CURSORS) }, { weight: 1, arbitrary: generic });
  if (p.name === 'limit') return fc.oneof(fc.constantFrom(...BAD_LIMITS), generic);
  return generic;
}

/** Query strings with the declared parameters (usually one wrong) and sometimes ones the route does not know. */
function queryString(op: Operation, ctx: FuzzContext): fc.Arbitrary<string> {
  const fields = queryParams(op).map((p) => ({
    key: p.name,
    plausible: p.name === 'cursor' ? fc.constant(b64('{"k":"1"}')) : plausible(p.name, p.schema ?? { type: 'string' }, ctx).map(asText),
    malformed: malformedQueryValue(p, ctx),
  }));
  return fc.tuple(oneOrMoreDefects(fields, []), fc.option(fc.constantFrom(...RAW_QUERIES), { freq: 4 })).map(([values, extra]) => {
    const parts = Object.entries(values).map(([k, v]) => `${pct(k)}=${pct(String(v))}`);
    if (extra) parts.push(extra);
    return parts.length ? `?${parts.join('&')}` : '';
  });
}

const realPathId = (op: Operation, param: string, ctx: FuzzContext) => ctx.realIds[collectionOf(op.path, param)];

function request(op: Operation, parts: { path?: Record<string, string>; query?: string; headers?: Record<string, string>; body?: string | Buffer; contentType?: string }, ctx: FuzzContext): FuzzRequest {
  const url = op.path.replace(/\{(\w+)\}/g, (_m, param: string) => pct(parts.path?.[param] ?? realPathId(op, param, ctx) ?? randomUUID())) + (parts.query ?? '');
  const headers: Record<string, string> = { ...parts.headers };
  if (parts.contentType) headers['Content-Type'] = parts.contentType;
  const body = parts.body;
  const shown = body === undefined ? '' : Buffer.isBuffer(body) ? `<${body.length} bytes>` : body;
  const describe = `${op.method.toUpperCase()} ${url.slice(0, 300)} headers=${JSON.stringify(headers).slice(0, 300)} body=${shown.slice(0, 300)}${shown.length > 300 ? `… (${shown.length} chars)` : ''}`;
  // fast-check prints counterexamples with this instead of the whole (possibly huge) body.
  return { url, headers, body, describe, [fc.toStringMethod]: () => describe } as FuzzRequest;
}

/** Random requests to one operation; usually one part (path, query, headers or body) is wrong and the rest plausible. */
export function requestsFor(op: Operation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const params = pathParams(op);
  const headerParams = op.parameters.filter((p) => p.in === 'header');
  const parts: Array<{ key: string; plausible: fc.Arbitrary<unknown>; malformed: fc.Arbitrary<unknown> }> = [{ key: 'query', plausible: fc.constant(''), malformed: queryString(op, ctx) }];
  if (params.length > 0) {
    const real = (param: string) => (realPathId(op, param, ctx) ? fc.constant(realPathId(op, param, ctx)) : fc.uuid());
    parts.push({
      key: 'path',
      plausible: fc.record(Object.fromEntries(params.map((param) => [param, real(param)]))),
      malformed: fc.record(Object.fromEntries(params.map((param) => [param, fc.oneof({ weight: 1, arbitrary: real(param) }, { weight: 3, arbitrary: fc.constantFrom(...badIdValues(realPathId(op, param, ctx))) })]))),
    });
  }
  if (headerParams.length > 0) parts.push({ key: 'headers', plausible: fc.constant({}), malformed: fc.record(Object.fromEntries(headerParams.map((p) => [p.name, fc.constantFrom(...IF_MATCH)]))) });
  if (op.body) {
    const json = fc.oneof({ weight: 4, arbitrary: objectWithDefects(op.body, ctx) }, { weight: 1, arbitrary: malformed('body', op.body, ctx) }).map((b) => ({ body: JSON.stringify(b) }));
    parts.push({
      key: 'body',
      plausible: plausible('body', op.body, ctx).map((b) => ({ body: JSON.stringify(b) })),
      malformed: fc.oneof({ weight: 8, arbitrary: json }, { weight: 2, arbitrary: fc.constantFrom(...rawBodyValues(ctx)) }),
    });
  }
  return oneOrMoreDefects(
    parts,
    parts.map((p) => p.key),
  ).map((drawn) => {
    const body = drawn.body as { body?: string | Buffer; contentType?: string } | undefined;
    return request(op, { path: drawn.path as Record<string, string>, query: drawn.query as string, headers: drawn.headers as Record<string, string>, body: body?.body, contentType: body?.contentType }, ctx);
  });
}

// ---------------------------------------------------------------------------------------------
// The deterministic sweep

/** The nastiest values for one schema: what a random run may miss, tried in every place. */
function edgeValues(name: string, schema: Schema, ctx: FuzzContext): unknown[] {
  const values: unknown[] = [null];
  if (schema.enum?.length) values.push('', String(schema.enum[0]).toUpperCase());
  switch (schema.type) {
    case 'string': {
      const base = String(onePlausible(name, schema, ctx) ?? 'text');
      values.push(...STORAGE_POISON.map((p) => `${base.slice(0, -1)}${p}`), `${base}\u202e`, 42, ['x']);
      values.push(...boundaryLengths(schema, ctx).filter((n) => n <= ctx.bodyLimitBytes).map((n) => repeatTo('😀', n)));
      if (schema.format === 'uuid') values.push(...badIdValues(realIdFor(name, ctx)).slice(0, 6), realIdFor(name, ctx)?.toUpperCase());
      if (schema.format === 'uri') values.push(...BAD_URIS.slice(0, 3));
      if (isDateField(name, schema)) values.push(...BAD_DATES.slice(0, 5));
      break;
    }
    case 'number':
    case 'integer':
      values.push(-1, 1.5, 2 ** 31, 2 ** 53 + 2, 1e308, '5');
      break;
    case 'array':
      values.push({}, [null], schema.maxItems !== undefined ? Array.from({ length: schema.maxItems + 1 }, () => onePlausible(name, schema.items ?? {}, ctx)) : []);
      break;
    default:
      values.push([], 'x');
  }
  return values.filter((v) => v !== undefined);
}

interface Site {
  /** Property names and array indexes from the body root. */
  path: Array<string | number>;
  name: string;
  schema: Schema;
}

function sitesOf(schema: Schema, prefix: Array<string | number> = []): Site[] {
  if (prefix.length > 4) return [];
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]) => {
    const here: Site = { path: [...prefix, key], name: key, schema: child };
    if (child.type === 'array' && child.items?.properties) {
      return [here, { path: [...prefix, key, 0], name: key, schema: child.items }, ...sitesOf(child.items, [...prefix, key, 0])];
    }
    if (child.properties) return [here, ...sitesOf(child, [...prefix, key])];
    return [here];
  });
}

/**
 * A body with `value` at `path`, and around it the required fields plausible. With `withIds`, also
 * the id fields (an article to quote from, say), without them the smallest body: between the two,
 * forms that exclude each other (a claim by quote or typed text) are both reached.
 */
function bodyWith(schema: Schema, path: Array<string | number>, value: unknown, withIds: boolean, ctx: FuzzContext): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') return [bodyWith(schema, rest, value, withIds, ctx)];
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if ((schema.required ?? []).includes(key) || (withIds && child.format === 'uuid')) out[key] = onePlausible(key, child, ctx);
  }
  const child = schema.properties?.[head] ?? {};
  out[head] = bodyWith(typeof rest[0] === 'number' ? (child.items ?? {}) : child, rest, value, withIds, ctx);
  return out;
}

/** Every edge value in every body field, query parameter, path parameter and header of the operation, one at a time. */
export function edgeCasesFor(op: Operation, ctx: FuzzContext): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  const params = pathParams(op);
  for (const param of params) for (const id of badIdValues(realPathId(op, param, ctx))) out.push(request(op, { path: { [param]: id } }, ctx));
  for (const p of queryParams(op)) {
    const schema = p.schema ?? { type: 'string' };
    const values = [...edgeValues(p.name, schema, ctx).map(asText), ...(p.name === 'cursor' ? BAD_CURSORS : []), ...(p.name === 'limit' ? BAD_LIMITS : [])];
    for (const v of new Set(values)) out.push(request(op, { query: `?${pct(p.name)}=${pct(v)}` }, ctx));
  }
  for (const raw of RAW_QUERIES) out.push(request(op, { query: `?${raw}` }, ctx));
  for (const h of op.parameters.filter((p) => p.in === 'header')) for (const v of IF_MATCH) out.push(request(op, { headers: { [h.name]: v } }, ctx));
  if (op.body) {
    const body = op.body;
    for (const site of sitesOf(body)) {
      for (const value of edgeValues(site.name, site.schema, ctx)) {
        for (const withIds of [true, false]) out.push(request(op, { body: JSON.stringify(bodyWith(body, site.path, value, withIds, ctx)) }, ctx));
      }
    }
    for (const raw of rawBodyValues(ctx)) out.push(request(op, raw, ctx));
  }
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = `${r.url}\n${JSON.stringify(r.headers)}\n${Buffer.isBuffer(r.body) ? r.body.toString('base64') : (r.body ?? '')}`;
    return !seen.has(key) && seen.add(key);
  });
}
