/**
 * The raw stack under Factdesk, for bench/scale.ts to compare against: `node:http` + `pg` (a pool of
 * 10, as the API's default), no framework, no validation, no ORM. It sends the same SQL round trips
 * the API does for the two measured routes, token lookup included, so the ratio is what Nest,
 * TypeORM, validation, guards and DTO mapping cost on top of the database.
 *
 *   GET  /claims?status=open&limit=50[&after=seq]  token lookup; the keyset page (limit + 1 rows)
 *   PUT  /claims/:id/verdict                       token lookup; one transaction: lock the claim,
 *        check the version, insert the verdict, update the claim, insert the audit event (the
 *        hash-chain trigger runs), look up webhook endpoints, read back verdict and citations
 *
 * Env: DATABASE_URL, PORT, PROCESSES (default 1). Plain JavaScript so it runs without a build step.
 */
import { createHash } from 'node:crypto';
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const CLAIM_COLUMNS = `id, seq, article_id, revision_id, start_offset, end_offset, text, prefix, suffix, claimed_on, kind, kinds, score, signals,
  origin, status, current_verdict_id, published_at, published_verdict_id, publication_seq, version, created_by, created_at, updated_at`;

async function authorise(req) {
  const secret = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  const digest = createHash('sha256').update(secret, 'utf8').digest('hex');
  const { rows } = await pool.query('SELECT id, name, role FROM api_token WHERE token_hash = $1 AND revoked_at IS NULL LIMIT 1', [digest]);
  return rows[0] ?? null;
}

/** The same response shape as the API's ClaimDto (claims.service.ts toClaimDto), so both send the same bytes. */
const toDto = (c, verdict = null) => ({
  id: c.id,
  articleId: c.article_id,
  revisionId: c.revision_id,
  text: c.text,
  selector: c.start_offset === null ? null : { quote: { exact: c.text, prefix: c.prefix ?? '', suffix: c.suffix ?? '' }, position: { start: c.start_offset, end: c.end_offset } },
  claimedOn: c.claimed_on,
  kind: c.kind,
  kinds: c.kinds,
  score: Number(c.score.toFixed(3)),
  signals: c.signals,
  origin: c.origin,
  status: c.status,
  version: c.version,
  publishedAt: c.published_at?.toISOString() ?? null,
  verdict,
  createdBy: c.created_by,
  createdAt: c.created_at.toISOString(),
  updatedAt: c.updated_at.toISOString(),
});

const cursor = (seq) => Buffer.from(JSON.stringify({ k: String(seq) }), 'utf8').toString('base64url');

async function list(url) {
  const limit = Number(url.searchParams.get('limit') ?? 50);
  const after = url.searchParams.get('after');
  const params = [url.searchParams.get('status') ?? 'open', limit + 1];
  if (after) params.push(after);
  const { rows } = await pool.query(`SELECT ${CLAIM_COLUMNS} FROM claim WHERE status = $1 ${after ? 'AND seq > $3' : ''} ORDER BY seq ASC LIMIT $2`, params);
  const items = rows.slice(0, limit);
  return { status: 200, body: { items: items.map(toDto), nextCursor: rows.length > limit ? cursor(items[items.length - 1].seq) : null } };
}

async function decide(claimId, ifMatch, body, actor) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: [claim] } = await client.query(`SELECT ${CLAIM_COLUMNS} FROM claim WHERE id = $1 FOR UPDATE`, [claimId]);
    if (!claim) return await rollback(client, 404);
    // The same rules as the API: a change of verdict needs If-Match (428), a stale one is refused (412).
    if (claim.current_verdict_id && !ifMatch) return await rollback(client, 428);
    if (ifMatch && ifMatch !== `"${claim.version}"`) return await rollback(client, 412);
    // As the API: the verdict keeps its claim's creation time and its article's outlet for GET /stats.
    const outlet = claim.article_id ? ((await client.query(`SELECT outlet FROM article WHERE id = $1`, [claim.article_id])).rows[0]?.outlet ?? null) : null;
    const { rows: [verdict] } = await client.query(
      `INSERT INTO verdict (claim_id, verdict, note, reason, supersedes_id, claim_version, decided_by, claim_created_at, outlet) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [claimId, body.verdict, body.note ?? '', null, claim.current_verdict_id, claim.version + 1, actor.name, claim.created_at, outlet],
    );
    const { rows: [updated] } = await client.query(
      `UPDATE claim SET status = $2, current_verdict_id = $3, version = version + 1, updated_at = now() WHERE id = $1 RETURNING ${CLAIM_COLUMNS}`,
      [claimId, body.verdict, verdict.id],
    );
    const after = { status: updated.status, version: updated.version, verdictId: verdict.id, note: verdict.note, citations: [] };
    await client.query(
      `INSERT INTO audit_event (actor, request_id, action, entity_type, entity_id, before, after, reason) VALUES ($1, $2, $3, 'claim', $4, $5, $6, $7)`,
      [actor.name, null, claim.current_verdict_id ? 'verdict.corrected' : 'verdict.decided', claimId, { status: claim.status, version: claim.version, verdictId: claim.current_verdict_id, note: null }, after, null],
    );
    await client.query(`SELECT id, events FROM webhook_endpoint WHERE disabled_at IS NULL AND events && $1::text[]`, [['verdict.decided']]);
    const { rows: verdicts } = await client.query('SELECT * FROM verdict WHERE id = ANY($1::uuid[])', [[verdict.id]]);
    await client.query('SELECT * FROM citation WHERE verdict_id = ANY($1::uuid[]) ORDER BY position', [[verdict.id]]);
    await client.query('COMMIT');
    const v = verdicts[0];
    return { status: 200, body: toDto(updated, { id: v.id, verdict: v.verdict, note: v.note, reason: v.reason, decidedBy: v.decided_by, decidedAt: v.decided_at.toISOString(), citations: [] }) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

async function rollback(client, status) {
  await client.query('ROLLBACK');
  return { status, body: { status } };
}

function readBody(req) {
  return new Promise((done, fail) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => done(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {}));
    req.on('error', fail);
  });
}

// PROCESSES > 1: as many copies behind node:cluster, as the API runs with API_PROCESSES, so both sides get the same cores.
const processes = Number(process.env.PROCESSES ?? 1);
if (processes > 1 && cluster.isPrimary) {
  for (let i = 0; i < processes; i++) cluster.fork();
  const stopAll = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
  };
  process.on('SIGTERM', stopAll);
  process.on('SIGINT', stopAll);
} else {
  serve();
}

function serve() {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const body = await readBody(req);
      const actor = await authorise(req);
      let result;
      if (!actor) result = { status: 401, body: { status: 401 } };
      else if (req.method === 'GET' && url.pathname === '/claims') result = await list(url);
      else if (req.method === 'PUT' && /^\/claims\/[0-9a-f-]{36}\/verdict$/.test(url.pathname)) result = await decide(url.pathname.split('/')[2], req.headers['if-match'], body, actor);
      else result = { status: 404, body: { status: 404 } };
      const json = JSON.stringify(result.body);
      res.writeHead(result.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    } catch (error) {
      console.error(error);
      res.writeHead(500).end();
    }
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
  const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
