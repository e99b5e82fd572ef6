import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TextEdit } from '#text';
import { createApp } from '../app.factory.js';
import { lineScores, loadTranscripts, randomBaseline, rankLines, scoreRankings, transcriptContent, type RankingScores } from '../claims/checkworthiness-evaluation.js';
import { loadConfig } from '../config/app-config.js';

/**
 * `npm run eval:checkworthy -- <folder>`: CLEF-2019 CheckThat! transcripts (`*.tsv`) ranked by the
 * claims Factdesk extracts, through the HTTP API on a fresh embedded database, with the random-order
 * baseline of the same transcripts beside the figures. Nothing is read from or written to ./data.
 */
async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? '../shared/eval/clef2019-checkworthiness');
  const transcripts = loadTranscripts(folder);
  if (!existsSync(folder) || transcripts.length === 0) {
    console.log(`No transcripts (*.tsv) in ${folder}; nothing to evaluate.`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-eval-'));
  const token = `eval-${randomBytes(16).toString('hex')}`;
  const app = await createApp(loadConfig({ DATA_DIR: dir, SEED: 'false', LOG_LEVEL: 'warn', EVIDENCE_WORKER: 'false', WEBHOOK_WORKER: 'false', ADMIN_TOKEN: token }));
  try {
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const call = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
      const res = await fetch(`${base}/api/v1${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers } });
      if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const started = performance.now();
    const batch = await call<{ results: Array<{ status: number; id?: string; problem?: { detail: string } }> }>('/articles/batch', {
      method: 'POST',
      body: JSON.stringify({ items: transcripts.map((t) => ({ content: transcriptContent(t), format: 'text', title: t.name, outlet: 'CLEF-2019 CheckThat!' })) }),
    });
    let lost = 0;
    let claimCount = 0;
    const orders: number[][] = [];
    for (const [i, t] of transcripts.entries()) {
      const result = batch.results[i];
      if (!result.id) throw new Error(`${t.name}: ${result.status} ${result.problem?.detail}`);
      const article = await call<{ edits: TextEdit[] }>(`/articles/${result.id}`);
      const claims: Array<{ start: number; end: number; score: number }> = [];
      for (let cursor: string | null = ''; cursor !== null; ) {
        const page: { items: Array<{ score: number; selector: { position: { start: number; end: number } } }>; nextCursor: string | null } = await call(
          `/articles/${result.id}/claims?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        for (const c of page.items) claims.push({ start: c.selector.position.start, end: c.selector.position.end, score: c.score });
        cursor = page.nextCursor;
      }
      claimCount += claims.length;
      const { scores, lostLines } = lineScores(t, article.edits, claims);
      lost += lostLines;
      orders.push(rankLines(scores));
    }
    const seconds = (performance.now() - started) / 1000;
    const lines = transcripts.reduce((n, t) => n + t.lines.length, 0);
    const worth = transcripts.reduce((n, t) => n + t.lines.filter((l) => l.label === 1).length, 0);
    const row = (name: string, s: RankingScores) => `${name.padEnd(22)} ${s.map.toFixed(3).padStart(6)} ${s.rPrecision.toFixed(3).padStart(6)} ${s.precisionAt5.toFixed(3).padStart(6)}`;
    console.log(`${transcripts.length} transcripts, ${lines} lines (${worth} worth checking), ${claimCount} claims extracted, ${lost} lines lost by cleaning (${seconds.toFixed(1)} s through the API)`);
    console.log(`${''.padEnd(22)} ${'MAP'.padStart(6)} ${'R-P'.padStart(6)} ${'P@5'.padStart(6)}`);
    console.log(row('Factdesk claim score', scoreRankings(transcripts, orders)));
    console.log(row('random order, 100 runs', randomBaseline(transcripts)));
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
