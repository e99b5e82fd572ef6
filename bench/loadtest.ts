/**
 * `npm run loadtest [-- --duration 60 --connections 100 --report]`
 *
 * Starts the compiled API (`dist/`, from `npm run build`) as its own process against a fresh
 * database on a real PostgreSQL server, lets it load the seeds, then drives mixed traffic with
 * autocannon: per connection a loop of 7 reads (claim lists, claim detail, evidence, articles)
 * and 3 writes (two standalone claims, one verdict sent with the If-Match of the claim read just
 * before). Afterwards it checks the database: every acknowledged write is there exactly once, every
 * acknowledged verdict has exactly one audit event, and the audit hash chain verifies. A 412 on a
 * verdict (someone else decided the claim first) is a correct answer, as are 409 and 429; every
 * other non-2xx, and every connection error or timeout, counts as an error.
 *
 * The database server is LOADTEST_DATABASE_URL, else DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres; a database `factdesk_load_<random>` is created on it
 * and dropped afterwards. The write rate limits are raised so the run measures the system, not the
 * limiter. With --report the figures replace the `## Load test` section of BENCHMARKS.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { gitHead } from './support/git-head.js';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '100' },
    report: { type: 'boolean', default: false },
  },
});
const DURATION_S = Number(args.duration);
const CONNECTIONS = Number(args.connections);
if (!(DURATION_S > 0) || !(CONNECTIONS > 0)) throw new Error('--duration and --connections must be positive numbers');

const ROOT = process.cwd();
const MAIN = resolve(ROOT, 'dist/apps/api/src/main.js');
const SERVER_URL = process.env.LOADTEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Outcomes that are answers to a race, not failures. */
const EXPECTED = new Set([409, 412, 429]);

const ENDPOINTS = [
  'GET /claims',
  'GET /claims/{id}',
  'GET /claims/{id}/evidence',
  'GET /articles',
  'GET /articles/{id}',
  'GET /articles/{id}/claims',
  'POST /claims',
  'PUT /claims/{id}/verdict',
] as const;
type Endpoint = (typeof ENDPOINTS)[number];
const isWrite = (e: Endpoint) => !e.startsWith('GET ');

interface Tally {
  sent: Map<Endpoint, number>;
  statuses: Map<Endpoint, Map<number, number>>;
  latencies: Map<Endpoint, number[]>;
  createdClaims: string[];
  decisions: Array<{ claimId: string; verdictId: string }>;
  malformedAnswers: number;
}

