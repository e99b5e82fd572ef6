import { describe, expect, it } from 'vitest';
import { CHECKWORTHY_FEATURE_SIGNS, CHECKWORTHY_FEATURES, CHECKWORTHY_WEIGHTS, contextOf, CONTEXT_WINDOW, featureWeight, unitFeatures, type UnitEvidence } from './checkworthiness.js';
import type { Token } from './nlp.js';

const noSignals = { quote: [], quantity: [], date: [], attribution: [], entity: [] };
/** Whitespace tokens with a rough tag: enough for the grammar features. */
const evidence = (text: string, pos: Record<string, string> = {}): UnitEvidence => {
  let at = 0;
  const tokens: Token[] = text.split(/\s+/).map((value) => {
    const start = text.indexOf(value, at);
    at = start + value.length;
    return { start, end: at, value, pos: pos[value] ?? 'NOUN' };
  });
  return { text, signals: noSignals, quantityTypes: [], cues: [], tokens, isPastTense: (w) => /ed$/.test(w), participant: false };
};

describe(unitFeatures.name, () => {
  it('marks a moderator addressing a speaker by title and name', () => {
    expect(unitFeatures(evidence('Senator Jones, what would you cut first in the budget')).address).toBe(1);
    expect(unitFeatures(evidence('Thank you for that answer, Governor.')).address).toBe(1);
    expect(unitFeatures(evidence('Senator Jones voted for the budget in 2015.')).address).toBe(0);
  });

  it('marks "you" followed by a past-tense verb as a charge about what someone did', () => {
    expect(unitFeatures(evidence('You voted for the war.', { voted: 'VERB' })).secondPersonPast).toBe(1);
    expect(unitFeatures(evidence('You want the war.', { want: 'VERB' })).secondPersonPast).toBe(0);
  });

  it('marks time frames, interruptions and discourse markers', () => {
    expect(unitFeatures(evidence('Crime is the highest since 1990.')).timeFrame).toBe(1);
    expect(unitFeatures(evidence('And I have supported --')).interrupted).toBe(1);
    expect(unitFeatures(evidence('Well, that is not true.')).discourse).toBe(1);
  });

  it('computes a value for every feature, in 0..2', () => {
    const features = unitFeatures(evidence('We cut taxes by 12 percent since 2015.'));
    for (const name of CHECKWORTHY_FEATURES) expect(features[name]).toBeGreaterThanOrEqual(0);
    for (const name of CHECKWORTHY_FEATURES) expect(features[name]).toBeLessThanOrEqual(2);
  });
});

describe('check-worthiness weights', () => {
  it('keep every weight on the side its feature was designed for', () => {
    for (const name of CHECKWORTHY_FEATURES) expect(CHECKWORTHY_FEATURE_SIGNS[name] * CHECKWORTHY_WEIGHTS[name]).toBeGreaterThanOrEqual(0);
  });

  it('sum the weights of the features present', () => {
    const features = unitFeatures(evidence('Thank you all.'));
    expect(featureWeight(features)).toBeCloseTo(CHECKWORTHY_FEATURES.reduce((s, f) => s + CHECKWORTHY_WEIGHTS[f] * features[f], 0));
  });

  it('average the positive weights around a unit over the full window', () => {
    expect(contextOf([1, -3, 5, 2], 1)).toBeCloseTo((1 + 5 + 2) / (2 * CONTEXT_WINDOW));
  });
});
