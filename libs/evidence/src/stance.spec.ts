import { describe, expect, it } from 'vitest';
import { readFacts } from './facts.js';
import { assessStance, compareAntonyms, compareNegations, compareParticipants, deniedOnlyInClaim, compareQuantities, compareQuotes, hedgedAgreement, monthsApart, quoteWords, sameMeasure } from './stance.js';

const april = (text: string) => ({ text, published: '2018-04-27' });
const november2019 = (text: string) => ({ text, published: '2019-11-25' });

describe(assessStance.name, () => {
  describe('quantities and durations', () => {
    it('contradicts a five-day claim with a two-day operation and says both figures', () => {
      const sut = assessStance({ text: 'The takedown of IS media lasted five days.' }, april('The two-day operation was the culmination of efforts started in late 2015.'));
      expect(sut.stance).toBe('contradicts');
      expect(sut.reasons[0]).toBe('Passage says the operation lasted two days; the claim says five days.');
    });

    it('supports "more than 100 countries" with "133 countries"', () => {
      const sut = assessStance(
        { text: 'An earlier operation identified radicalised individuals in more than 100 countries.' },
        april('One led by Spain\'s Civil Guard allowed authorities to identify radicals in 133 countries via their interaction with IS propaganda.'),
      );
      expect(sut.stance).toBe('supports');
      expect(sut.reasons[0]).toContain('133 countries');
    });

    it('stays neutral on "12 languages" when the passage says "at least nine languages"', () => {
      const sut = assessStance({ text: 'Amaq publishes in 12 languages' }, april('Amaq spreads information online in at least nine languages.'));
      expect(sut.stance).toBe('neutral');
      expect(sut.reasons[0]).toContain('neither confirms nor contradicts');
    });

    it('supports "at least five languages" with "at least nine languages"', () => {
      expect(assessStance({ text: 'Amaq spreads information in at least five languages.' }, april('Amaq spreads information online in at least nine languages.')).stance).toBe('supports');
    });

    it('contradicts "about 16,000 items" with "more than 26,000 items"', () => {
      const sut = assessStance(
        { text: 'Europol identified about 16,000 items of IS propaganda.' },
        november2019('Experts at Europol identified more than 26,000 items of IS propaganda and referred them to providers.'),
      );
      expect(sut.stance).toBe('contradicts');
    });

    it('does not compare counts of different things', () => {
      const sut = assessStance(
        april('Teams disabled the key communications channels spread in eight countries that used to broadcast attack claims.'),
        april('One led by Spain\'s Civil Guard allowed authorities to identify radicals in 133 countries via their interaction with IS propaganda.'),
      );
      expect(sut.stance).toBe('neutral');
    });
  });

  describe('dates', () => {
    it('contradicts a launch date one day off', () => {
      const sut = assessStance({ text: 'The joint operation was launched on April 24, 2018.' }, april('A joint operation against Daesh was launched on April 25, 2018 by law enforcement authorities.'));
      expect(sut.stance).toBe('contradicts');
      expect(sut.reasons[0]).toContain('25 April 2018');
    });

    it('supports a dated claim with a weekday resolved against the passage\'s publication date', () => {
      const sut = assessStance({ text: 'The takedown began on Wednesday, April 25, 2018.' }, april('The two-day operation on Wednesday and Thursday was the latest stage of a campaign.'));
      expect(sut.stance).toBe('supports');
    });

    it('resolves "last month" against each article\'s own date', () => {
      const passage = april('Amaq has been used to claim a deadly supermarket hostage-taking in southern France last month.');
      expect(assessStance({ text: 'Amaq claimed the supermarket attack in southern France in March 2018.' }, passage).stance).toBe('supports');
      expect(assessStance({ text: 'Amaq claimed the supermarket attack in southern France in February 2018.' }, passage).stance).toBe('contradicts');
      expect(assessStance({ text: 'Last month Amaq claimed the supermarket attack in southern France.', published: '2018-04-20' }, passage).stance).toBe('supports');
    });

    it('does not read a different year in a list of other attacks as a misdating', () => {
      const sut = assessStance(
        { text: 'The IS attacks in Paris in 2015 killed 130 people.' },
        april('Amaq has been used to claim attacks in multiple countries, from the 2016 nightclub attack in Florida to a supermarket hostage-taking.'),
      );
      expect(sut.stance).not.toBe('contradicts');
    });
  });

  describe('who and where', () => {
    it('contradicts French prosecutors with Belgian prosecutors', () => {
      const sut = assessStance({ text: 'The operation was led by French prosecutors' }, april('The operation was led by Belgian prosecutors and also involved authorities in the US, Canada, Britain, France.'));
      expect(sut.stance).toBe('contradicts');
      expect(sut.reasons[0]).toMatch(/Belgian prosecutors .*French prosecutors/);
    });

    it('supports Belgian prosecutors leading, whatever the word order', () => {
      expect(assessStance({ text: 'Belgian prosecutors led the operation.' }, april('the operation, led by Belgian prosecutors and involving teams from Bulgaria')).stance).toBe('supports');
    });

    it('does not read other leaders of other things as a conflict', () => {
      const sut = assessStance({ text: 'The operation was led by French prosecutors' }, april("The UK's Counter Terrorism Internet Referral Unit led the process of identifying web domains."));
      expect(sut.stance).not.toBe('contradicts');
    });

    it('contradicts Brussels with The Hague for where Europol sits', () => {
      const sut = assessStance({ text: 'Europol coordinated the takedown from its headquarters in Brussels.' }, april("The takedown was coordinated via Europol's headquarters in The Hague with the support of Eurojust."));
      expect(sut.stance).toBe('contradicts');
      expect(sut.reasons[0]).toContain('The Hague');
    });

    it('does not count a matching place as support for what else the claim says', () => {
      const sut = assessStance(
        { text: "The takedown was coordinated via Europol's headquarters in The Hague with the support of Eurojust, the EU agency for judicial cooperation." },
        november2019('The file photo shows the headquarters of Europol in The Hague, Netherlands.'),
      );
      expect(sut.stance).toBe('neutral');
    });

    it('supports The Hague with "The Hague, Netherlands"', () => {
      expect(assessStance({ text: 'Europol is based in The Hague' }, november2019('The file photo shows the headquarters of Europol in The Hague, Netherlands.')).stance).toBe('supports');
    });

    it('does not take "in Europe" as confirming "in Spain"', () => {
      const sut = assessStance(
        november2019('A man suspected of spreading IS propaganda was arrested in Spain.'),
        april('we have punched a big hole in the capability of IS to spread propaganda online and radicalise young people in Europe'),
      );
      expect(sut.stance).toBe('neutral');
    });
  });

  describe('polarity', () => {
    it('contradicts "its ability has not changed" with "its capability has been compromised"', () => {
      const sut = assessStance(
        april("So even though IS's communication has been disrupted, its ability to broadcast jihadist material has not changed for the time being"),
        april("IS's capability to broadcast and publicise terrorist material has been compromised, Europol said."),
      );
      expect(sut.stance).toBe('contradicts');
      expect(sut.reasons[0]).toContain('has been compromised');
    });

    it('contradicts "stopped broadcasting" with "continued to share statements"', () => {
      const sut = assessStance({ text: 'Nashir stopped broadcasting after the takedown.' }, april('For example, Nasher continued to share IS group statements and Amaq reports Friday through channels on Telegram.'));
      expect(sut.stance).toBe('contradicts');
    });

    it('does not let one outlet\'s activity contradict a claim about another outlet', () => {
      const sut = assessStance({ text: 'Nasher continued to share IS statements after the takedown.' }, april("The takedown saw Isis's so-called news agency, Al-Amaq, knocked off the internet."));
      expect(sut.stance).not.toBe('contradicts');
    });

    it('does not read an aim as an outcome', () => {
      const sut = assessStance(
        april('The operation was aimed at severely disrupting the propaganda flow of Isis, hampering its ability to broadcast terrorist material.'),
        april('its ability to broadcast jihadist material has not changed for the time being'),
      );
      expect(sut.stance).not.toBe('contradicts');
    });

    it('contradicts a denial with a plain statement of the same thing', () => {
      const sut = assessStance({ text: 'The operation did not involve Canada.' }, april('The operation was led by Belgian prosecutors and also involved authorities in the US, Canada, Britain.'));
      expect(sut.stance).toBe('contradicts');
      expect(sut.reasons[0]).toContain('denies');
    });
  });

  describe('events', () => {
    const twoDayClaim = april('The two-day operation on Wednesday (April 25) and Thursday (April 26) was the latest stage of a campaign first launched in 2015.');

    it('is neutral on a passage about the November 2019 four-day operation', () => {
      const sut = assessStance(twoDayClaim, november2019('A four-day operation took down thousands of items, including accounts linked to Amaq, the officials said.'));
      expect(sut.stance).toBe('neutral');
      expect(sut.reasons[0]).toMatch(/different event/);
    });

    it('tells events apart by dates in the text when no publication date is given', () => {
      const sut = assessStance({ text: 'The November 2019 operation against IS propaganda lasted two days.' }, { text: 'The two-day operation on April 25, 2018 targeted Amaq.' });
      expect(sut.stance).toBe('neutral');
    });

    it('still contradicts within the same event', () => {
      const sut = assessStance({ text: 'The November 2019 operation against IS propaganda lasted two days.' }, november2019('A four-day operation took down thousands of items.'));
      expect(sut.stance).toBe('contradicts');
    });
  });

  describe('lexical agreement', () => {
    it('supports a restatement with the same key entities under other spellings', () => {
      const sut = assessStance({ text: 'The operation targeted al-Bayan radio' }, april('The operation hit Islamic State media outlets, including the Amaq and Nashir news agencies and al-Bayan radio.'));
      expect(sut.stance).toBe('supports');
      expect(sut.score).toBeGreaterThan(0.3);
    });

    it('keeps a topical sentence on another point neutral', () => {
      const sut = assessStance({ text: 'Europol began warning about the rise of Amaq in late 2015.' }, april('Europol co-ordinated a "simultaneous multinational takedown" of IS media, seizing digital evidence and servers.'));
      expect(sut.stance).toBe('neutral');
    });

    it('is neutral with score 0 when nothing is shared', () => {
      expect(assessStance({ text: 'Novak Djokovic won the Barcelona Open.' }, april('Europol co-ordinated the takedown.'))).toEqual({ stance: 'neutral', score: 0, reasons: ['Passage shares no key terms with the claim.'] });
    });
  });
});

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

