import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateEvidence } from '../apps/api/src/cli/evidence-evaluation.js';
import { EvidenceWorker } from '../apps/api/src/evidence/evidence.worker.js';
import { startTestApp } from '../test/support/test-app.js';
import { machine, writeSection } from './support/report.js';

const ROUNDS = 10;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * Reading a claim's evidence through HTTP, as the dashboard does: the stored evidence (the normal
 * case, since writes mark it stale and the worker recomputes it) and a read that finds it stale and
 * computes it on the spot.
 */
describe('evidence', () => {
  it('measures GET /claims/:id/evidence on the seeded corpus', async () => {
    const t = await startTestApp({ seed: true, env: { EVIDENCE_WORKER: 'false' } });
    try {
      await evaluateEvidence(t.app, resolve(import.meta.dirname, '..', 'test', 'eval', 'evidence-set.json'));
      await t.app.get(EvidenceWorker).drain();
      await t.app.listen(0, '127.0.0.1');
      const { port } = t.app.getHttpServer().address() as { port: number };
      const ids: string[] = (await t.dataSource.query('SELECT id FROM claim ORDER BY seq')).map((r: { id: string }) => r.id);
      const headers = { Authorization: `Bearer ${t.adminToken}` };
      const get = async (id: string) => {
        const started = performance.now();
        const res = await fetch(`http://127.0.0.1:${port}/api/v1/claims/${id}/evidence`, { headers });
        await res.arrayBuffer();
        expect(res.status).toBe(200);
        return performance.now() - started;
      };
      for (const id of ids.slice(0, 20)) await get(id); // warm-up
      const stored: number[] = [];
      for (let round = 0; round < ROUNDS; round++) for (const id of ids) stored.push(await get(id));

      await t.dataSource.query('UPDATE claim_evidence SET stale = true, generation = generation + 1');
      const computed: number[] = [];
      for (const id of ids) computed.push(await get(id));

      const passages = (await t.dataSource.query('SELECT count(*)::int AS n FROM passage'))[0].n;
      const ms = (n: number) => `${n.toFixed(1)} ms`;
      const commit = execSync('git describe --always --dirty').toString().trim();
      writeSection(
        'evidence',
        `## Evidence reads

| Figure | p50 | p95 | p99 | Target |
|---|---|---|---|---|
| \`GET /claims/:id/evidence\`, stored (${stored.length} reads of ${ids.length} claims) | ${ms(percentile(stored, 50))} | ${ms(percentile(stored, 95))} | ${ms(percentile(stored, 99))} | p95 ≤ 50 ms |
| Same, evidence stale: retrieved, judged and stored during the read (${computed.length} reads) | ${ms(percentile(computed, 50))} | ${ms(percentile(computed, 95))} | ${ms(percentile(computed, 99))} | — |

Corpus: the 5 seed articles (${passages} passages) and ${ids.length} claims: the seeds' extracted claims and the labelled set's (a quoted claim that was already extracted is the same claim).
Measured at ${commit} on ${machine(['embedded PostgreSQL (PGlite), API in-process, one client, sequential requests over loopback'])}.

How: \`npm run bench\` (bench/evidence.bench.ts). The stored figure is what an editor sees: every write marks
the evidence it may change stale in its own transaction and the worker recomputes it, so reads find it
ready. How these reads grow with the corpus (1k → 10k → 100k articles) is in *Scale* below.`,
      );
    } finally {
      await t.close();
    }
  });
});
