import { describe, expect, it } from 'vitest';
import { claimKey, compareClaims, SAME_CLAIM_SIMILARITY, splitAttribution } from './same-claim.js';

describe(compareClaims.name, () => {
  it.each([
    ['the same sentence with other quote marks and spacing', 'Police said “the servers were seized”.', 'Police said "the servers were seized" .'],
    ['the same fact with an attribution added', 'The operation was led by Belgian prosecutors.', 'The operation was led by Belgian prosecutors, Europol said.'],
    ['the same fact in another order', 'Police in Europe and North America seized servers used by propaganda outlets.', 'Servers used by propaganda outlets were seized by police in Europe and North America.'],
    ['a figure in words and in digits', 'The harbour has 12 cranes.', 'The harbour has twelve cranes.'],
    [
      'the same source described at more length',
      'Inflation rose to 4 percent in March, according to the Bundesbank.',
      'Inflation rose to 4 percent in March, according to a statement from the German central bank Bundesbank.',
    ],
  ])('links %s', (_kind, a, b) => {
    const result = compareClaims(a, b);
    expect(result, JSON.stringify(result)).toMatchObject({ same: true, differences: [] });
  });

  it.each([
    ['a different count', 'Amaq publishes in 12 languages.', 'Amaq publishes in 14 languages.', 'number'],
    ['a different bound', 'The agency works with more than 100 countries.', 'The agency works with 133 countries.', 'number'],
    ['a different day', 'The two-day operation began on 25 April 2018.', 'The two-day operation began on 26 April 2018.', 'date'],
    ['a different year', 'The port opened in 1901.', 'The port opened in 1910.', 'number'],
    ['a different nationality', 'The operation was led by Belgian prosecutors.', 'The operation was led by French prosecutors.', 'name'],
    ['a different place', 'Police seized servers in the Netherlands.', 'Police seized servers in Canada.', 'name'],
    ['a participant added', 'Police from Belgium and France took part.', 'Police from Belgium, France and Italy took part.', 'name'],
    ['a negation', 'Europol seized the servers.', 'Europol did not seize the servers.', 'negated'],
    ['a different source', 'The servers were seized in April, Europol said.', 'The servers were seized in April, a spokesman for Interpol said.', 'source'],
    ['a named source against an unnamed one', 'The servers were seized in April, Europol said.', 'The servers were seized in April, officials said.', 'source'],
  ])('never links %s', (_kind, a, b, difference) => {
    const result = compareClaims(a, b);
    expect(result.same, JSON.stringify(result)).toBe(false);
    expect(result.differences.join(' ')).toContain(difference);
  });

  it('does not link claims that only share a topic', () => {
    const result = compareClaims('Europol is based in The Hague.', 'Europol coordinated the takedown of the servers.');
    expect(result.same).toBe(false);
    expect(result.similarity).toBeLessThan(SAME_CLAIM_SIMILARITY);
  });
});

describe(claimKey.name, () => {
  it('ignores case, punctuation and quote marks', () => {
    expect(claimKey('“Europol,” she said — SEIZED it.')).toBe(claimKey('"europol" she said seized it'));
  });
});

describe(splitAttribution.name, () => {
  it.each([
    ['The servers were seized, Europol said.', 'The servers were seized.'],
    ['According to Europol, the servers were seized.', 'the servers were seized.'],
    ['The servers were seized, according to a statement.', 'The servers were seized.'],
    ['Europol said that the servers were seized.', 'the servers were seized.'],
    ['The harbour authority said 40 ships docked.', '40 ships docked.'],
    ['Police reported 40 cases.', 'Police reported 40 cases.'],
  ])('%s', (text, expected) => {
    expect(splitAttribution(text).statement).toBe(expected);
  });
});