describe(compareNegations.name, () => {
  it('does not read a denied noun phrase on its own as a checkable denial', () => {
    const sut = compareNegations(facts('The floods were caused by heavy rain and blocked drains, not deforestation.'), facts('Deforestation is one factor in how floods spread, whatever started them.'), 1);
    expect(sut).toEqual([]);
  });

  it('needs the passage to state the denied word with what it is about', () => {
    expect(compareNegations(facts('Storms are not linked to the drought.'), facts('Officials linked the price rises to the drought.'), 1)).toEqual([]);
    expect(compareNegations(facts('Storms are not linked to the drought.'), facts('Researchers have linked storms to the drought.'), 1)[0]).toMatchObject({ kind: 'conflict' });
  });

  it('ignores a hedged or conditional denial', () => {
    expect(compareNegations(facts('The levee may not hold the river in spring.'), facts('The levee will hold the river in spring.'), 1)).toEqual([]);
    expect(compareNegations(facts('Even if crops are not damaged by frost, yields fall.'), facts('Crops are damaged by frost, and yields fall.'), 1)).toEqual([]);
  });
});

describe(compareAntonyms.name, () => {
  it('contradicts opposite words in parts that otherwise say the same thing', () => {
    const sut = compareAntonyms(facts('Arctic sea ice extent increased over the last decade.'), facts('Arctic sea ice extent decreased over the last decade.'), 1);
    expect(sut[0]).toMatchObject({ kind: 'conflict' });
    expect(sut[0].reason).toContain('"decreased"');
  });

  it('leaves opposites about other things alone', () => {
    expect(compareAntonyms(facts('The long term trend of the river is rising.'), facts('The river rose for a short while before the long dry season.'), 1)).toEqual([]);
  });

  it('does not contradict with a hedged opposite', () => {
    expect(compareAntonyms(facts('Arctic sea ice extent increased over the last decade.'), facts('Arctic sea ice extent may have decreased over the last decade.'), 1)).toEqual([]);
  });
});

