/**
 * Factdesk against the raw limits of its own stack (part of `npm run bench`; alone: `npm run bench:scale`).
 *
 * On a fresh database of a PostgreSQL server (SCALE_DATABASE_URL, else DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres; created and dropped here) it runs the compiled API
 * (`dist/`, built by `npm run bench`) and, next to it, bench/support/scale-baseline.mjs: the same SQL
 * behind a bare `node:http` + `pg` handler. It builds a corpus from the seed texts with set-based
 * inserts (bench/support/scale-corpus.ts) and measures, side by side in one run:
 *
 *   evidence  GET /claims/:id/evidence, stored and computed on read, at each corpus size of
 *             SCALE_GROWTH, with the cost of one source change's fan-out
 *   read      GET /claims?status=open&limit=50, Factdesk vs baseline, one process each and then
 *             as many processes as cores on both sides (API_PROCESSES vs the baseline's PROCESSES)
 *   write     PUT /claims/:id/verdict (verdict, claim update, chained audit event), the same two ways
 *   depth     p50 of the first page vs a page near the end, reached with the API's own cursor
 *   ingest    POST /articles with ~5 KB articles, API_PROCESSES = cores with the evidence worker on:
 *             articles/s and MB/s, next to the in-process cost of cleaning and claim extraction
 *   overview  GET /stats over periods of 1 to 366 days, each of its statements alone, and the
 *             #/overview page in Chromium from its request to the charts' first paint, against the
 *             dashboard's render budget (section `scale-overview`, written as soon as it is measured)
 *
 * Sizes: SCALE_ARTICLES (10000), SCALE_CLAIMS in all (1000000: 10 extracted per article, the rest
 * standalone claims an editor typed), SCALE_GROWTH (article counts at which evidence is measured,
 * "1000,10000"; add 100000 to grow the corpus that far first), SCALE_SECONDS per measured run (10),
 * SCALE_CONNECTIONS (10); SCALE_ONLY=overview stops after the overview; SCALE_KEEP_DATABASE=1
 * keeps the corpus database afterwards (its URL is printed) for EXPLAIN ANALYZE; drop it by hand. The sections `scale` and
 * `scale-overview` of BENCHMARKS.md are rewritten.
 *
 * This file runs the measurements; bench/support/scale-settings.ts reads the sizes,
 * scale-figures.ts names what is measured and scale-report.ts writes the two sections.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { chromium } from 'playwright-core';
import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle, extractClaims } from '#text';
import { encodeCursor } from '../apps/api/src/common/pagination.js';
import { markSourceChange } from '../apps/api/src/evidence/source-fanout.js';
import { decidedPerDay, decisionsPerEditor, disputedByOutlet, openByScore, timeToVerdict, type Period } from '../apps/api/src/stats/stats-queries.js';
import { CHROMIUM_ARGS, chromiumPath } from '../test/browser/support/chromium.js';
import { freePort } from '../test/support/api-process.js';
import { adminQuery } from '../test/support/test-app.js';
import { gitHead } from './support/git-head.js';
import { median } from './support/report.js';
import { addArticles, addStandaloneClaims, addStats, decideShare, generateArticle, prng, seedSentences, type CorpusStats } from './support/scale-corpus.js';
import type { Depth, EvidenceAtSize, Ingest, OverviewFigures, ReadWrite, Run } from './support/scale-figures.js';
import { reportOverview, reportScale } from './support/scale-report.js';
import {
  ARTICLES,
  CLAIMS,
  CLAIMS_PER_ARTICLE,
  CONNECTIONS,
  CORES,
  EVIDENCE_SAMPLE,
  GROWTH,
  OVERVIEW_PAGE_PERIODS,
  OVERVIEW_PAGE_RUNS,
  OVERVIEW_PERIODS,
  OVERVIEW_REQUESTS,
  ROOT,
  SECONDS,
} from './support/scale-settings.js';

const MAIN = resolve(ROOT, 'dist/apps/api/src/main.js');
const BASELINE = resolve(ROOT, 'bench/support/scale-baseline.mjs');
const SERVER_URL = process.env.SCALE_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const LIST = '/claims?status=open&limit=50';
const TIMEOUT = 4 * 3_600_000;

interface Server {
  base: string;
  stop(): Promise<void>;
}

const servers: Server[] = [];
const dbName = `factdesk_scale_${randomBytes(5).toString('hex')}`;
const dbUrl = withDatabase(SERVER_URL, dbName);
let created = false;

describe('scale', () => {
  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first (npm run bench does).`);
    await adminQuery(SERVER_URL, `CREATE DATABASE ${dbName}`);
    created = true;
  }, TIMEOUT);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    // SCALE_KEEP_DATABASE=1 keeps the corpus (its name is printed) for EXPLAIN ANALYZE or a second look; drop it by hand.
    if (created && process.env.SCALE_KEEP_DATABASE === '1') console.log(`kept the corpus: ${dbUrl}`);
    else if (created) await adminQuery(SERVER_URL, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }, TIMEOUT);

  it('measures Factdesk against node:http + pg on the same database', { timeout: TIMEOUT }, async () => {
    const adminToken = `scale-admin-${randomBytes(16).toString('hex')}`;
    const apiEnv = {
      DATABASE_URL: dbUrl,
      ADMIN_TOKEN: adminToken,
      SEED: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_WRITES_PER_TOKEN: '100000000',
      RATE_LIMIT_WRITES_PER_IP: '100000000',
      RATE_LIMIT_FAILED_AUTH_PER_IP: '100000000',
    };
    // One process, no background workers: the evidence figures time reads, not a worker racing them.
    const api = await start(MAIN, { ...apiEnv, API_PROCESSES: '1', EVIDENCE_WORKER: 'false', WEBHOOK_WORKER: 'false' });
    const auth = { authorization: `Bearer ${await editorSecret(api.base, adminToken)}` };

    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    try {
      const pgVersion = String((await client.query('SHOW server_version')).rows[0].server_version);
      const sentences = seedSentences(resolve(ROOT, 'seeds'));
      const { corpus, growth, decided } = await growCorpus(api.base, auth, client, sentences);
      reportOverview(await measureOverview(api.base, auth, adminToken, client), corpus, pgVersion);
      if (process.env.SCALE_ONLY === 'overview') return;

      const load = loadavg()[0];
      const { single, depth, multi, chain } = await measureReadWrite(api, apiEnv, auth, adminToken, client);
      const { ingestAlone, ingestWithWorkers, backlog } = await measureIngestRuns(apiEnv, auth, client, sentences);
      const explain = await explainList(client);
      reportScale({ corpus, decided, pgVersion, load, single, multi, depth, ingestAlone, ingestWithWorkers, growth, backlog, explain, chain, commit: gitHead(ROOT) });
      expect(single.readApi.errors + single.readBase.errors + single.writeApi.errors + single.writeBase.errors).toBe(0);
      expect(multi.readApi.errors + multi.readBase.errors + multi.writeApi.errors + multi.writeBase.errors).toBe(0);
      expect(ingestAlone.errors + ingestWithWorkers.errors).toBe(0);
      expect(chain.valid).toBe(true);
    } finally {
      await client.end();
    }
  });
});

/** An editor token made with the admin token, for the measured requests. */
async function editorSecret(api: string, adminToken: string): Promise<string> {
  return fetch(`${api}/api/v1/tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'scale editor', role: 'editor' }),
  }).then(async (r) => ((await r.json()) as { secret: string }).secret);
}

/** Grows one corpus to ARTICLES, measuring evidence at each size of GROWTH, then adds the standalone claims and decides a share. */
async function growCorpus(api: string, auth: Record<string, string>, client: pg.Client, sentences: string[]): Promise<{ corpus: CorpusStats; growth: EvidenceAtSize[]; decided: number }> {
  let corpus: CorpusStats = { articles: 0, passages: 0, claims: 0, auditEvents: 0, textBytes: 0, seconds: 0 };
  const growth: EvidenceAtSize[] = [];
  for (const size of [...new Set([...GROWTH, ARTICLES])].sort((a, b) => a - b)) {
    corpus = addStats(corpus, await addArticles(client, sentences, { from: corpus.articles, to: size, claimsPerArticle: CLAIMS_PER_ARTICLE }, console.log));
    if (GROWTH.includes(size)) growth.push(await measureEvidence(api, auth, client, size, sentences));
  }
  if (corpus.claims < CLAIMS) corpus = addStats(corpus, await addStandaloneClaims(client, sentences, CLAIMS - corpus.claims, console.log));
  const decided = await decideShare(client, 0.4);
  console.log(`corpus: ${JSON.stringify(corpus)}, ${decided} decided`);
  await settle(client);
  return { corpus, growth, decided };
}

/**
 * Reads and writes against the baseline with one process each (on `api`, the one-process API, which
 * it stops), list depth, then as many processes as cores each with the API's workers on, as deployed;
 * and the audit chain verified through the API.
 */
async function measureReadWrite(api: Server, apiEnv: Record<string, string>, auth: Record<string, string>, adminToken: string, client: pg.Client) {
  let base = await start(BASELINE, { DATABASE_URL: dbUrl, PROCESSES: '1' });
  const single = await readAndWrite(1, api.base, base.base, auth, client);
  const depth = await measureDepth(api.base, auth, client);
  await Promise.all([api.stop(), base.stop()]);

  const multiApi = await start(MAIN, { ...apiEnv, API_PROCESSES: String(CORES) });
  base = await start(BASELINE, { DATABASE_URL: dbUrl, PROCESSES: String(CORES) });
  const multi = await readAndWrite(CORES, multiApi.base, base.base, auth, client);
  await base.stop();

  const chain = await fetch(`${multiApi.base}/api/v1/audit/verify`, { headers: { authorization: `Bearer ${adminToken}` } }).then((r) => r.json() as Promise<{ valid: boolean; events: number }>);
  await multiApi.stop();
  return { single, depth, multi, chain };
}

/**
 * Ingest last: it wakes the evidence workers. First with the API processes only (the workers
 * elsewhere, as on a dedicated worker machine), then with each process running its workers too.
 * The last API stays up until afterAll.
 */
async function measureIngestRuns(apiEnv: Record<string, string>, auth: Record<string, string>, client: pg.Client, sentences: string[]) {
  await settle(client);
  let api = await start(MAIN, { ...apiEnv, API_PROCESSES: String(CORES), EVIDENCE_WORKER: 'false', WEBHOOK_WORKER: 'false' });
  const before = await backlog(client);
  const ingestAlone = await measureIngest(api.base, auth, sentences, 1);
  const queued = await backlog(client);
  await api.stop();
  api = await start(MAIN, { ...apiEnv, API_PROCESSES: String(CORES) });
  const ingestWithWorkers = await measureIngest(api.base, auth, sentences, 2);
  const after = await backlog(client);
  return { ingestAlone, ingestWithWorkers, backlog: { before, queued, after } };
}

/** Starts the compiled API or the baseline as a child process and waits until it answers. */
async function start(script: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [script], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env, PORT: String(port) } });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const server: Server = {
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      servers.splice(servers.indexOf(server), 1);
    },
  };
  servers.push(server);
  const probe = script === MAIN ? `${server.base}/api/v1/health` : `${server.base}/health`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode} before answering`);
    try {
      if ((await fetch(probe)).status < 500) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${probe} did not answer within 120 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Read, then write, each side in turn, with the same connections and duration. */
async function readAndWrite(processes: number, api: string, base: string, auth: Record<string, string>, client: pg.Client): Promise<ReadWrite> {
  await settle(client);
  // Warm both up, then measure in the order A B B A, half the time each, so drift on the shared machine hits both alike.
  await cannon(`${api}/api/v1${LIST}`, auth, 2);
  await cannon(`${base}${LIST}`, auth, 2);
  const half = SECONDS / 2;
  const readApi1 = await cannon(`${api}/api/v1${LIST}`, auth, half);
  const readBase = merge(await cannon(`${base}${LIST}`, auth, half), await cannon(`${base}${LIST}`, auth, half));
  const readApi = merge(readApi1, await cannon(`${api}/api/v1${LIST}`, auth, half));
  // Every decision on a different open claim at version 1, so none is a 412.
  const open = (await client.query<{ id: string }>(`SELECT id FROM claim WHERE status = 'open' AND version = 1 ORDER BY random() LIMIT 100000`)).rows.map((r) => r.id);
  const quarter = Math.floor(open.length / 4);
  const writeApi1 = await decideLoop(`${api}/api/v1`, auth, open.slice(0, quarter), half);
  const writeBase = merge(await decideLoop(base, auth, open.slice(quarter, 2 * quarter), half), await decideLoop(base, auth, open.slice(2 * quarter, 3 * quarter), half));
  const writeApi = merge(writeApi1, await decideLoop(`${api}/api/v1`, auth, open.slice(3 * quarter), half));
  return { processes, readApi, readBase, writeApi, writeBase };
}

/** Two runs of the same side as one: mean rate and p50, the worse p99. */
const merge = (a: Run, b: Run): Run => ({
  rps: (a.rps + b.rps) / 2,
  p50: (a.p50 + b.p50) / 2,
  p99: Math.max(a.p99, b.p99),
  errors: a.errors + b.errors,
  requests: a.requests + b.requests,
  bytes: (a.bytes * a.requests + b.bytes * b.requests) / Math.max(1, a.requests + b.requests),
});

/** Vacuum, analyse and checkpoint after bulk changes, so neither side is measured while PostgreSQL catches up. */
async function settle(client: pg.Client): Promise<void> {
  await client.query('VACUUM ANALYZE');
  await client.query('CHECKPOINT');
}

const toRun = (r: autocannon.Result): Run => ({
  rps: r.requests.average,
  p50: r.latency.p50,
  p99: r.latency.p99,
  errors: r.errors + r.timeouts + r.non2xx,
  requests: r.requests.total,
  bytes: r.throughput.total / Math.max(1, r.requests.total),
});

async function cannon(url: string, headers: Record<string, string>, seconds: number): Promise<Run> {
  return toRun(await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers }));
}