async function main(): Promise<void> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first.`);
  const dbName = `factdesk_load_${randomBytes(5).toString('hex')}`;
  const dbUrl = withDatabase(SERVER_URL, dbName);
  const adminToken = `load-admin-${randomBytes(16).toString('hex')}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const pgVersion = await adminQuery(SERVER_URL, 'SHOW server_version').then((r) => String(r.rows[0].server_version));
  await adminQuery(SERVER_URL, `CREATE DATABASE ${dbName}`);
  let server: ChildProcess | undefined;
  const serverErrors: string[] = [];
  try {
    console.log(`load test: ${CONNECTIONS} connections for ${DURATION_S} s against ${base}, database ${dbName} on PostgreSQL ${pgVersion}`);
    server = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DATABASE_URL: dbUrl,
        PORT: String(port),
        ADMIN_TOKEN: adminToken,
        SEED: 'true',
        LOG_LEVEL: 'warn',
        // High enough that the run measures the API and the database, not the write limiter.
        RATE_LIMIT_WRITES_PER_TOKEN: '100000000',
        RATE_LIMIT_WRITES_PER_IP: '100000000',
        RATE_LIMIT_FAILED_AUTH_PER_IP: '100000000',
      },
    });
    for (const stream of [server.stdout!, server.stderr!]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        for (const line of chunk.split('\n')) if (/ERROR|\berror\b/i.test(line)) serverErrors.push(line.slice(0, 500));
      });
    }
    await waitForHealth(base, server);

    const admin = { Authorization: `Bearer ${adminToken}` };
    const editorSecret = await json<{ secret: string }>(base, 'POST', '/api/v1/tokens', admin, { name: 'load editor', role: 'editor' }).then((t) => t.secret);
    const editor = { Authorization: `Bearer ${editorSecret}` };
    const claims = (await json<{ items: Array<{ id: string }> }>(base, 'GET', '/api/v1/claims?limit=200', editor)).items.map((c) => c.id);
    const articles = (await json<{ items: Array<{ id: string }> }>(base, 'GET', '/api/v1/articles?limit=50', editor)).items.map((a) => a.id);
    if (claims.length === 0 || articles.length === 0) throw new Error('the seeds produced no claims or articles');
    console.log(`seeded: ${articles.length} articles, ${claims.length} claims`);

    const tally: Tally = {
      sent: new Map(ENDPOINTS.map((e) => [e, 0])),
      statuses: new Map(ENDPOINTS.map((e) => [e, new Map()])),
      latencies: new Map(ENDPOINTS.map((e) => [e, []])),
      createdClaims: [],
      decisions: [],
      malformedAnswers: 0,
    };
    const load = loadavg()[0];
    // The chain must verify while writes are in flight too, not only once the desk is quiet.
    const verifyDuring: string[] = [];
    const probes = [0.3, 0.6, 0.9].map((at) =>
      setTimeout(() => void verifyChain(base, admin).then((v) => verifyDuring.push(v)), at * DURATION_S * 1000),
    );
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION_S,
      timeout: 30,
      headers: { ...editor, 'content-type': 'application/json' },
      requests: trafficLoop(claims, articles, tally),
    });
    probes.forEach(clearTimeout);
    console.log(autocannon.printResult(result));

    // Requests in flight when autocannon stopped still commit on the server: let them finish first.
    await quiesce(dbUrl);
    const check = await checkDatabase(dbUrl, tally);
    const auditVerdict = await verifyChain(base, admin);
    if (auditVerdict.startsWith('skipped')) console.log('note: GET /api/v1/audit/verify answered 404, so the hash chain check is skipped');
    const brokenDuring = verifyDuring.filter((v) => v.startsWith('BROKEN'));

    const counts = summarise(tally);
    const errors = counts.unexpected + result.errors + result.timeouts + tally.malformedAnswers;
    const figures = {
      requests: result.requests.total,
      throughput: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors,
      lostWrites: check.lost.length,
    };
    const inFlight = tally.sent.get('POST /claims')! + tally.sent.get('PUT /claims/{id}/verdict')! - counts.creates - counts.decides;
    const lines = [
      `requests: ${figures.requests} in ${result.duration.toFixed(1)} s, ${figures.throughput.toFixed(0)} req/s (reads ${counts.reads}, claim creations ${counts.creates}, verdict decisions ${counts.decides})`,
      `latency: p50 ${figures.p50} ms, p99 ${figures.p99} ms (reads p50/p99 ${pct(latencies(tally, false), 50)}/${pct(latencies(tally, false), 99)} ms, writes ${pct(latencies(tally, true), 50)}/${pct(latencies(tally, true), 99)} ms)`,
      ...ENDPOINTS.map((e) => `  ${e}: ${count(tally, e)} requests, p50 ${pct(tally.latencies.get(e)!, 50)} ms, p99 ${pct(tally.latencies.get(e)!, 99)} ms`),
      `statuses: ${statusLine(tally)}`,
      `errors: ${errors} (unexpected statuses ${counts.unexpected}, connection errors ${result.errors}, timeouts ${result.timeouts}, unreadable 2xx bodies ${tally.malformedAnswers}); server log error lines: ${serverErrors.length}`,
      `acknowledged writes: ${tally.createdClaims.length} claims, ${tally.decisions.length} verdict decisions; lost: ${check.lost.length}; duplicated: ${check.duplicated.length}; unacknowledged extras: ${check.extras} (writes in flight at the stop: ${inFlight})`,
      `audit chain: ${auditVerdict}; during the run: ${verifyDuring.join(' | ') || 'no probe finished'}`,
    ];
    console.log(lines.join('\n'));
    for (const problem of [...check.lost, ...check.duplicated].slice(0, 20)) console.log(`  ${problem}`);
    for (const line of serverErrors.slice(0, 10)) console.log(`  server: ${line}`);

    if (args.report) {
      writeReport({ figures, counts, tally, check, inFlight, auditVerdict, verifyDuring, pgVersion, load, duration: result.duration, serverErrors: serverErrors.length });
      console.log('BENCHMARKS.md: ## Load test updated');
    }
    const phantom = check.extras > inFlight || check.extras < 0;
    if (errors > 0 || check.lost.length > 0 || check.duplicated.length > 0 || phantom || auditVerdict.startsWith('BROKEN') || brokenDuring.length > 0) process.exitCode = 1;
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((done) => server!.once('exit', done));
    }
    await adminQuery(SERVER_URL, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

/** One connection's loop: 7 reads and 3 writes, the verdict sent with the ETag read at step 2. */
function trafficLoop(claims: string[], articles: string[], tally: Tally): autocannon.Request[] {
  let sequence = 0;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];
  type Context = { claimId?: string; articleId?: string; etag?: string; startedAt?: number };
  type Headers = autocannon.Request['headers'];
  const timed = (endpoint: Endpoint, path: (c: Context) => string, extra: Partial<autocannon.Request> = {}, onOk?: (body: string, c: Context, headers: Headers) => void): autocannon.Request => ({
    method: 'GET',
    ...extra,
    setupRequest: (req: autocannon.Request, context: Context) => {
      context.startedAt = performance.now();
      tally.sent.set(endpoint, tally.sent.get(endpoint)! + 1);
      const body = typeof extra.setupRequest === 'function' ? extra.setupRequest(req, context) : req;
      return { ...body, path: path(context) };
    },
    onResponse: (status: number, body: string, context: Context, headers: Headers) => {
      tally.latencies.get(endpoint)!.push(performance.now() - (context.startedAt ?? performance.now()));
      const byStatus = tally.statuses.get(endpoint)!;
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      if (status >= 200 && status < 300 && onOk) {
        try {
          onOk(body, context, headers);
        } catch {
          tally.malformedAnswers++;
        }
      }
    },
  });
  const createClaim = timed(
    'POST /claims',
    () => '/api/v1/claims',
    {
      method: 'POST',
      setupRequest: (req: autocannon.Request) => ({ ...req, body: JSON.stringify({ text: `Load claim ${++sequence}: Europol said 5 servers were seized in April 2018.` }) }),
    },
    (body) => tally.createdClaims.push((JSON.parse(body) as { id: string }).id),
  );
  return [
    timed('GET /claims', () => '/api/v1/claims?limit=20'),
    timed(
      'GET /claims/{id}',
      (c) => `/api/v1/claims/${(c.claimId = pick(claims))}`,
      {},
      (_body, c, headers) => {
        // autocannon keeps the header names as the server sent them (`ETag`).
        const etag = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'etag')?.[1];
        c.etag = Array.isArray(etag) ? etag[0] : etag;
      },
    ),
    timed('GET /claims/{id}/evidence', (c) => `/api/v1/claims/${c.claimId}/evidence`),
    timed('GET /articles', () => '/api/v1/articles?limit=20'),
    createClaim,
    timed('GET /articles/{id}', (c) => `/api/v1/articles/${(c.articleId = pick(articles))}`),
    timed('GET /articles/{id}/claims', (c) => `/api/v1/articles/${c.articleId}/claims?limit=20`),
    timed(
      'PUT /claims/{id}/verdict',
      (c) => `/api/v1/claims/${c.claimId}/verdict`,
      {
        method: 'PUT',
        setupRequest: (req: autocannon.Request, c: Context) => ({
          ...req,
          headers: { ...req.headers, 'if-match': c.etag ?? '"0"' },
          // `reason` is optional on a first decision and required on a correction: send it always.
          body: JSON.stringify({ verdict: 'unsupported', note: 'Load test decision.', reason: 'Load test correction.' }),
        }),
      },
      (body, c) => {
        const claim = JSON.parse(body) as { id: string; verdict: { id: string } };
        tally.decisions.push({ claimId: claim.id, verdictId: claim.verdict.id });
        c.etag = undefined;
      },
    ),
    timed('GET /claims/{id}', (c) => `/api/v1/claims/${c.claimId}`),
    createClaim,
  ];
}