describe(hedgedAgreement.name, () => {
  it('keeps a passage that only says it may be so from supporting a plain claim', () => {
    const sut = assessStance({ text: 'The new vaccine prevents malaria in young children.' }, { text: 'The new vaccine may prevent malaria in young children, early trials suggest.' });
    expect(sut.stance).toBe('neutral');
    expect(sut.reasons[0]).toContain('may');
  });
});

describe(compareParticipants.name, () => {
  it('does not bear out a participant that a list of participants leaves out', () => {
    const sut = compareParticipants(facts('The summit also involved delegations from Italy.'), facts('Delegations from France, Spain, Germany and Bulgaria took part in the summit.'));
    expect(sut[0]).toMatchObject({ kind: 'compatible' });
    expect(sut[0].reason).toContain('does not name Italy');
  });

  it('says nothing when the participant is listed or the passage names too few places to be a list', () => {
    expect(compareParticipants(facts('The summit involved delegations from Spain.'), facts('Delegations from France, Spain, Germany and Bulgaria took part in the summit.'))).toEqual([]);
    expect(compareParticipants(facts('The summit involved delegations from Italy.'), facts('Delegations from France took part in the summit.'))).toEqual([]);
  });

  it('keeps a passage that confirms other facts from supporting the missing participant', () => {
    const sut = assessStance({ text: 'The raid was led by Belgian prosecutors and also involved police in Italy.' }, { text: 'The raid was led by Belgian prosecutors and also involved police in France, Spain, Germany and Bulgaria.' });
    expect(sut.stance).toBe('neutral');
  });
});

