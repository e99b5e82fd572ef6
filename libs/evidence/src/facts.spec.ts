import { describe, expect, it } from 'vitest';
import { readFacts } from './facts.js';

describe(readFacts.name, () => {
  it('names words that are also properties of a plain object like any other word', () => {
    expect(readFacts('Prices rose in Belgium.').display['constructor']).toBeUndefined();
    expect(Object.values(readFacts('The constructor of the bridge was fined.').display)).toContain('constructor');
  });

  it('reads "more than 100 countries" as a lower bound', () => {
    expect(readFacts('radicalised individuals in more than 100 countries').quantities).toMatchObject([{ value: 100, op: '>', unit: 'country' }]);
  });

  it('reads "at least nine languages" as an inclusive lower bound', () => {
    expect(readFacts('Amaq spreads information online in at least nine languages').quantities).toMatchObject([{ value: 9, op: '>=', unit: 'language' }]);
  });

  it('reads thousands separators and the counted noun after modifiers', () => {
    const { quantities } = readFacts('Experts identified more than 26,000 items and referred them to nine online service providers');
    expect(quantities).toMatchObject([
      { value: 26_000, op: '>', unit: 'item' },
      { value: 9, op: '=', unit: 'provider' },
    ]);
  });

  it('reads "two-day", "four-day" and "five days" as durations of the operation', () => {
    expect(readFacts('The two-day operation on Wednesday').durations).toMatchObject([{ value: 2, unit: 'day', about: 'operation' }]);
    expect(readFacts('A four-day operation took down thousands of items').durations).toMatchObject([{ value: 4, unit: 'day', about: 'operation' }]);
    expect(readFacts('The takedown lasted five days.').durations).toMatchObject([{ value: 5, unit: 'day', about: 'operation' }]);
  });

  it('does not count days of the month or years as quantities', () => {
    expect(readFacts('launched on April 25, 2018 by police in 2015').quantities).toEqual([]);
  });

  it('reads absolute dates in both orders', () => {
    expect(readFacts('launched on April 25, 2018').dates).toMatchObject([{ from: '2018-04-25', to: '2018-04-25', granularity: 'day' }]);
    expect(readFacts('On 25 April 2018 law enforcement').dates).toMatchObject([{ from: '2018-04-25', granularity: 'day' }]);
  });

  it('resolves a weekday against the publication date', () => {
    expect(readFacts('The operation on Wednesday', { published: '2018-04-27' }).dates).toMatchObject([{ from: '2018-04-25', granularity: 'day' }]);
  });

  it('resolves "last month" in an April 2018 report to March 2018', () => {
    expect(readFacts('a supermarket hostage-taking in southern France last month', { published: '2018-04-27' }).dates).toMatchObject([
      { from: '2018-03-01', to: '2018-03-31', granularity: 'month', relative: true },
    ]);
  });

  it('takes a month-and-day without a year in the publication year', () => {
    expect(readFacts('The action that began Nov. 21', { published: '2019-11-25' }).dates).toMatchObject([{ from: '2019-11-21' }]);
  });

  it('leaves a relative date unplaced when the publication date is unknown', () => {
    expect(readFacts('last month').dates).toEqual([]);
  });

  it('reads "late 2015" as the last third of the year', () => {
    expect(readFacts('efforts started in late 2015').dates).toMatchObject([{ from: '2015-09-01', to: '2015-12-31' }]);
  });

  it('reads who led the operation, with nationality adjectives as countries', () => {
    expect(readFacts('the operation, led by Belgian prosecutors and involving teams').actors).toContainEqual(
      expect.objectContaining({ role: 'prosecutor', countries: ['belgium'], relation: 'lead', object: 'operation' }),
    );
    expect(readFacts('French, Romanian and Bulgarian police had evidence').actors).toContainEqual(
      expect.objectContaining({ role: 'police', countries: expect.arrayContaining(['france', 'romania', 'bulgaria']), relation: null }),
    );
  });

  it('reads where something is, keeping a city and its country together', () => {
    expect(readFacts('the headquarters of Europol in The Hague, Netherlands').locations).toMatchObject([
      { places: ['the-hague', 'netherlands'], anchor: expect.arrayContaining(['hq', 'europol']) },
    ]);
  });

  it('reads "has not changed" as no effect and "compromised" as some effect', () => {
    expect(readFacts('its ability to broadcast jihadist material has not changed').effects).toMatchObject([{ level: [0, 0], negated: true }]);
    expect(readFacts("IS's capability to broadcast has been compromised").effects).toMatchObject([{ level: [1, 2], subject: 'islamic-state' }]);
  });

  it('reads "continued to share" as not stopped and "stopped broadcasting" as stopped', () => {
    expect(readFacts('Nasher continued to share IS group statements').effects).toMatchObject([{ level: [0, 1], subject: 'nashir' }]);
    expect(readFacts('Nashir stopped broadcasting').effects).toMatchObject([{ level: [2, 2], subject: 'nashir' }]);
  });

  it('ignores intended effects: an aim is not an outcome', () => {
    expect(readFacts('the operation was aimed at severely disrupting the propaganda flow, hampering its ability').effects).toEqual([]);
    expect(readFacts('a joint action in order to severely disrupt their propaganda flow').effects).toEqual([]);
  });

  it('records negation markers with what they deny', () => {
    expect(readFacts('The operation did not involve Canada.').negations).toEqual([{ cue: 'not', target: 'involve', scope: ['operation', 'canada'], hedged: false }]);
    expect(readFacts("Daesh is no longer just losing territory").negations).toEqual([]);
  });

  it('marks a hedged or conditional denial as hedged', () => {
    expect(readFacts('The plan may not be enough to stop warming.').negations[0]).toMatchObject({ target: 'enough', hedged: true });
    expect(readFacts('Even if an organism is not harmed directly, its habitat changes.').negations[0]).toMatchObject({ target: 'harm', hedged: true });
    expect(readFacts('The organism is not harmed, even if its habitat changes.').negations[0]).toMatchObject({ hedged: false });
  });

  it('splits a sentence into parts at strong punctuation and contrastive words, each with its hedges', () => {
    expect(readFacts('Sea ice shrank in summer, but it reportedly grew in winter.').spans.map((s) => s.hedged)).toEqual([false, true]);
  });

  it('signs the event with its time anchors and operation descriptors', () => {
    const facts = readFacts('The action that began Nov. 21 was a four-day operation against Amaq.', { published: '2019-11-25' });
    expect(facts.event).toMatchObject({
      published: '2019-11-25',
      mentionsOperation: true,
      anchors: [expect.objectContaining({ from: '2019-11-21' })],
      durations: [expect.objectContaining({ value: 4, unit: 'day' })],
      descriptors: expect.arrayContaining(['operation', 'amaq']),
    });
  });

  it('reads ranges, percentages and parts per million as one figure each, and a formula digit as none', () => {
    expect(readFacts('cut water use by 32 to 58 percent').quantities).toMatchObject([{ op: 'range', value: 32, max: 58, unit: 'percent' }]);
    expect(readFacts('stayed between 260 and 280 parts per million').quantities).toMatchObject([{ op: 'range', value: 260, max: 280, unit: 'ppm' }]);
    expect(readFacts('warmed by 1.5 °C since 1850').quantities).toMatchObject([{ value: 1.5, unit: 'degree celsius', years: [1850] }]);
    expect(readFacts('CO2 levels and CO 2 emissions rose').quantities).toEqual([]);
  });

  it('does not read a noun compound or an attribute as an effect', () => {
    expect(readFacts('Climate change is discussed in the report.').effects).toEqual([]);
    expect(readFacts('The damaged sections of the reef may recover.').effects).toEqual([]);
    expect(readFacts('Even if the reef is not harmed, fish leave.').effects).toEqual([]);
    expect(readFacts('The storm disrupted shipping for a week.').effects).toHaveLength(1);
  });

  it('reads "over two days" as at least two days, not more than two', () => {
    expect(readFacts('The raids took place over two days.').durations).toMatchObject([{ value: 2, op: '>=' }]);
  });
});

describe('words that name properties of Object', () => {
  it('reads "constructor", "toString" and "__proto__" as words, not as numbers, units or vague amounts', () => {
    expect(() => readFacts('Several constructor firms bid for the toString contract.')).not.toThrow();
    expect(readFacts('The constructor built 5 houses.').quantities.map((q) => [q.value, q.unit])).toEqual([[5, 'house']]);
    expect(readFacts('a constructor thousand __proto__ valueOf').quantities).toEqual([]);
    expect(readFacts('It lasted 5 constructor.').durations).toEqual([]);
  });
});
