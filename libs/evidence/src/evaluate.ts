import type { SuggestedVerdict } from './ranking.js';

export interface EvaluationItem {
  id: string;
  claim: string;
  sourceSeed: string | null;
  published: string | null;
  label: SuggestedVerdict;
  /** Sources a fact-checker would cite; empty when none decides the claim. */
  evidenceSeeds: string[];
}

export interface Prediction {
  id: string;
  verdict: SuggestedVerdict;
  /** Source of each ranked evidence passage, best first (repeats allowed). */
  evidenceSources: string[];
}

export interface EvaluationScores {
  items: number;
  labelAccuracy: number;
  /** Share of items with cited seeds where one of them is the source of a top-5 evidence passage. */
  recallAt5: number;
  /** Items not labelled disputed but predicted disputed, over all items not labelled disputed. */
  wronglyDisputedRate: number;
  confusion: Record<SuggestedVerdict, Record<SuggestedVerdict, number>>;
  misses: Array<{ id: string; label: SuggestedVerdict; predicted: SuggestedVerdict | 'missing' }>;
}

const VERDICTS: SuggestedVerdict[] = ['verified', 'disputed', 'unsupported'];

export function scoreEvaluation(items: EvaluationItem[], predictions: Prediction[]): EvaluationScores {
  const byId = new Map(predictions.map((p) => [p.id, p]));
  const confusion = Object.fromEntries(VERDICTS.map((v) => [v, Object.fromEntries(VERDICTS.map((w) => [w, 0]))])) as EvaluationScores['confusion'];
  let correct = 0;
  let cited = 0;
  let recalled = 0;
  let notDisputed = 0;
  let wronglyDisputed = 0;
  const misses: EvaluationScores['misses'] = [];
  for (const item of items) {
    const prediction = byId.get(item.id);
    if (prediction) confusion[item.label][prediction.verdict]++;
    if (prediction?.verdict === item.label) correct++;
    else misses.push({ id: item.id, label: item.label, predicted: prediction?.verdict ?? 'missing' });
    if (item.evidenceSeeds.length > 0) {
      cited++;
      const top = prediction?.evidenceSources.slice(0, 5) ?? [];
      if (top.some((s) => item.evidenceSeeds.includes(s))) recalled++;
    }
    if (item.label !== 'disputed') {
      notDisputed++;
      if (prediction?.verdict === 'disputed') wronglyDisputed++;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    items: items.length,
    labelAccuracy: items.length === 0 ? 0 : correct / items.length,
    recallAt5: ratio(recalled, cited),
    wronglyDisputedRate: notDisputed === 0 ? 0 : wronglyDisputed / notDisputed,
    confusion,
    misses,
  };
}