/** Decisions for `seconds` on the given claims, CONNECTIONS at a time. */
async function decideLoop(prefix: string, headers: Record<string, string>, claims: string[], seconds: number): Promise<Run> {
  let next = 0;
  const url = new URL(prefix);
  const r = await autocannon({
    url: url.origin,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { ...headers, 'content-type': 'application/json', 'if-match': '"1"' },
    requests: [
      {
        method: 'PUT',
        setupRequest: (req: autocannon.Request) => {
          if (next >= claims.length) throw new Error(`ran out of open claims after ${next} decisions: raise SCALE_CLAIMS or lower SCALE_SECONDS`);
          return { ...req, path: `${url.pathname.replace(/\/$/, '')}/claims/${claims[next++]}/verdict`, body: JSON.stringify({ verdict: 'unsupported', note: 'Scale bench decision.' }) };
        },
      },
    ],
  });
  return toRun(r);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/**
 * At one corpus size: EVIDENCE_SAMPLE random extracted claims have their evidence computed on read
 * (marked stale first, as a change would), then read back stored 10 times each; and one new article's
 * source change is expanded by the worker's statement (timed, rolled back).
 */
async function measureEvidence(api: string, headers: Record<string, string>, client: pg.Client, articles: number, sentences: string[]): Promise<EvidenceAtSize> {
  const ids = (await client.query<{ id: string }>(`SELECT id FROM claim WHERE origin = 'extracted' ORDER BY random() LIMIT $1`, [EVIDENCE_SAMPLE])).rows.map((r) => r.id);
  await client.query(`UPDATE claim_evidence SET stale = true, generation = generation + 1 WHERE claim_id = ANY($1::uuid[])`, [ids]);
  const read = async (id: string) => {
    const t = performance.now();
    const res = await fetch(`${api}/api/v1/claims/${id}/evidence`, { headers });
    const body = (await res.json()) as { evidence?: unknown[] };
    if (!res.ok || !Array.isArray(body.evidence)) throw new Error(`evidence of ${id}: ${res.status}`);
    return performance.now() - t;
  };
  const computed: number[] = [];
  for (const id of ids) computed.push(await read(id));
  const stored: number[] = [];
  for (const id of ids) await read(id); // the first stored read of each, not counted
  for (let i = 0; i < 10; i++) for (const id of ids) stored.push(await read(id));
  const fanout = await timeFanout(api, headers, client, sentences, articles);
  const counts = (await client.query<{ passages: number; claims: number }>(`SELECT (SELECT count(*) FROM passage)::int AS passages, (SELECT count(*) FROM claim)::int AS claims`)).rows[0];
  return {
    articles,
    ...counts,
    stored: { p50: percentile(stored, 50), p95: percentile(stored, 95), p99: percentile(stored, 99), n: stored.length },
    computed: { p50: percentile(computed, 50), p95: percentile(computed, 95), max: Math.max(...computed), n: computed.length },
    fanout,
  };
}

/** Ingests one article (the worker is off, so its source change waits) and times the statements that expand it, rolled back. */
async function timeFanout(api: string, headers: Record<string, string>, client: pg.Client, sentences: string[], n: number): Promise<{ ms: number; marked: number }> {
  const a = generateArticle(sentences, prng(n), 9_000_000 + n);
  const res = await fetch(`${api}/api/v1/articles`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ content: a.text, format: 'text', title: a.title, outlet: a.outlet, publishedOn: a.publishedOn, url: `https://scale.example/fanout/${n}` }),
  });
  if (!res.ok) throw new Error(`ingest for the fan-out: ${res.status}`);
  const { id } = (await res.json()) as { id: string };
  await client.query('BEGIN');
  try {
    const t = performance.now();
    const marked = await markSourceChange((sql, params) => client.query(sql, params).then((r) => r.rows), id);
    const ms = performance.now() - t;
    return { ms, marked };
  } finally {
    await client.query('ROLLBACK');
    await client.query(`DELETE FROM evidence_source_change WHERE article_id = $1`, [id]);
  }
}

