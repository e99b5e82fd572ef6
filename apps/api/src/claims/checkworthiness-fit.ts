import { CHECKWORTHY_FEATURE_SIGNS, CHECKWORTHY_FEATURES, CLAIM_SCORE_THRESHOLD, cleanArticle, contextOf, mapToClean, scoreUnits, type CheckworthyFeature } from '#text';
import { averagePrecision, PARAGRAPH_BREAK, rankLines, transcriptContent, type Transcript } from './checkworthiness-evaluation.js';

/**
 * Fitting the check-worthiness weights (libs/text checkworthiness-weights.ts) to labelled transcripts:
 * an L2-regularised logistic regression over the hand-designed features of every sentence
 * (CHECKWORTHY_FEATURES), each labelled with its transcript line's label, then refitted with the
 * context feature computed from the first fit's weights. Only the weights of generic features are
 * learned, never words. `leaveOneOut` reports what a transcript the fit has not seen can expect.
 */

interface FitUnit {
  features: number[];
  /** Has a check-worthy signal: only these get a weight at extraction (the others weigh 0 in context). */
  checkable: boolean;
  /** Can be a claim (outside segments, not a question, long enough, checkable). */
  eligible: boolean;
  line: number;
}

export interface FitTranscript {
  name: string;
  labels: number[];
  units: FitUnit[];
}

export interface FittedModel {
  intercept: number;
  weights: Record<CheckworthyFeature, number>;
  context: number;
}

/** Each transcript as extraction sees it: cleaned as a plain-text article, split into units with their features and lines. */
export function fitTranscripts(transcripts: Transcript[]): FitTranscript[] {
  return transcripts.map((t) => {
    const clean = cleanArticle(transcriptContent(t), { format: 'text' });
    const ends: number[] = [];
    let offset = 0;
    for (const line of t.lines) {
      ends.push(mapToClean(clean.edits, offset + line.text.length, 'backward'));
      offset += line.text.length + PARAGRAPH_BREAK.length;
    }
    let line = 0;
    const units: FitUnit[] = [];
    for (const u of scoreUnits(clean)) {
      while (line < ends.length - 1 && ends[line] <= u.unit.start) line++;
      if (!u.features) continue;
      const features = u.features;
      units.push({ features: CHECKWORTHY_FEATURES.map((f) => features[f]), checkable: !!u.described?.checkable, eligible: u.eligible, line });
    }
    return { name: t.name, labels: t.lines.map((l) => l.label), units };
  });
}

/**
 * Logistic regression by Newton's method; column 0 of the result is the intercept (not regularised).
 * `signs[k]` (+1, −1, 0 free) keeps the weight of column k on its side: a weight that crosses is held
 * at 0 and the rest refitted, until none crosses.
 */
export function fitLogistic(rows: number[][], labels: number[], l2: number, signs: ReadonlyArray<number> = []): number[] {
  const held = new Set<number>();
  for (;;) {
    const w = newton(rows, labels, l2, held);
    const crossing = w.findIndex((v, k) => k > 0 && (signs[k - 1] ?? 0) * v < -1e-9);
    if (crossing === -1) return w;
    // The worst offender first: holding one can bring another back to its side.
    let worst = crossing;
    w.forEach((v, k) => {
      if (k > 0 && (signs[k - 1] ?? 0) * v < (signs[worst - 1] ?? 0) * w[worst]) worst = k;
    });
    held.add(worst);
  }
}

