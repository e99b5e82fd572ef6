// The contract walk: every operation in openapi.json, sent through Prism's validation proxy
// (`prism proxy openapi.json <api> --errors`) in front of the built API on a seeded embedded database.
// Prism checks each request and each response against the document; this script counts what it reports.
//   npm run build && npm run contract:prism [-- other-openapi.json]   (VERBOSE=1 lists every request)
// Exits 1 on any violation: a response the document does not describe (wrong status, body, header
// or content type), or a request Prism refuses although the API itself accepts it.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const documentPath = process.argv[2] ?? join(root, 'openapi.json');
const spec = JSON.parse(readFileSync(documentPath, 'utf8'));
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
/** Placeholder ids in request examples, replaced by real ones so the walk reaches the success paths. */
const ID_FIELDS = { articleId: 'articles', claimId: 'claims' };
/** Collections whose ids are another collection's: a review page is named by its claim's id. */
const SAME_IDS = { reviews: 'claims' };

const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method) => ({ method, path, op: item[method], label: `${method.toUpperCase()} ${path}` })),
);
/** Lists first (they yield ids), then writes, then reads of single resources, then deletes. */
const phase = ({ method, path }) => (method === 'get' ? (path.includes('{') ? 2 : 0) : method === 'delete' ? 3 : 1);
operations.sort((a, b) => phase(a) - phase(b));

const adminToken = `prism-walk-${randomBytes(12).toString('hex')}`;
const auth = { Authorization: `Bearer ${adminToken}` };
const dataDir = mkdtempSync(join(tmpdir(), 'factdesk-prism-'));
const children = [];
const violations = [];
const skipped = [];
let requests = 0;

try {
  const apiPort = await freePort();
  const prismPort = await freePort();
  const api = `http://127.0.0.1:${apiPort}`;
  const prism = `http://127.0.0.1:${prismPort}`;
  start('api', process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
    ...process.env,
    PORT: String(apiPort),
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    SEED: 'true',
    ADMIN_TOKEN: adminToken,
    LOG_LEVEL: 'error',
    RATE_LIMIT_WRITES_PER_TOKEN: '100000',
    RATE_LIMIT_WRITES_PER_IP: '100000',
    RATE_LIMIT_FAILED_AUTH_PER_IP: '100000',
  });
  await waitFor(`${api}/api/v1/health`);
  start('prism', join(root, 'node_modules/.bin/prism'), ['proxy', documentPath, api, '--errors', '--port', String(prismPort), '--host', '127.0.0.1', '-v', 'error'], process.env);
  await waitFor(`${prism}/api/v1/health`);

  const ids = {};
  for (const { method, path, op, label } of operations) {
    if (Object.values(op.responses ?? {}).some((r) => r.content?.['text/event-stream'])) {
      // Prism waits for a whole body before validating it, and an event stream never ends.
      skipped.push(`${label}: text/event-stream`);
      continue;
    }
    const needsToken = (op.security ?? spec.security ?? []).length > 0;
    const params = op.parameters ?? [];
    const enumOf = (name) => params.find((p) => p.in === 'path' && p.name === name)?.schema?.enum?.[0];
    const query = new URLSearchParams(params.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, String(p.schema?.enum?.[0] ?? p.example ?? p.schema?.default ?? '')])).toString();
    const filled = path.replace(/\{(\w+)\}/g, (_m, name) => enumOf(name) ?? ids[collectionOf(path, name)] ?? ids[SAME_IDS[collectionOf(path, name)]] ?? ids[name] ?? randomUUID()) + (query ? `?${query}` : '');
    const headers = { ...(needsToken ? auth : {}), Accept: acceptOf(op) };
    if (op.parameters?.some((p) => p.in === 'header' && p.name === 'If-Match')) {
      const etag = (await fetch(api + filled.replace(/(\/[^/]+\/[0-9a-f-]{36}).*$/, '$1'), { headers: auth })).headers.get('etag');
      if (etag) headers['If-Match'] = etag;
    }
    const bodies = requestBodies(op, ids);
    for (const body of bodies.length ? bodies : [undefined]) {
      const res = await check(prism, api, label, { method, url: filled, headers, body }, op);
      remember(ids, path, method, res);
    }
    // The error answers are part of the contract too: no token, a malformed id, an unknown id.
    if (needsToken) {
      await check(prism, api, `${label} without a token`, { method, url: filled, headers: { Accept: headers.Accept } });
      await check(prism, api, `${label} with an unknown token`, { method, url: filled, headers: { ...headers, Authorization: 'Bearer fd_unknown' }, body: bodies[0] });
    }
    if (path.includes('{') && !path.includes('{code}')) {
      await check(prism, api, `${label} with an unknown id`, { method, url: path.replace(/\{(\w+)\}/g, () => randomUUID()) + (query ? `?${query}` : ''), headers, body: bodies[0] });
      await check(prism, api, `${label} with a malformed id`, { method, url: path.replace(/\{(\w+)\}/g, 'not-a-uuid') + (query ? `?${query}` : ''), headers, body: bodies[0] });
    }
  }
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(dataDir, { recursive: true, force: true });
}