/** Every acknowledged write is in the database exactly once; nothing was written that was not acknowledged. */
async function checkDatabase(url: string, tally: Tally): Promise<{ lost: string[]; duplicated: string[]; extras: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const lost: string[] = [];
    const duplicated: string[] = [];
    const ids = tally.createdClaims;
    if (new Set(ids).size !== ids.length) duplicated.push(`the API returned the same claim id for ${ids.length - new Set(ids).size} different creations`);
    const found = await client.query<{ id: string }>('SELECT id FROM claim WHERE id = ANY($1::uuid[])', [ids]);
    const present = new Set(found.rows.map((r) => r.id));
    for (const id of ids) if (!present.has(id)) lost.push(`claim ${id} was acknowledged (201) but is not in the database`);
    const createdByLoad = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM claim WHERE created_by = 'load editor' AND article_id IS NULL`);

    const events = await client.query<{ verdict_id: string; claim_id: string; n: number }>(
      `SELECT after->>'verdictId' AS verdict_id, entity_id AS claim_id, count(*)::int AS n FROM audit_event
        WHERE action IN ('verdict.decided', 'verdict.corrected') AND actor = 'load editor' GROUP BY 1, 2`,
    );
    const byVerdict = new Map(events.rows.map((r) => [r.verdict_id, r]));
    const verdicts = await client.query<{ id: string; claim_id: string }>('SELECT id, claim_id FROM verdict WHERE id = ANY($1::uuid[])', [tally.decisions.map((d) => d.verdictId)]);
    const verdictRows = new Map(verdicts.rows.map((r) => [r.id, r.claim_id]));
    for (const d of tally.decisions) {
      if (verdictRows.get(d.verdictId) !== d.claimId) lost.push(`verdict ${d.verdictId} on claim ${d.claimId} was acknowledged (200) but is not in the database`);
      const event = byVerdict.get(d.verdictId);
      if (!event) lost.push(`verdict ${d.verdictId} on claim ${d.claimId} has no audit event`);
      else if (event.n !== 1 || event.claim_id !== d.claimId) duplicated.push(`verdict ${d.verdictId} has ${event.n} audit events (claim ${event.claim_id})`);
    }
    const decidedEvents = events.rows.reduce((sum, r) => sum + r.n, 0);
    const extras = createdByLoad.rows[0].n - ids.length + (decidedEvents - tally.decisions.length);
    return { lost, duplicated, extras };
  } finally {
    await client.end();
  }
}

const count = (tally: Tally, e: Endpoint) => [...tally.statuses.get(e)!.values()].reduce((a, b) => a + b, 0);

function summarise(tally: Tally) {
  let unexpected = 0;
  for (const byStatus of tally.statuses.values()) {
    for (const [status, n] of byStatus) if ((status < 200 || status >= 300) && !EXPECTED.has(status)) unexpected += n;
  }
  const reads = ENDPOINTS.filter((e) => !isWrite(e)).reduce((sum, e) => sum + count(tally, e), 0);
  return { reads, creates: count(tally, 'POST /claims'), decides: count(tally, 'PUT /claims/{id}/verdict'), unexpected };
}

const latencies = (tally: Tally, writes: boolean) => ENDPOINTS.filter((e) => isWrite(e) === writes).flatMap((e) => tally.latencies.get(e)!);

function pct(values: number[], p: number): string {
  if (values.length === 0) return '–';
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(0);
}

const statusesOf = (tally: Tally, e: Endpoint) =>
  [...tally.statuses.get(e)!]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s} × ${n}`)
    .join(', ');