describe(quoteWords.name, () => {
  it('drops bracketed insertions, ellipses, quote marks, hyphens and case', () => {
    expect(quoteWords('“A ground-breaking [Ed.] result … for us”')).toEqual(['a', 'groundbreaking', 'result', 'for', 'us']);
  });
});

describe(compareQuotes.name, () => {
  it('confirms the same quotation with a bracketed insertion and another description of the speaker', () => {
    const sut = compareQuotes('“We have closed a long chapter in the history of [the] river cleanup,” the mayor of the town said.', 'The city\'s leader said: "We have closed a long chapter in the history of the river clean-up."');
    expect(sut[0]).toMatchObject({ kind: 'confirm', fact: 'quote' });
    const stance = assessStance({ text: '“We have closed a long chapter in the history of [the] river cleanup,” the French mayor said.' }, { text: 'The Belgian minister said: "We have closed a long chapter in the history of the river clean-up."' });
    expect(stance.stance).toBe('supports');
  });

  it('does not confirm a different quotation on the same subject', () => {
    expect(compareQuotes('“We have closed a long chapter in the history of the river cleanup,” she said.', '"The river cleanup has only just begun and will take years," she said.')).toEqual([]);
  });
});

describe(monthsApart.name, () => {
  it('tells an event in a named month from reports of another month', () => {
    expect(monthsApart(facts('The strike in November lasted two days.'), facts('The two-day strike ended on Friday.', '2018-04-27'))).toBe(true);
    expect(monthsApart(facts('The strike in April lasted two days.'), facts('The two-day strike ended on Friday.', '2018-04-27'))).toBe(false);
  });

  it('reads only dates precise to the month', () => {
    expect(monthsApart(facts('The strike was the culmination of protests started in late 2015.'), facts('The two-day strike ended on Friday.', '2018-04-27'))).toBe(false);
  });
});

describe(deniedOnlyInClaim.name, () => {
  it('keeps a passage that states the words of a denial without it from supporting the denial', () => {
    expect(deniedOnlyInClaim(facts('There is no trend in river flooding in the valley.'), facts('Studies found a rising trend in river flooding in the valley.'))).toBe('trend');
    const sut = assessStance({ text: 'The council has no plan for flood barriers along the river.' }, { text: 'A plan for the river was discussed; flood barriers were mentioned.' });
    expect(sut.stance).toBe('neutral');
    expect(sut.reasons[0]).toContain('denies "plan"');
  });

  it('lets a passage with the same denial agree', () => {
    expect(deniedOnlyInClaim(facts('There is no trend in river flooding.'), facts('Studies found no trend in river flooding.'))).toBeUndefined();
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

describe('compareDates by year', () => {
  it('does not confirm a claim on a shared year alone', () => {
    const sut = assessStance({ text: 'The bridge over the estuary was repaired in 2003.' }, { text: 'In 2003 the estuary flooded the lower town.' });
    expect(sut.stance).not.toBe('supports');
  });
});