for (const s of skipped) console.log(`skipped ${s}`);
for (const v of violations) console.log(`VIOLATION ${v}`);
console.log(`prism: ${operations.length} operations, ${requests} requests, ${violations.length} violations`);
process.exit(violations.length > 0 ? 1 : 0);

/** One request through Prism; a refused request is replayed straight to the API to see whether the API accepts it. */
async function check(prism, api, label, req, op) {
  requests += 1;
  const res = await send(prism + req.url, req);
  // Prism accepts any body under a content type the document does not list for that status; we do not.
  const documented = op?.responses?.[String(res.status)]?.content;
  const type = (res.headers.get('content-type') ?? '').split(';')[0].trim();
  if (documented && type && !documented[type]) violations.push(`${label}: ${res.status} answered ${type}, the document says ${Object.keys(documented).join(' or ')}`);
  const reported = res.headers.get('sl-violations');
  const prismProblem = /stoplight\.io\/prism/.test(res.json?.type ?? '');
  if (process.env.VERBOSE) console.log(`${res.status} ${label}${prismProblem ? ` (Prism: ${res.json.type.split('#')[1]})` : ''}`);
  if (reported && !prismProblem) violations.push(`${label}: ${res.status} ${reported}`);
  // Prism refused the request itself (invalid input, no credentials): fine if the API refuses it too.
  if (prismProblem && /#(UNPROCESSABLE_ENTITY|UNAUTHORIZED)$/.test(res.json.type)) {
    const direct = await send(api + req.url, req);
    if (direct.status < 400) violations.push(`${label}: Prism refuses a request the API accepts (${direct.status}): ${detailOf(res.json)}`);
    return direct;
  }
  if (prismProblem) violations.push(`${label}: ${res.status} ${detailOf(res.json)}`);
  return res;
}

async function send(url, { method, headers, body }) {
  const init = { method: method.toUpperCase(), headers: { ...headers }, redirect: 'manual', signal: AbortSignal.timeout(20_000) };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(url, init);
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json };
}

function detailOf(problem) {
  return problem.validation ? problem.validation.map((v) => `${v.location?.join('.')} ${v.message}`).join('; ') : (problem.detail ?? problem.title);
}

/** The request examples of an operation, with placeholder ids replaced by ids the walk has seen. */
function requestBodies(op, ids) {
  const content = op.requestBody?.content?.['application/json'];
  if (!content) return [];
  const examples = Object.values(content.examples ?? {}).map((e) => e.value);
  if (content.example !== undefined) examples.push(content.example);
  return examples.map((example) => withRealIds(structuredClone(example), ids));
}

function withRealIds(value, ids) {
  if (Array.isArray(value)) return value.map((v) => withRealIds(v, ids));
  if (!value || typeof value !== 'object') return value;
  for (const [key, v] of Object.entries(value)) {
    if (ID_FIELDS[key] && ids[ID_FIELDS[key]]) value[key] = ids[ID_FIELDS[key]];
    else if (key === 'revisionId') delete value[key];
    else value[key] = withRealIds(v, ids);
  }
  return value;
}

/** Keeps the first id each list or creation shows, by collection (`/api/v1/claims` → `claims`). */
function remember(ids, path, method, res) {
  if (res.status >= 300 || !res.json) return;
  const collection = path.split('/').filter((s) => s && !s.startsWith('{')).pop();
  const first = Array.isArray(res.json) ? res.json[0] : (res.json.items?.[0] ?? (method !== 'get' ? res.json : undefined));
  if (first?.id && !ids[collection]) ids[collection] = first.id;
  if (collection === 'articles' && first?.revision?.id && !ids.revisionId) ids.revisionId = first.revision.id;
}

function collectionOf(path, param) {
  const segments = path.split('/');
  const at = segments.indexOf(`{${param}}`);
  return param === 'id' && at > 0 ? segments[at - 1] : param;
}

function acceptOf(op) {
  return Object.keys(op.responses?.['200']?.content ?? op.responses?.['201']?.content ?? {})[0] ?? 'application/json';
}

function start(name, command, args, env) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.on('data', (chunk) => process.stderr.write(`[${name}] ${chunk}`));
  children.push(child);
}

async function waitFor(url) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within a minute`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