function statusLine(tally: Tally): string {
  return ENDPOINTS.map((e) => `${e} ${statusesOf(tally, e)}`).join('; ');
}

function writeReport(r: {
  figures: { requests: number; throughput: number; p50: number; p99: number; errors: number; lostWrites: number };
  counts: ReturnType<typeof summarise>;
  tally: Tally;
  check: { duplicated: string[]; extras: number };
  inFlight: number;
  auditVerdict: string;
  verifyDuring: string[];
  pgVersion: string;
  load: number;
  duration: number;
  serverErrors: number;
}): void {
  const cpu = cpus();
  const date = new Date().toISOString().slice(0, 10);
  const commit = gitHead(ROOT);
  const conflicts = r.tally.statuses.get('PUT /claims/{id}/verdict')!.get(412) ?? 0;
  const perEndpoint = ENDPOINTS.map((e) => `| \`${e}\` | ${count(r.tally, e)} | ${pct(r.tally.latencies.get(e)!, 50)} ms | ${pct(r.tally.latencies.get(e)!, 99)} ms | ${statusesOf(r.tally, e)} |`).join('\n');
  const markdown = `
## Load test

| Figure | Measured |
|---|---|
| Throughput | ${r.figures.throughput.toFixed(0)} req/s (${r.figures.requests} requests in ${r.duration.toFixed(0)} s) |
| Latency, all requests | p50 ${r.figures.p50} ms, p99 ${r.figures.p99} ms |
| Latency, reads / writes | p50 ${pct(latencies(r.tally, false), 50)} / ${pct(latencies(r.tally, true), 50)} ms, p99 ${pct(latencies(r.tally, false), 99)} / ${pct(latencies(r.tally, true), 99)} ms |
| Mix | ${r.counts.reads} reads, ${r.counts.creates} claim creations, ${r.counts.decides} verdict decisions (${conflicts} of them 412: another connection decided the claim first) |
| Errors (non-2xx other than 409/412/429, connection errors, timeouts) | ${r.figures.errors} |
| Lost writes (acknowledged but missing, or a decision without exactly one audit event) | ${r.figures.lostWrites}${r.check.duplicated.length ? `; duplicated ${r.check.duplicated.length}` : ''} |
| Writes in the database that were never acknowledged | ${r.check.extras} (${r.inFlight} writes were in flight when autocannon stopped; they commit, unanswered) |
| Audit hash chain (\`GET /api/v1/audit/verify\`) after the run | ${r.auditVerdict} |
| The same, called at 30, 60 and 90 % of the run while writes go on | ${r.verifyDuring.join('; ') || 'no probe finished'} |
| Server log error lines | ${r.serverErrors} |

| Endpoint | Requests | p50 | p99 | Statuses |
|---|---|---|---|---|
${perEndpoint}

Measured on ${date} at ${commit} on ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'} (nproc ${cpu.length}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory,
Node ${process.version}, PostgreSQL ${r.pgVersion} on the same machine; load average ${r.load.toFixed(2)} when the run started.
The API (\`node dist/apps/api/src/main.js\`, default pool of 10 connections, evidence worker on),
autocannon and PostgreSQL share the machine's cores.

Command: \`npm run build && npm run loadtest -- --duration ${DURATION_S} --connections ${CONNECTIONS} --report\`

How: \`bench/loadtest.ts\` creates a fresh database on the PostgreSQL server, starts the compiled API on
it with the seeds and the write rate limits raised to 100,000,000 per minute (so the run measures the
system, not the limiter), and drives ${CONNECTIONS} autocannon connections, each looping over 7 reads
(claim list, claim detail, its evidence, article list, article, the article's claims, the claim again)
and 3 writes (two standalone claims, one \`PUT /claims/{id}/verdict\` with the If-Match of the claim it
read). Every 2xx write's id is recorded; afterwards every created claim must be in the database, every
decided verdict must have its row and exactly one audit event, and the audit hash chain must verify.
`;
  writeSection('loadtest', markdown);
}

