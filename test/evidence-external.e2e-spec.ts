import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { createApp } from '../apps/api/src/app.factory.js';
import { loadConfig } from '../apps/api/src/config/app-config.js';
import { evaluateExternal, loadExternal } from '../apps/api/src/evidence/external-evaluation.js';

const FILE = resolve(__dirname, '..', '..', 'shared', 'eval', 'climate-fever-dev.jsonl');

// A small slice of the outside evaluation (the full run is `npm run eval:external`); skipped where the data is absent.
describe.skipIf(!existsSync(FILE))('outside evaluation, small slice', () => {
  it('ingests through the API, scores the claims beside a same-run BM25, and keeps the BM25 statistics exact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-ext-'));
    const token = `t-${randomBytes(16).toString('hex')}`;
    const app = await createApp(loadConfig({ DATA_DIR: dir, SEED: 'false', LOG_LEVEL: 'warn', EVIDENCE_WORKER: 'false', WEBHOOK_WORKER: 'false', ADMIN_TOKEN: token, RATE_LIMIT_WRITES_PER_TOKEN: '100000' }));
    try {
      await app.listen(0, '127.0.0.1');
      const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      const call = async <T>(p: string, init: RequestInit = {}): Promise<T> => {
        const res = await fetch(`${base}/api/v1${p}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers } });
        if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
        return (await res.json()) as T;
      };
      const ds = app.get(DataSource);
      const report = await evaluateExternal(call, (s, p) => ds.query(s, p), loadExternal(FILE, 40));
      expect(report.engine.claims).toBeGreaterThan(20);
      for (const x of [report.engine.recallAt5, report.bm25.recallAt5, report.engine.labelAccuracy, report.engine.macroF1]) expect(x).toBeGreaterThanOrEqual(0);
      expect(report.engine.recallAt5).toBeGreaterThan(0.3);
      // term_stat and passage_corpus agree with a recount of the postings after ingest.
      const [check] = await ds.query(`
        SELECT (SELECT count(*) FROM (SELECT term, sum(df) AS df FROM term_stat GROUP BY term HAVING sum(df) > 0) s
                 FULL JOIN (SELECT term, count(*) AS df FROM passage_term GROUP BY term) r USING (term)
                WHERE s.df IS DISTINCT FROM r.df)::int AS wrong_df,
               (SELECT sum(passages) FROM passage_corpus)::int AS passages, (SELECT count(*) FROM passage)::int AS actual`);
      expect(check.wrong_df).toBe(0);
      expect(check.passages).toBe(check.actual);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
