import { describe, expect, it } from 'vitest';
import { averagePrecision, lineScores, precisionAt, rankLines, rPrecision, scoreRankings, transcriptContent, type Transcript } from './checkworthiness-evaluation.js';

const transcript: Transcript = {
  name: 't',
  lines: [
    { text: 'Good evening.', label: 0 },
    { text: 'Taxes rose 8 percent.', label: 1 },
    { text: 'Thank you.', label: 0 },
    { text: 'Jobs fell by 2,000.', label: 1 },
  ],
};

describe('check-worthiness scoring', () => {
  it('computes average precision, R-precision and P@k as the lab did', () => {
    expect(averagePrecision([1, 0, 1, 0])).toBeCloseTo((1 + 2 / 3) / 2);
    expect(averagePrecision([0, 0, 0])).toBe(0);
    expect(rPrecision([1, 0, 1, 0])).toBe(0.5);
    expect(precisionAt([1, 0, 1, 0, 0, 1], 5)).toBe(0.4);
  });

  it('ranks lines by score, ties in transcript order', () => {
    expect(rankLines([0, 0.5, 0, 0.5])).toEqual([1, 3, 0, 2]);
  });

  it("gives a line the best score of the claims inside it, mapped through the cleaning edits", () => {
    const content = transcriptContent(transcript);
    const second = content.indexOf('Taxes');
    // A cleaning edit that removed "Good evening.\n\n" shifts every later offset left by 15.
    const edits = [{ start: 0, end: 15, removed: content.slice(0, 15), inserted: '', reason: 'whitespace' as const, at: 0 }];
    const claims = [{ start: second - 15, end: second - 15 + 21, score: 0.4 }, { start: second - 15, end: second - 15 + 5, score: 0.7 }];
    const { scores, lostLines } = lineScores(transcript, edits, claims);
    expect(scores).toEqual([0, 0.7, 0, 0]);
    expect(lostLines).toBe(1);
    expect(scoreRankings([transcript], [rankLines(scores)]).map).toBeCloseTo((1 + 2 / 4) / 2);
  });
});
