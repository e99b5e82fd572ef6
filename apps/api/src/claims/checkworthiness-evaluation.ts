import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapToClean, type TextEdit } from '#text';

/**
 * Check-worthiness scored as CLEF-2019 CheckThat! Task 1 scored it: each transcript is one plain-text
 * article with one paragraph per line; a line's score is the best score of the claims inside it (0 when
 * none); lines are ranked by score (ties in transcript order) and scored by average precision per
 * transcript, then averaged (MAP), with R-precision and P@5 beside it.
 */

interface TranscriptLine {
  text: string;
  /** 1 when a journalist fact-checked the line. */
  label: 0 | 1;
}

export interface Transcript {
  name: string;
  lines: TranscriptLine[];
}

export interface RankingScores {
  map: number;
  rPrecision: number;
  precisionAt5: number;
}

/** The folder's `*.tsv` transcripts (`line_number<TAB>speaker<TAB>text<TAB>label`); [] when the folder is absent. */
export function loadTranscripts(folder: string): Transcript[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.tsv$/, ''),
      lines: readFileSync(join(folder, file), 'utf8')
        .split('\n')
        .filter((row) => row.trim() !== '')
        .map((row) => {
          const cols = row.split('\t');
          return { text: cols[2] ?? '', label: cols[3]?.trim() === '1' ? 1 : 0 };
        }),
    }));
}

export const PARAGRAPH_BREAK = '\n\n';

/** The article a transcript becomes: the text column, one paragraph per line. */
export const transcriptContent = (t: Transcript) => t.lines.map((l) => l.text).join(PARAGRAPH_BREAK);

/**
 * Each line's score from the claims found in the cleaned article (`edits` map the posted content to
 * the cleaned text the claim offsets refer to). Also reports lines cleaning removed entirely.
 */
export function lineScores(t: Transcript, edits: TextEdit[], claims: Array<{ start: number; end: number; score: number }>): { scores: number[]; lostLines: number } {
  const scores: number[] = [];
  let lostLines = 0;
  let offset = 0;
  for (const line of t.lines) {
    const start = mapToClean(edits, offset, 'forward');
    const end = mapToClean(edits, offset + line.text.length, 'backward');
    if (line.text.trim() !== '' && end <= start) lostLines++;
    let best = 0;
    for (const c of claims) if (c.start < end && start < c.end && c.score > best) best = c.score;
    scores.push(best);
    offset += line.text.length + PARAGRAPH_BREAK.length;
  }
  return { scores, lostLines };
}

/** Line indexes best first; ties keep transcript order. */
export function rankLines(scores: number[]): number[] {
  return scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, i]) => i);
}

export function averagePrecision(labelsInRankOrder: number[]): number {
  const relevant = labelsInRankOrder.reduce((n, l) => n + l, 0);
  if (relevant === 0) return 0;
  let hits = 0;
  let sum = 0;
  labelsInRankOrder.forEach((label, i) => {
    if (label === 1) sum += ++hits / (i + 1);
  });
  return sum / relevant;
}

export function precisionAt(labelsInRankOrder: number[], k: number): number {
  return labelsInRankOrder.slice(0, k).reduce((n, l) => n + l, 0) / k;
}

export function rPrecision(labelsInRankOrder: number[]): number {
  const relevant = labelsInRankOrder.reduce((n, l) => n + l, 0);
  return relevant === 0 ? 0 : precisionAt(labelsInRankOrder, relevant);
}

/** Mean scores over transcripts, each ranked by its own `order`. */
export function scoreRankings(transcripts: Transcript[], orders: number[][]): RankingScores {
  const per = transcripts.map((t, i) => {
    const labels = orders[i].map((line) => t.lines[line].label);
    return { ap: averagePrecision(labels), rp: rPrecision(labels), p5: precisionAt(labels, 5) };
  });
  const mean = (pick: (p: (typeof per)[number]) => number) => (per.length === 0 ? 0 : per.reduce((s, p) => s + pick(p), 0) / per.length);
  return { map: mean((p) => p.ap), rPrecision: mean((p) => p.rp), precisionAt5: mean((p) => p.p5) };
}

/** The random-order baseline: mean over `runs` shuffles from a fixed seed, so a run repeats. */
export function randomBaseline(transcripts: Transcript[], runs = 100, seed = 2019): RankingScores {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const total = { map: 0, rPrecision: 0, precisionAt5: 0 };
  for (let r = 0; r < runs; r++) {
    const orders = transcripts.map((t) => {
      const order = t.lines.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      return order;
    });
    const s = scoreRankings(transcripts, orders);
    total.map += s.map / runs;
    total.rPrecision += s.rPrecision / runs;
    total.precisionAt5 += s.precisionAt5 / runs;
  }
  return total;
}
