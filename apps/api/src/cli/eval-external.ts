import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config/app-config.js';
import { evaluateExternal, loadExternal, percentile } from '../evidence/external-evaluation.js';

/**
 * `npm run eval:external -- <climate-fever-dev.jsonl> [--limit N] [--out report.json]`: the outside
 * evaluation of ../shared/eval/README.md through the HTTP API on a fresh embedded database (never
 * ./data; DATABASE_URL, when set, is used instead), with a plain BM25 over the same sentences in
 * the same run. Prints the figures; writes every prediction to --out when given.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const limit = opt('--limit');
  const out = opt('--out');
  const path = resolve(args[0] ?? '../shared/eval/climate-fever-dev.jsonl');
  if (!existsSync(path)) {
    console.log(`No file at ${path}; nothing to evaluate.`);
    return;
  }
  const rows = loadExternal(path, limit ? Number(limit) : undefined);
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-eval-'));
  const token = `eval-${randomBytes(16).toString('hex')}`;
  const app = await createApp(
    loadConfig({
      DATA_DIR: dir,
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
      SEED: 'false',
      LOG_LEVEL: 'warn',
      EVIDENCE_WORKER: 'false',
      WEBHOOK_WORKER: 'false',
      ADMIN_TOKEN: token,
      RATE_LIMIT_WRITES_PER_TOKEN: '100000000',
      RATE_LIMIT_WRITES_PER_IP: '100000000',
      RATE_LIMIT_INGEST_ITEMS_PER_TOKEN: '100000000',
    }),
  );
  try {
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const call = async <T>(p: string, init: RequestInit = {}): Promise<T> => {
      const res = await fetch(`${base}/api/v1${p}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers } });
      if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${p}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const ds = app.get(DataSource);
    const report = await evaluateExternal(call, (s, p) => ds.query(s, p), rows);
    const e = report.engine;
    const f = (n: number) => n.toFixed(3);
    const ms = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms`;
    console.log(`corpus: ${report.articles} articles, ${report.sentences} sentences, ingested in ${report.ingestSeconds.toFixed(1)} s; ${e.claims} claims scored`);
    console.log(`label accuracy      ${f(e.labelAccuracy)}   (target ≥ 0.55)`);
    console.log(`macro-F1            ${f(e.macroF1)}`);
    console.log(`recall@5            ${f(e.recallAt5)}   (${e.recallClaims} claims with labelled evidence; target ≥ 0.60 and ≥ BM25 + 0.08)`);
    console.log(`plain BM25 recall@5 ${f(report.bm25.recallAt5)}   (same sentences, same run; engine − BM25 = ${(e.recallAt5 - report.bm25.recallAt5).toFixed(3)})`);
    console.log(`wrongly disputed    ${f(e.wronglyDisputed)}   (target ≤ 0.02)`);
    console.log(`decisive precision  ${f(e.decisivePrecision)}   (${e.decisiveCorrect} of ${e.decisive}; target ≥ 0.80)`);
    console.log(`evidence (computed on read): ${ms(report.evidenceMs)}; claim creation: ${ms(report.createMs)}`);
    console.log(`confusion (label → suggested): ${JSON.stringify(e.confusion)}`);
    if (report.unmatchedPassages) console.log(`passages matching no sentence: ${report.unmatchedPassages}`);
    if (out) writeFileSync(out, JSON.stringify(report, null, 1));
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
