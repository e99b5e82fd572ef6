import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { EmbeddedPostgres } from '../apps/api/src/database/embedded-postgres.js';
import { startTestApp } from '../test/support/test-app.js';
import { gitHead } from './support/git-head.js';
import { machine, writeSection } from './support/report.js';

const COMMITS = 1000;
const HTTP_WRITES = 300;

/** Sequential commits of a claim-sized transaction (two inserts) on one connection. */
async function commitsPerSecond(durable: boolean): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-bench-durable-'));
  cpSync(inject('templateDir')!, dir, { recursive: true });
  const db = await EmbeddedPostgres.start(dir, 2, { durable });
  const client = new pg.Client({ connectionString: db.url });
  try {
    await client.connect();
    await client.query('CREATE TABLE bench_row (id serial PRIMARY KEY, body text NOT NULL)');
    for (let i = 0; i < 50; i++) await client.query('INSERT INTO bench_row (body) VALUES ($1)', ['warm-up']);
    const started = performance.now();
    for (let i = 0; i < COMMITS; i++) {
      await client.query('BEGIN');
      await client.query('INSERT INTO bench_row (body) VALUES ($1)', [`claim ${i}`]);
      await client.query('INSERT INTO bench_row (body) VALUES ($1)', [`audit ${i}`]);
      await client.query('COMMIT');
    }
    return COMMITS / ((performance.now() - started) / 1000);
  } finally {
    await client.end();
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function claimWritesPerSecond(concurrency: number): Promise<number> {
  const t = await startTestApp({ env: { EVIDENCE_WORKER: 'false', WEBHOOK_WORKER: 'false' } });
  try {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as { port: number };
    const headers = { Authorization: `Bearer ${t.adminToken}`, 'Content-Type': 'application/json' };
    const post = async (i: number) => {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/claims`, { method: 'POST', headers, body: JSON.stringify({ text: `Bench claim ${i} about Europol.` }) });
      await res.arrayBuffer();
      expect(res.status).toBe(201);
    };
    for (let i = 0; i < 20; i++) await post(i);
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => { while (next < HTTP_WRITES) await post(next++); }));
    return HTTP_WRITES / ((performance.now() - started) / 1000);
  } finally {
    await t.close();
  }
}

describe('durability', () => {
  it('measures what fsync per commit costs on the embedded database', async () => {
    const off = await commitsPerSecond(false);
    const on = await commitsPerSecond(true);
    const sequential = await claimWritesPerSecond(1);
    const concurrent = await claimWritesPerSecond(8);
    const n = (x: number) => x.toFixed(0);
    writeSection(
      'durability',
      `## Durable commits (embedded database)

| Figure | Commits/s |
|---|---|
| ${COMMITS} sequential transactions of two inserts, PGlite's default (fsync off: commits reach the page cache only) | ${n(off)} |
| Same, as Factdesk runs it (fsync on, \`wal_sync_method=fsync\`) | ${n(on)} (${((1 - on / off) * 100).toFixed(0)} % fewer) |
| \`POST /claims\` over HTTP, one client, durable (${HTTP_WRITES} writes) | ${n(sequential)} |
| \`POST /claims\` over HTTP, 8 clients, durable | ${n(concurrent)} |

Measured at ${gitHead()} on ${machine([`data directory in ${tmpdir()}`])}. The cost is one fsync of the WAL segment per commit, so it is set by the disk's flush latency;
\`test/durability.e2e-spec.ts\` counts the fsync calls of a running server under \`strace -f\`.`,
    );
  });
});
