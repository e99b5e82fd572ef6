import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir } from '../apps/api/src/seeds/seeds-dir.js';
import { startTestApp } from '../test/support/test-app.js';
import { machine, writeSection } from './support/report.js';

const ARTICLES = Number(process.env.BATCH_ARTICLES ?? 1000);
const BATCH = 200;
const SERVER = process.env.SCALE_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** ~5 KB articles built from the seed paragraphs, each with its own figures and URL so none is a duplicate. */
function articles(count: number, offset: number): Array<{ content: string; url: string; title: string }> {
  const paragraphs = readdirSync(seedsDir())
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(seedsDir(), f), 'utf8').split(/\n{2,}/))
    .map((p) => p.trim())
    .filter((p) => p.length > 120);
  return Array.from({ length: count }, (_, k) => {
    const i = k + offset;
    const parts: string[] = [];
    for (let j = 0; parts.join('\n\n').length < 5000; j++) parts.push(paragraphs[(i * 7 + j) % paragraphs.length].replace(/\d+/g, (n) => String(Number(n) + i)));
    return { content: parts.join('\n\n'), url: `https://bench.test/batch/${i}`, title: `Batch article ${i}` };
  });
}

async function measure(env: Record<string, string | undefined>): Promise<{ perSecond: number; seconds: number; claims: number; kb: number }> {
  const saved = process.env.DATABASE_URL;
  if (env.DATABASE_URL) process.env.DATABASE_URL = env.DATABASE_URL;
  else delete process.env.DATABASE_URL;
  const t = await startTestApp({ env: { EVIDENCE_WORKER: 'false', WEBHOOK_WORKER: 'false' } });
  try {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as { port: number };
    const post = async (items: object[]) => {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/articles/batch`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${t.adminToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ items }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { created: number; failed: number };
      expect(body.failed).toBe(0);
      return body;
    };
    await post(articles(50, 1_000_000)); // warm-up: NLP models, JIT, connection pool
    const corpus = articles(ARTICLES, 0);
    const started = performance.now();
    let created = 0;
    for (let i = 0; i < corpus.length; i += BATCH) created += (await post(corpus.slice(i, i + BATCH))).created;
    const seconds = (performance.now() - started) / 1000;
    expect(created).toBe(ARTICLES);
    const claims = (await t.dataSource.query(`SELECT count(*)::int AS n FROM claim`))[0].n;
    const kb = corpus.reduce((n, a) => n + a.content.length, 0) / corpus.length / 1000;
    return { perSecond: ARTICLES / seconds, seconds, claims, kb };
  } finally {
    await t.close();
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
}

/** Loading an archive through POST /articles/batch, on a PostgreSQL server and on the embedded database. */
describe('batch ingest', () => {
  it('measures articles per second through POST /articles/batch', async () => {
    const server = await measure({ DATABASE_URL: SERVER });
    const embedded = await measure({});
    const commit = execSync('git describe --always --dirty').toString().trim();
    const row = (name: string, r: typeof server, target: string) => `| ${name} | ${r.perSecond.toFixed(0)} articles/s (${ARTICLES} in ${r.seconds.toFixed(1)} s) | ${target} |`;
    writeSection(
      'batch-ingest',
      `## Batch ingest

| Figure | Measured | Target |
|---|---|---|
${row('`POST /articles/batch`, PostgreSQL server', server, `≥ 150 articles/s: ${server.perSecond >= 150 ? 'met' : 'below target'}`)}
${row('Same, embedded PostgreSQL (PGlite, one connection)', embedded, '—')}

${ARTICLES} articles of ${server.kb.toFixed(1)} KB (seed paragraphs with varied figures, distinct URLs), sent in batches of ${BATCH} by one client after a 50-article warm-up, onto a fresh database;
each article is its own transaction with its revision, passages, ${(server.claims / (ARTICLES + 50)).toFixed(1)} extracted claims a article on average and their audit events; evidence is queued (source changes, stale claims), not computed: \`EVIDENCE_WORKER=false\`, as on API replicas.
Measured at ${commit} on ${machine([`API in-process (one Node process), the server at ${new URL(SERVER).host}`])}; the machine was shared with other work while measuring.

How: \`npm run build && npx vitest run --config bench/vitest.config.ts bench/batch-ingest.bench.ts\` (also part of \`npm run bench\`); \`BATCH_ARTICLES\` sets the count.`,
    );
  });
});
