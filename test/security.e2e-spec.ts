import { randomBytes } from 'node:crypto';
import { Logger, type LoggerService } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  allOperations,
  dbFingerprint,
  fillPath,
  listen,
  loadCommittedSpec,
  MUTATING,
  operationsOf,
  problemDefect,
  registeredRoutes,
  send,
  type OpenApiDoc,
  type Operation,
  type WireResponse,
} from './support/openapi-walk.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Everything the app logs while the suite runs, through Nest's logger or the console. */
class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  private keep = (...args: unknown[]) => {
    this.lines.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  };
  log = this.keep;
  error = this.keep;
  warn = this.keep;
  debug = this.keep;
  verbose = this.keep;
  fatal = this.keep;
}

// Read at collection time so each operation of the committed document is its own test.
const committed = loadCommittedSpec();
const committedOps = operationsOf(committed);
const mutatingOps = committedOps.filter((op) => MUTATING.has(op.method));
const protectedReads = committedOps.filter((op) => !MUTATING.has(op.method) && !op.public);
const publicReads = committedOps.filter((op) => !MUTATING.has(op.method) && op.public);

describe('access control over every operation in openapi.json', () => {
  let t: TestApp;
  let base: string;
  let viewer: { Authorization: string };
  let realIds: Record<string, string>;
  let ops: Operation[];
  const logs = new CapturingLogger();
  const secrets: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: { EVIDENCE_WORKER: 'false' } });
    t.app.useLogger(logs);
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, level).mockImplementation(logs.log);
    base = await listen(t.app);
    const editor = await t.auth('editor');
    viewer = await t.auth('viewer');
    secrets.push(t.adminToken, editor.Authorization.slice(7), viewer.Authorization.slice(7));

    const article = await t.http
      .post('/api/v1/articles')
      .set(editor)
      .send({ content: 'Europol said the operation was led by Belgian prosecutors. Police in Canada seized 5 servers on 25 April 2018.', title: 'Security fixture' })
      .expect(201);
    const claim = await t.http.post('/api/v1/claims').set(editor).send({ articleId: article.body.id, quote: { exact: 'led by Belgian prosecutors' } }).expect(201);
    // A token of its own, so a DELETE /tokens/{id} that wrongly succeeded would not revoke the ones the suite uses.
    const spare = await t.http.post('/api/v1/tokens').set(await t.auth('admin')).send({ name: 'spare', role: 'viewer' }).expect(201);
    secrets.push(spare.body.secret);
    realIds = { articles: article.body.id, revisions: article.body.revision.id, claims: claim.body.id, tokens: spare.body.id };

    const live = await send(base, { method: 'get', url: '/docs-json' });
    ops = allOperations(committed, live.json as OpenApiDoc, t.app);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await t?.close();
  });

  const call = async (op: Operation, headers: Record<string, string> = {}, query = ''): Promise<WireResponse> => {
    const url = fillPath(op, realIds) + query;
    const res = await send(base, { method: op.method, url, headers, body: MUTATING.has(op.method) ? {} : undefined });
    for (const secret of secrets) {
      expect(res.text, `${op.label} echoes a token in its body`).not.toContain(secret);
      for (const [name, value] of res.headers) expect(value, `${op.label} echoes a token in header ${name}`).not.toContain(secret);
    }
    return res;
  };
  const expectProblem = (op: Operation, res: WireResponse, status: number, type: string) => {
    expect(problemDefect(res, status), `${op.label} ${res.text.slice(0, 300)}`).toBeNull();
    expect((res.json as { type: string }).type, op.label).toBe(`/problems/${type}`);
  };

  /** 401 without a token and 403 for a viewer, with the database untouched by either. */
  const expectWriteGuarded = async (op: Operation) => {
    const before = await dbFingerprint(t.dataSource);
    expectProblem(op, await call(op), 401, 'unauthorized');
    expectProblem(op, await call(op, viewer), 403, 'forbidden');
    expect(await dbFingerprint(t.dataSource), `${op.label} changed the database on a rejected request`).toEqual(before);
  };

  it('walks every route the app serves under /api/v1, documented or not', () => {
    expect(mutatingOps.length).toBeGreaterThan(0);
    expect(protectedReads.length).toBeGreaterThan(0);
    const walked = new Set(ops.map((op) => op.label));
    const served = registeredRoutes(t.app).filter((r) => r.path.startsWith('/api/'));
    expect(served.length).toBeGreaterThan(0);
    const undocumented = served.map((r) => `${r.method.toUpperCase()} ${r.path}`).filter((label) => !walked.has(label));
    expect(undocumented, 'routes missing from the OpenAPI document (and so from this walk)').toEqual([]);
  });

  it.for(mutatingOps.map((op) => [op.label, op] as const))('%s answers 401 without a token and 403 to a viewer', async ([, op]) => {
    await expectWriteGuarded(op);
  });

  it.for(protectedReads.map((op) => [op.label, op] as const))('%s answers 401 without a token', async ([, op]) => {
    expectProblem(op, await call(op), 401, 'unauthorized');
  });

  /** A public operation may still say 404 (nothing published under that id), but never asks for a token. */
  const expectAnsweredWithoutToken = (op: Operation, res: WireResponse) => {
    expect([401, 403], `${op.label} answered ${res.status}`).not.toContain(res.status);
    expect(res.status, op.label).toBeLessThan(500);
    if (res.status >= 400) expect(problemDefect(res), op.label).toBeNull();
  };

  it.for(publicReads.map((op) => [op.label, op] as const))('%s, public in the document, answers without a token', async ([, op]) => {
    expectAnsweredWithoutToken(op, await call(op));
  });

  it('guards the operations the running app serves beyond openapi.json the same way', async () => {
    const extra = ops.filter((op) => op.source === 'app');
    for (const op of extra) {
      if (MUTATING.has(op.method)) await expectWriteGuarded(op);
      else if (!op.public) expectProblem(op, await call(op), 401, 'unauthorized');
      else expectAnsweredWithoutToken(op, await call(op));
    }
    // Nothing to assert on an empty list, but when there is one, the loop above has checked it.
    expect(extra.every((op) => ops.includes(op))).toBe(true);
  });

  it('rejects an unknown or malformed bearer token on every non-public operation without echoing it', async () => {
    const bogus = `fd_${randomBytes(24).toString('base64url')}`;
    secrets.push(bogus);
    for (const op of ops.filter((o) => !o.public || MUTATING.has(o.method))) {
      expectProblem(op, await call(op, { Authorization: `Bearer ${bogus}` }), 401, 'unauthorized');
      expectProblem(op, await call(op, { Authorization: `Basic ${Buffer.from(`x:${bogus}`).toString('base64')}` }), 401, 'unauthorized');
      expectProblem(op, await call(op, { Authorization: 'Bearer' }), 401, 'unauthorized');
    }
  });

  it('takes a token from the query string only where the document declares access_token, never for a write', async () => {
    for (const op of ops.filter((o) => !o.public || MUTATING.has(o.method))) {
      const declared = op.parameters.some((p) => p.in === 'query' && p.name === 'access_token');
      const res = await call(op, {}, `?access_token=${encodeURIComponent(t.adminToken)}`);
      if (MUTATING.has(op.method) || !declared) expectProblem(op, res, 401, 'unauthorized');
      else expect(res.status, op.label).not.toBe(401);
      // A rejected query token is not echoed either (call() checks the admin token is nowhere in the answer).
      const bogus = `fd_${randomBytes(24).toString('base64url')}`;
      secrets.push(bogus);
      expectProblem(op, await call(op, {}, `?access_token=${bogus}`), 401, 'unauthorized');
    }
  });

  it('keeps token secrets out of the logs and the audit trail', async () => {
    // Proves the capture is wired: without it the assertion below could not fail.
    new Logger('SecurityProbe').warn('probe');
    expect(logs.lines.some((line) => line.includes('probe'))).toBe(true);
    expect(secrets.length).toBeGreaterThan(4);
    for (const secret of secrets) {
      expect(logs.lines.filter((line) => line.includes(secret))).toEqual([]);
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE strpos(concat_ws(' ', actor, action, entity_id, before::text, after::text, reason, request_id), $1) > 0`,
        [secret],
      );
      expect(row.n).toBe(0);
    }
  });
});