/** p50 of 100 sequential keep-alive requests each for page 1 and for a page ~100 claims from the end. */
async function measureDepth(api: string, headers: Record<string, string>, client: pg.Client): Promise<Depth> {
  const open = Number((await client.query(`SELECT count(*) AS n FROM claim WHERE status = 'open'`)).rows[0].n);
  const position = Math.max(0, open - 150);
  const { seq } = (await client.query<{ seq: string }>(`SELECT seq FROM claim WHERE status = 'open' ORDER BY seq OFFSET $1 LIMIT 1`, [position])).rows[0];
  // Enter near the end with a cursor in the API's format, then measure the page its own nextCursor names.
  const entry = (await (await fetch(`${api}/api/v1${LIST}&cursor=${encodeCursor(seq)}`, { headers })).json()) as { nextCursor: string | null };
  if (!entry.nextCursor) throw new Error('no next page near the end of the open claims');
  const deep = `${api}/api/v1${LIST}&cursor=${entry.nextCursor}`;
  const first: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < 110; i++) {
    for (const [url, into] of [[`${api}/api/v1${LIST}`, first], [deep, last]] as const) {
      const t = performance.now();
      const res = await fetch(url, { headers });
      const body = (await res.json()) as { items: unknown[] };
      if (!res.ok || body.items.length === 0) throw new Error(`${url}: ${res.status}`);
      if (i >= 10) into.push(performance.now() - t);
    }
  }
  return { open, firstP50: median(first), deepP50: median(last), deepPosition: position + 51 };
}

