import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineScores, loadTranscripts, randomBaseline, rankLines, scoreRankings, transcriptContent } from '../apps/api/src/claims/checkworthiness-evaluation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The outside set is read from ../shared/eval at run time and never committed; without it this suite skips.
const FOLDER = resolve(process.cwd(), '..', 'shared', 'eval', 'clef2019-checkworthiness');
const SLICE = 3;

describe.skipIf(!existsSync(FOLDER))('check-worthiness on CLEF-2019 transcripts (a slice, through the API)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('keeps every transcript line and ranks checked lines well above random order', async () => {
    const transcripts = loadTranscripts(FOLDER).slice(0, SLICE);
    const admin = await t.auth('admin');
    const orders: number[][] = [];
    for (const transcript of transcripts) {
      const created = await t.http.post('/api/v1/articles').set(admin).send({ content: transcriptContent(transcript), format: 'text' }).expect(201);
      const spans: Array<{ start: number; end: number; score: number }> = [];
      for (let cursor: string | null = ''; cursor !== null; ) {
        const page: { body: { items: Array<{ score: number; selector: { position: { start: number; end: number } } }>; nextCursor: string | null } } = await t.http.get(`/api/v1/articles/${created.body.id}/claims?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`).set(admin).expect(200);
        for (const c of page.body.items) spans.push({ ...c.selector.position, score: c.score });
        cursor = page.body.nextCursor;
      }
      const { scores, lostLines } = lineScores(transcript, created.body.edits, spans);
      expect(lostLines).toBe(0);
      orders.push(rankLines(scores));
    }
    const map = scoreRankings(transcripts, orders).map;
    expect(map).toBeGreaterThan(2 * randomBaseline(transcripts).map);
  });
});
