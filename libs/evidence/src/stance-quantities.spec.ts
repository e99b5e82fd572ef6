import { describe, expect, it } from 'vitest';
import { readFacts } from './facts.js';
import { compareQuantities, sameMeasure } from './stance-quantities.js';

const facts = (text: string, published?: string) => readFacts(text, { published });

describe(sameMeasure.name, () => {
  it('tells a percentage from a count and Celsius from Fahrenheit', () => {
    const [pct] = facts('Emissions from cement fell by 12 percent last year.').quantities;
    const [count] = facts('Emissions from cement fell by 12 plants last year.').quantities;
    expect(pct.unit).toBe('percent');
    expect(sameMeasure(pct, count)).toBe(false);
    const [c] = facts('The lake warmed by 2 degrees Celsius.').quantities;
    const [f] = facts('The lake warmed by 2 degrees Fahrenheit.').quantities;
    expect(sameMeasure(c, f)).toBe(false);
  });

  it('does not compare figures for different years, or a year on one side with an undated figure', () => {
    const [a] = facts('Wheat output in the valley rose by 20 percent in 1990.').quantities;
    const [b] = facts('Wheat output in the valley rose by 35 percent in 2005.').quantities;
    const [c] = facts('Wheat output in the valley rose by 35 percent.').quantities;
    expect(sameMeasure(a, b)).toBe(false);
    expect(sameMeasure(a, c)).toBe(false);
    expect(sameMeasure(a, c, { passage: '1990-06-01' })).toBe(true);
  });

  it('never compares ratios, whose compared thing lies elsewhere in the sentence', () => {
    const [a] = facts('The new engine burns fuel 20 times faster than the old one.').quantities;
    const [b] = facts('The new engine burns fuel 28 times faster than the old one.').quantities;
    expect(sameMeasure(a, b)).toBe(false);
  });
});

describe(compareQuantities.name, () => {
  it('contradicts a figure measured the same way', () => {
    const sut = compareQuantities(facts('The survey found 400 nesting pairs of storks on the island.').quantities, facts('The survey found 150 nesting pairs of storks on the island.').quantities);
    expect(sut[0]).toMatchObject({ kind: 'conflict' });
  });

  it('does not contradict a share of one thing with a share of another', () => {
    const sut = compareQuantities(facts('Half of the forests will vanish, and 90 percent of the lakes will dry up by the end of the century.').quantities, facts('About 10 percent of the lakes in the region are already polluted.').quantities);
    expect(sut.every((f) => f.kind !== 'conflict')).toBe(true);
  });

  it('reads a series of values as a series, not a rival figure', () => {
    const sut = compareQuantities(facts('Levels of the gas reached 7,000 ppm in the distant past.').quantities, facts('Levels of the gas were as high as 4,000 ppm in the distant past and as low as 180 ppm later.').quantities);
    expect(sut.every((f) => f.kind !== 'conflict')).toBe(true);
  });

  it('bears out a figure inside a stated range', () => {
    const sut = compareQuantities(facts('Irrigation can cut water use by 40 percent in dry farms.').quantities, facts('Irrigation can cut water use by 32 to 58 percent in dry farms.').quantities);
    expect(sut[0]).toMatchObject({ kind: 'compatible' });
    const inside = compareQuantities(facts('Irrigation can cut water use by more than 30 percent in dry farms.').quantities, facts('Irrigation can cut water use by 32 to 58 percent in dry farms.').quantities);
    expect(inside[0]).toMatchObject({ kind: 'confirm' });
  });
});

describe('compareQuantities agreeing figures', () => {
  it('bears out a figure paraphrased around, unless the two name different years', () => {
    const claim = facts('An earlier survey counted nesting storks in more than 100 villages.').quantities;
    expect(compareQuantities(claim, facts('Volunteers counted storks nesting in 133 villages across the region.').quantities)[0]).toMatchObject({ kind: 'confirm' });
    const dated = facts('In 2010 a survey counted nesting storks in more than 100 villages.').quantities;
    expect(compareQuantities(dated, facts('In 2015 volunteers counted storks nesting in 133 villages.').quantities)[0]?.kind).not.toBe('confirm');
  });
});