/** POST /articles with fresh ~5 KB articles for SECONDS, 4 per core at a time (ingest is CPU-bound). */
async function measureIngest(api: string, headers: Record<string, string>, sentences: string[], round: number): Promise<Ingest> {
  const rand = prng(7 * round);
  let n = 0;
  const nextBody = () => {
    const a = generateArticle(sentences, rand, round * 1_000_000 + ++n);
    return JSON.stringify({ content: a.text, format: 'text', title: a.title, outlet: a.outlet, author: a.author, publishedOn: a.publishedOn, url: `https://scale.example/ingest/${round}/${randomBytes(8).toString('hex')}` });
  };
  // The CPU part of an ingest, in this process: cleaning and claim extraction of the same kind of text.
  const sample = Array.from({ length: 40 }, (_, i) => generateArticle(sentences, rand, 2_000_000 + i).text);
  for (const text of sample.slice(0, 5)) extractClaims(cleanArticle(text, { format: 'text' }));
  const t0 = performance.now();
  for (const text of sample) extractClaims(cleanArticle(text, { format: 'text' }));
  const textMs = (performance.now() - t0) / sample.length;

  let bytes = 0;
  const connections = 4 * CORES;
  // Warm-up, not counted: each API process loads its NLP model on its first article.
  await autocannon({ url: api, connections, duration: 2, headers: { ...headers, 'content-type': 'application/json' }, requests: [{ method: 'POST', path: '/api/v1/articles', setupRequest: (req: autocannon.Request) => ({ ...req, body: nextBody() }) }] });
  n = 0;
  const r = await autocannon({
    url: api,
    connections,
    duration: SECONDS,
    headers: { ...headers, 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        path: '/api/v1/articles',
        setupRequest: (req: autocannon.Request) => {
          const body = nextBody();
          bytes += JSON.parse(body).content.length;
          return { ...req, body };
        },
      },
    ],
  });
  const ok = r['2xx'];
  return { articles: ok, seconds: r.duration, bytes: (bytes * ok) / Math.max(1, n), p50: r.latency.p50, max: r.latency.max, errors: r.errors + r.timeouts + r.non2xx, textMs, connections };
}

