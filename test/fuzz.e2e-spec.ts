import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeCasesFor, requestsFor, type FuzzContext, type FuzzRequest } from './support/fuzz-inputs.js';
import { allOperations, dbFingerprint, listen, loadCommittedSpec, operationsOf, problemDefect, send, type OpenApiDoc, type Operation } from './support/openapi-walk.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Reproducible by default; FUZZ_SEED=<n> replays another run, FUZZ_RUNS=<n> goes deeper.
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_611);
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
// Small enough that inputs "up to the limit and beyond" stay cheap to send and to reject.
const BODY_LIMIT_BYTES = 65_536;

const committedOps = operationsOf(loadCommittedSpec());

const takesInput = (op: Operation) => Boolean(op.body) || op.parameters.some((p) => p.in !== 'header' && p.name !== 'access_token');

/** A per-operation seed, so adding an operation does not change the inputs of the others. */
const seedFor = (op: Operation) => [...op.label].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, SEED);

describe(`fuzzing every operation in openapi.json from its schemas (seed ${SEED}, ${RUNS} runs each)`, () => {
  let t: TestApp;
  let base: string;
  let admin: { Authorization: string };
  let ctx: FuzzContext;
  let extraOps: Operation[];

  beforeAll(async () => {
    console.log(`fuzz seed ${SEED}, ${RUNS} runs per operation (replay with FUZZ_SEED=${SEED})`);
    t = await startTestApp({ env: { EVIDENCE_WORKER: 'false', BODY_LIMIT_BYTES: String(BODY_LIMIT_BYTES) } });
    base = await listen(t.app);
    admin = await t.auth('admin');
    const editor = await t.auth('editor');
    const content =
      'Europol said the operation was led by Belgian prosecutors. Police in Canada seized 5 servers on 25 April 2018.\n\n' +
      'The two-day operation targeted Amaq, the news agency of Islamic State.';
    const article = await t.http.post('/api/v1/articles').set(editor).send({ content, title: 'Fuzz fixture', publishedOn: '2018-04-27' }).expect(201);
    const other = await t.http
      .post('/api/v1/articles')
      .set(editor)
      .send({ content: 'Belgian prosecutors led the takedown of Amaq servers, Europol said on Friday.', title: 'Second source' })
      .expect(201);
    const claim = await t.http.post('/api/v1/claims').set(editor).send({ articleId: article.body.id, quote: { exact: 'led by Belgian prosecutors' } }).expect(201);
    // Its own token, so a DELETE /tokens/{id} that succeeds revokes nothing the suite relies on (it fuzzes as ADMIN_TOKEN).
    const spare = await t.http.post('/api/v1/tokens').set(admin).send({ name: 'spare', role: 'viewer' }).expect(201);
    ctx = {
      realIds: { articles: other.body.id, revisions: other.body.revision.id, claims: claim.body.id, tokens: spare.body.id },
      bodyLimitBytes: BODY_LIMIT_BYTES,
    };
    const live = await send(base, { method: 'get', url: '/docs-json' });
    const known = new Set(committedOps.map((op) => op.label));
    extraOps = allOperations(loadCommittedSpec(), live.json as OpenApiDoc, t.app).filter((op) => !known.has(op.label));
  });
  afterAll(() => t?.close());

  /** The database as the last request left it: a rejection must not change it. */
  let last: Record<string, string>;

  /** Sends one request and checks the answer: never 5xx; a rejection is problem+json and leaves the database as it was. */
  const check = async (op: Operation, req: FuzzRequest): Promise<'accepted' | 'rejected'> => {
    last ??= await dbFingerprint(t.dataSource);
    const res = await send(base, { method: op.method, url: req.url, headers: { ...admin, ...req.headers }, body: req.body });
    const context = `${req.describe}\n→ ${res.status} ${res.contentType} ${res.text.slice(0, 400)}`;
    expect(res.status, `5xx for ${context}`).toBeLessThan(500);
    if (res.status < 400) {
      expect(res.status, context).toBeGreaterThanOrEqual(200);
      last = await dbFingerprint(t.dataSource);
      return 'accepted';
    }
    expect(problemDefect(res), `not problem+json: ${context}`).toBeNull();
    expect(await dbFingerprint(t.dataSource), `a rejected request changed the database: ${context}`).toEqual(last);
    return 'rejected';
  };

  /** Sends what fast-check draws for the operation; returns how many requests were accepted and rejected. */
  const fuzz = async (op: Operation): Promise<{ rejected: number; accepted: number }> => {
    const counts = { rejected: 0, accepted: 0 };
    await fc.assert(
      fc.asyncProperty(requestsFor(op, ctx), async (req) => {
        counts[await check(op, req)]++;
      }),
      { seed: seedFor(op), numRuns: RUNS, endOnFailure: true },
    );
    return counts;
  };

  /** Sends every request of the deterministic sweep. */
  const sweep = async (op: Operation): Promise<{ rejected: number; accepted: number }> => {
    const counts = { rejected: 0, accepted: 0 };
    for (const req of edgeCasesFor(op, ctx)) counts[await check(op, req)]++;
    return counts;
  };

  it.for(committedOps.map((op) => [op.label, op] as const))('%s never answers 5xx to random malformed input, and a rejection is problem+json that writes nothing', async ([, op]) => {
    const { rejected, accepted } = await fuzz(op);
    expect(rejected + accepted).toBe(RUNS);
    // An operation that takes input must reject some of it, or the generators are not reaching the validation.
    if (takesInput(op)) expect(rejected, `${op.label}: ${accepted} accepted`).toBeGreaterThan(0);
  });

  it.for(committedOps.map((op) => [op.label, op] as const))('%s survives every edge value in every field, parameter and header', async ([, op]) => {
    const { rejected, accepted } = await sweep(op);
    expect(rejected + accepted).toBeGreaterThan(0);
    if (takesInput(op)) expect(rejected, `${op.label}: ${accepted} accepted`).toBeGreaterThan(0);
  });

  it('fuzzes the operations the running app serves beyond openapi.json the same way', async () => {
    for (const op of extraOps) {
      const random = await fuzz(op);
      const edges = await sweep(op);
      expect(random.rejected + random.accepted, op.label).toBe(RUNS);
      if (takesInput(op)) expect(edges.rejected, op.label).toBeGreaterThan(0);
    }
    expect(extraOps.every((op) => op.source === 'app')).toBe(true);
  });

  it('leaves Object.prototype unpolluted after __proto__ and constructor keys in bodies', () => {
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).toBeUndefined();
    expect(probe.role).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
