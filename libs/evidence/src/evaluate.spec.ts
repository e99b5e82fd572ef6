import { describe, expect, it } from 'vitest';
import { scoreEvaluation, type EvaluationItem, type Prediction } from './evaluate.js';

const item = (id: string, label: EvaluationItem['label'], evidenceSeeds: string[] = []): EvaluationItem => ({ id, claim: id, sourceSeed: null, published: null, label, evidenceSeeds });
const prediction = (id: string, verdict: Prediction['verdict'], evidenceSources: string[] = []): Prediction => ({ id, verdict, evidenceSources });

describe(scoreEvaluation.name, () => {
  const items = [item('a', 'verified', ['s1']), item('b', 'disputed', ['s2']), item('c', 'unsupported'), item('d', 'verified', ['s3'])];

  it('scores label accuracy over all items', () => {
    const sut = scoreEvaluation(items, [prediction('a', 'verified'), prediction('b', 'disputed'), prediction('c', 'verified'), prediction('d', 'verified')]);
    expect(sut.labelAccuracy).toBe(0.75);
    expect(sut.misses).toEqual([{ id: 'c', label: 'unsupported', predicted: 'verified' }]);
    expect(sut.confusion.unsupported.verified).toBe(1);
  });

  it('counts recall@5 only over items with cited seeds, from the top five passages', () => {
    const sut = scoreEvaluation(items, [
      prediction('a', 'verified', ['s9', 's9', 's9', 's9', 's1']),
      prediction('b', 'disputed', ['s9', 's9', 's9', 's9', 's9', 's2']),
      prediction('c', 'unsupported', []),
      prediction('d', 'verified', ['s3']),
    ]);
    expect(sut.recallAt5).toBeCloseTo(2 / 3);
  });

  it('rates wrongly disputed claims against all claims not labelled disputed', () => {
    const sut = scoreEvaluation(items, [prediction('a', 'disputed'), prediction('b', 'disputed'), prediction('c', 'unsupported'), prediction('d', 'verified')]);
    expect(sut.wronglyDisputedRate).toBeCloseTo(1 / 3);
  });

  it('treats a missing prediction as wrong', () => {
    const sut = scoreEvaluation([item('a', 'verified', ['s1'])], []);
    expect(sut).toMatchObject({ labelAccuracy: 0, recallAt5: 0, misses: [{ id: 'a', predicted: 'missing' }] });
  });
});