/** Replaces (or appends) the section between `<!-- bench:name -->` markers, as bench/support/report.ts does for `npm run bench`. */
function writeSection(name: string, markdown: string): void {
  const file = resolve(ROOT, 'BENCHMARKS.md');
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const block = `${open}\n${markdown.trim()}\n${close}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  writeFileSync(file, start !== -1 && end > start ? current.slice(0, start) + block + current.slice(end + close.length) : `${current.trimEnd()}\n\n${block}\n`);
}


/** `valid (n events)`, `BROKEN at …`, or `skipped` when the endpoint does not exist in this build. */
async function verifyChain(base: string, headers: Record<string, string>): Promise<string> {
  const res = await fetch(`${base}/api/v1/audit/verify`, { headers });
  if (res.status === 404) return 'skipped: GET /api/v1/audit/verify does not exist in this build';
  if (!res.ok) return `BROKEN: the endpoint answered ${res.status}`;
  const b = (await res.json()) as { valid: boolean; events: number; firstBroken: unknown };
  return b.valid ? `valid (${b.events} events)` : `BROKEN at ${JSON.stringify(b.firstBroken)}`;
}

/** Waits until the audit trail stops growing for a second (the last in-flight writes have committed). */
async function quiesce(url: string): Promise<void> {
  let last = -1;
  for (let i = 0; i < 60; i++) {
    const n = Number((await adminQuery(url, 'SELECT count(*) AS n FROM audit_event')).rows[0].n);
    if (n === last) return;
    last = n;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the API exited with code ${server.exitCode} before it was healthy`);
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the API did not become healthy within 120 s');
}

async function json<T>(base: string, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<T> {
  const res = await fetch(base + path, { method, headers: { ...headers, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