function newton(rows: number[][], labels: number[], l2: number, held: ReadonlySet<number>, iterations = 40): number[] {
  const n = (rows[0]?.length ?? 0) + 1;
  const w = new Array<number>(n).fill(0);
  for (let it = 0; it < iterations; it++) {
    const gradient = new Array<number>(n).fill(0);
    const hessian = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    rows.forEach((row, r) => {
      const x = [1, ...row];
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, k) => s + v * w[k], 0)));
      const h = p * (1 - p);
      for (let a = 0; a < n; a++) {
        if (x[a] === 0) continue;
        gradient[a] += (p - labels[r]) * x[a];
        for (let b = 0; b < n; b++) if (x[b] !== 0) hessian[a][b] += h * x[a] * x[b];
      }
    });
    for (let a = 1; a < n; a++) {
      gradient[a] += l2 * w[a];
      hessian[a][a] += l2;
    }
    hessian[0][0] += 1e-9;
    for (const k of held) {
      gradient[k] = 0;
      hessian[k].fill(0);
      for (const row of hessian) row[k] = 0;
      hessian[k][k] = 1;
    }
    const step = solve(hessian, gradient);
    for (let a = 0; a < n; a++) w[a] -= step[a];
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting (the systems here are ~40 × 40). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const m = matrix.map((row, i) => [...row, vector[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let c = r + 1; c < n; c++) s -= m[r][c] * x[c];
    x[r] = s / m[r][r];
  }
  return x;
}

const dot = (a: number[], b: readonly number[]) => a.reduce((s, v, k) => s + v * b[k], 0);

/** Unit weights before context, as extraction computes them (0 for a unit with no check-worthy signal). */
const unitWeights = (t: FitTranscript, weights: readonly number[]) => t.units.map((u) => (u.checkable ? dot(u.features, weights) : 0));

/** Fits the weights, then twice refits with the context the previous weights give. */
export function fitModel(transcripts: FitTranscript[], l2 = 10): FittedModel {
  const labels = transcripts.flatMap((t) => t.units.map((u) => t.labels[u.line]));
  const signs = CHECKWORTHY_FEATURES.map((f) => CHECKWORTHY_FEATURE_SIGNS[f]);
  let w = fitLogistic(transcripts.flatMap((t) => t.units.map((u) => u.features)), labels, l2, signs);
  let context = 0;
  for (let round = 0; round < 2; round++) {
    const rows = transcripts.flatMap((t) => {
      const weights = unitWeights(t, w.slice(1));
      return t.units.map((u, i) => [...u.features, contextOf(weights, i)]);
    });
    const fitted = fitLogistic(rows, labels, l2, [...signs, 1]);
    w = fitted.slice(0, -1);
    context = fitted.at(-1)!;
  }
  return {
    intercept: w[0],
    weights: Object.fromEntries(CHECKWORTHY_FEATURES.map((f, k) => [f, w[k + 1]])) as Record<CheckworthyFeature, number>,
    context,
  };
}

/**
 * Added to the fitted intercept for the product's score. The intercept reflects the transcripts' base
 * rate (2.7 % of lines checked, lower than in a news report), which would put every score under 0.1;
 * the shift keeps the score on the scale editors read (a figure on the record near 0.3–0.6) and the
 * ranking unchanged.
 */
export const SCORE_SHIFT = 1.5;

/**
 * A transcript's line ranking as the API produces it: eligible units scored σ(intercept + SCORE_SHIFT + weights + context),
 * rounded to 3 decimals, kept from CLAIM_SCORE_THRESHOLD; a line's score is its best claim's, 0 when none.
 */
export function rankTranscript(t: FitTranscript, model: FittedModel, threshold = CLAIM_SCORE_THRESHOLD): number[] {
  const bias = model.intercept + SCORE_SHIFT;
  const w = CHECKWORTHY_FEATURES.map((f) => model.weights[f]);
  const weights = unitWeights(t, w);
  const scores = new Array<number>(t.labels.length).fill(0);
  t.units.forEach((u, i) => {
    if (!u.eligible) return;
    const score = Math.round(1000 / (1 + Math.exp(-(bias + weights[i] + model.context * contextOf(weights, i))))) / 1000;
    if (score >= threshold && score > scores[u.line]) scores[u.line] = score;
  });
  return rankLines(scores);
}

export const apOf = (t: FitTranscript, order: number[]) => averagePrecision(order.map((line) => t.labels[line]));

/** Mean AP over the transcripts when each is ranked by a model fitted on all the others. */
export function leaveOneOut(transcripts: FitTranscript[], l2 = 10): number {
  let sum = 0;
  for (const [i, t] of transcripts.entries()) sum += apOf(t, rankTranscript(t, fitModel(transcripts.filter((_, j) => j !== i), l2)));
  return transcripts.length === 0 ? 0 : sum / transcripts.length;
}
