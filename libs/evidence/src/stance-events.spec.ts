import { describe, expect, it } from 'vitest';
import { readFacts } from './facts.js';
import { monthsApart } from './stance-events.js';

const facts = (text: string, published?: string) => readFacts(text, { published });

describe(monthsApart.name, () => {
  it('tells an event in a named month from reports of another month', () => {
    expect(monthsApart(facts('The strike in November lasted two days.'), facts('The two-day strike ended on Friday.', '2018-04-27'))).toBe(true);
    expect(monthsApart(facts('The strike in April lasted two days.'), facts('The two-day strike ended on Friday.', '2018-04-27'))).toBe(false);
  });

  it('reads only dates precise to the month', () => {
    expect(monthsApart(facts('The strike was the culmination of protests started in late 2015.'), facts('The two-day strike ended on Friday.', '2018-04-27'))).toBe(false);
  });
});
