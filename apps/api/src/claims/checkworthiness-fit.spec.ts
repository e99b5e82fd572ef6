import { describe, expect, it } from 'vitest';
import { CHECKWORTHY_FEATURES } from '#text';
import { fitLogistic, fitModel, leaveOneOut, rankTranscript, type FitTranscript } from './checkworthiness-fit.js';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Rows whose label follows column 0 upwards and column 1 downwards, with a little noise from a fixed seed. */
function synthetic(n: number): { rows: number[][]; labels: number[] } {
  let state = 7;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [random() < 0.5 ? 1 : 0, random() < 0.5 ? 1 : 0, random()];
    rows.push(row);
    labels.push(random() < sigmoid(-1 + 2 * row[0] - 1.5 * row[1]) ? 1 : 0);
  }
  return { rows, labels };
}

describe(fitLogistic.name, () => {
  it('recovers the direction and rough size of the weights that generated the labels', () => {
    const { rows, labels } = synthetic(4000);
    const [intercept, up, down] = fitLogistic(rows, labels, 0.1);
    expect(up).toBeGreaterThan(1.5);
    expect(up).toBeLessThan(2.5);
    expect(down).toBeLessThan(-1);
    expect(intercept).toBeLessThan(-0.5);
  });

  it('holds a weight at 0 rather than let it cross to the side its sign forbids', () => {
    const { rows, labels } = synthetic(2000);
    const w = fitLogistic(rows, labels, 0.1, [1, 1, 0]);
    expect(w[2]).toBe(0);
    expect(w[1]).toBeGreaterThan(1);
  });
});

describe(fitModel.name, () => {
  // Two toy transcripts: units with a figure are checked, the others not.
  const transcript = (name: string): FitTranscript => {
    const figure = CHECKWORTHY_FEATURES.indexOf('figure');
    const units = Array.from({ length: 40 }, (_, i) => {
      const features = CHECKWORTHY_FEATURES.map(() => 0);
      features[figure] = i % 4 === 0 ? 1 : 0;
      return { features, checkable: true, eligible: true, line: i };
    });
    return { name, labels: units.map((u) => u.features[figure]), units };
  };

  it('learns a positive figure weight and ranks the checked lines first, in and out of sample', () => {
    const transcripts = [transcript('a'), transcript('b')];
    const model = fitModel(transcripts);
    expect(model.weights.figure).toBeGreaterThan(0);
    const order = rankTranscript(transcripts[0], model, 0);
    expect(order.slice(0, 10).every((line) => transcripts[0].labels[line] === 1)).toBe(true);
    expect(leaveOneOut(transcripts)).toBe(1);
  });
});