const backlog = async (client: pg.Client) =>
  (await client.query<{ stale: number; changes: number }>(`SELECT (SELECT count(*) FROM claim_evidence WHERE stale)::int AS stale, (SELECT count(*) FROM evidence_source_change)::int AS changes`)).rows[0];

/** The list query as the API sends it, first page and deep page. */
async function explainList(client: pg.Client): Promise<string> {
  const { seq } = (await client.query<{ seq: string }>(`SELECT seq FROM claim WHERE status = 'open' ORDER BY seq DESC OFFSET 150 LIMIT 1`)).rows[0];
  const plan = async (sql: string, params: unknown[]) =>
    (await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
  const first = await plan(`SELECT * FROM claim c WHERE c.status = $1 ORDER BY c.seq ASC LIMIT 51`, ['open']);
  const deep = await plan(`SELECT * FROM claim c WHERE c.seq > $2 AND c.status = $1 ORDER BY c.seq ASC LIMIT 51`, ['open', seq]);
  return `-- first page\n${first}\n\n-- deep page (seq > ${seq})\n${deep}`;
}

/**
 * GET /stats, OVERVIEW_REQUESTS sequential requests per period after 3 not counted; each of its
 * statements alone at 366 days (through the pg client, so without HTTP); then #/overview in a
 * 1280×800 Chromium served by the API, timed by the page's own marks from its request to the first
 * frame after the charts were committed, for each period the page offers.
 */
async function measureOverview(api: string, headers: Record<string, string>, adminToken: string, client: pg.Client): Promise<OverviewFigures> {
  const DAY = 86_400_000;
  const periods: OverviewFigures['periods'] = [];
  const ranges = [...OVERVIEW_PERIODS.map((days) => ({ label: `last ${days} day${days === 1 ? '' : 's'}`, days, endsAgo: 0 })), { label: '30 days ending 180 days ago', days: 30, endsAgo: 180 }];
  for (const range of ranges) {
    const times: number[] = [];
    let decisions = 0;
    for (let i = 0; i < OVERVIEW_REQUESTS + 3; i++) {
      const until = new Date(Date.now() - range.endsAgo * DAY);
      const since = new Date(until.getTime() - range.days * DAY);
      const t = performance.now();
      const res = await fetch(`${api}/api/v1/stats?since=${since.toISOString()}&until=${until.toISOString()}`, { headers });
      const body = (await res.json()) as { decidedPerDay: Array<{ verified: number; disputed: number; unsupported: number }> };
      if (!res.ok) throw new Error(`GET /stats (${range.label}): ${res.status} ${JSON.stringify(body)}`);
      if (i >= 3) times.push(performance.now() - t);
      decisions = body.decidedPerDay.reduce((n, d) => n + d.verified + d.disputed + d.unsupported, 0);
    }
    periods.push({ label: range.label, decisions, p50: median(times), p95: percentile(times, 95), max: Math.max(...times) });
  }

  const em = { query: (sql: string, params?: unknown[]) => client.query(sql, params).then((r) => r.rows) } as unknown as EntityManager;
  const year: Period = { since: new Date(Date.now() - 366 * DAY), until: new Date() };
  const statements: OverviewFigures['statements'] = [];
  for (const [name, run] of [
    ['decided per day', () => decidedPerDay(em, year)],
    ['time to first verdict', () => timeToVerdict(em, year)],
    ['open claims by check-worthiness', () => openByScore(em)],
    ['decisions per editor', () => decisionsPerEditor(em, year)],
    ['disputed share by outlet', () => disputedByOutlet(em, year)],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      const t = performance.now();
      await run();
      if (i >= 2) times.push(performance.now() - t);
    }
    statements.push({ name, p50: median(times) });
  }

  let page: OverviewFigures['page'] = null;
  let version: string | null = null;
  if (chromiumPath()) {
    const browser = await chromium.launch({ executablePath: chromiumPath()!, args: CHROMIUM_ARGS });
    version = browser.version();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(`localStorage.setItem('factdesk.token', ${JSON.stringify(adminToken)})`);
      const tab = await context.newPage();
      const runs = new Map<number, Array<{ load: number; render: number }>>(OVERVIEW_PAGE_PERIODS.map((d) => [d, []]));
      const timed = async () => {
        await tab.waitForFunction(() => (globalThis as unknown as { performance: { getEntriesByName(name: string): unknown[] } }).performance.getEntriesByName('fd:overview-load').length > 0, undefined, { timeout: 60_000 });
        return (await tab.evaluate(`(() => ({
          load: performance.getEntriesByName('fd:overview-load').at(-1).duration,
          render: performance.getEntriesByName('fd:overview-render').at(-1).duration,
        }))()`)) as { load: number; render: number };
      };
      for (let run = 0; run <= OVERVIEW_PAGE_RUNS; run++) {
        // The page opens on 30 days; the other periods are a change of its select, as an editor makes it.
        await tab.goto(`${api}/#/overview`, { waitUntil: 'load' });
        const round = new Map([[30, await timed()]]);
        for (const days of OVERVIEW_PAGE_PERIODS.filter((d) => d !== 30)) {
          await tab.evaluate('performance.clearMeasures()');
          await tab.locator('#overview-period').selectOption(String(days));
          round.set(days, await timed());
        }
        if (run > 0) for (const [days, figures] of round) runs.get(days)!.push(figures); // the first round warms the caches
        await tab.goto('about:blank');
      }
      page = OVERVIEW_PAGE_PERIODS.map((days) => {
        const r = runs.get(days)!;
        return { days, loadP50: median(r.map((x) => x.load)), loadMax: Math.max(...r.map((x) => x.load)), renderP50: median(r.map((x) => x.render)), renderMax: Math.max(...r.map((x) => x.render)) };
      });
    } finally {
      await browser.close();
    }
  }
  const counts = (await client.query<{ verdicts: number; open: number }>(`SELECT (SELECT count(*) FROM verdict)::int AS verdicts, (SELECT count(*) FROM claim WHERE status = 'open')::int AS open`)).rows[0];
  return { ...counts, periods, statements, page, chromium: version };
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}


