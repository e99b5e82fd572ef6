import { describe, expect, it } from 'vitest';
import { assessStance } from './stance.js';

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

    it('says so when a passage gives the same figure about something described differently, instead of calling the figures unrelated', () => {
      const sut = assessStance({ text: 'Customs officers seized 11 tonnes of cocaine in Antwerp, prosecutors said.' }, april('The seizure of 11 tonnes of cocaine was the largest ever in Belgium.'));
      expect(sut.stance).toBe('neutral');
      expect(sut.reasons[0]).toBe("Passage also gives 11 tonnes, but says it of something described differently or of another time, so on its own it does not bear out the claim's 11 tonnes.");
    });

    it('writes both figures of a conflict in digits when one of them needs digits', () => {
      const sut = assessStance({ text: 'Customs officers in Antwerp seized 11 tonnes of cocaine on Friday.' }, april('Customs officers in Antwerp seized eight tonnes of cocaine on Friday.'));
      expect(sut.stance).toBe('contradicts');
      expect(sut.reasons[0]).toBe('Passage says 8 tonnes; the claim says 11 tonnes.');
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

describe('compareDates by year', () => {
  it('does not confirm a claim on a shared year alone', () => {
    const sut = assessStance({ text: 'The bridge over the estuary was repaired in 2003.' }, { text: 'In 2003 the estuary flooded the lower town.' });
    expect(sut.stance).not.toBe('supports');
  });
});

describe('kinds of error a blind labelled set found (issue 12)', () => {
  const council = (text: string, published: string) => ({ text, published });

  it('does not call a "today" one day off a misdating, but still one four days off', () => {
    const passage = council('The council voted on Thursday to close the bridge over the estuary.', '2020-03-06');
    expect(assessStance(council('Today the council voted to close the bridge over the estuary.', '2020-03-06'), passage).stance).not.toBe('contradicts');
    expect(assessStance(council('Yesterday the council voted to close the bridge over the estuary.', '2020-03-10'), passage).stance).toBe('contradicts');
  });

  it('reads "failed to" as a denial: the plain statement does not support it', () => {
    const sut = assessStance({ text: 'Inspectors failed to find any damage to the bridge over the estuary.' }, { text: 'Inspectors found damage to the bridge over the estuary.' });
    expect(sut.stance).not.toBe('supports');
  });

  it('does not let another place on other dates contradict: two events of one kind', () => {
    const sut = assessStance({ text: 'The group claimed the 2016 bombing of a market in Lisbon.' }, council('The group also claimed the bombing of a market in Madrid in March.', '2018-04-27'));
    expect(sut.stance).toBe('neutral');
    expect(sut.reasons[0]).toMatch(/dated apart/);
  });

  it('does not support a dated claim on words alone when nothing in the passage or its date comes near', () => {
    const claim = { text: 'In August 2016, divers recovered the bell of the sunken ferry.' };
    const late = assessStance(claim, council('Divers recovered the bell of the sunken ferry.', '2019-05-02'));
    expect(late.stance).toBe('neutral');
    expect(late.reasons[0]).toContain('August 2016');
    expect(assessStance(claim, council('Divers recovered the bell of the sunken ferry.', '2016-08-20')).stance).toBe('supports');
  });

  it('found in review: a failed coup is a coup, a nested place is compatible, a background year or date does not decide', () => {
    const coup = assessStance({ text: 'Soldiers staged a failed coup in the capital in July 2016.' }, { text: 'Soldiers staged a coup in the capital in July 2016.' });
    expect(coup.stance).not.toBe('contradicts');
    expect(assessStance({ text: 'Police arrested two men in Britain after the attack on the mosque.' }, { text: 'Police arrested two men in Manchester after the attack on the mosque.' }).stance).not.toBe('contradicts');
    expect(assessStance({ text: 'Police arrested two men in England after the attack on the mosque.' }, { text: 'Police arrested two men in London after the attack on the mosque.' }).stance).not.toBe('contradicts');
    const hostage = { text: 'On 23 March 2018 a gunman took hostages in a supermarket in Belgium.' };
    expect(assessStance(hostage, council('A gunman, known to police since 2014, took hostages in a supermarket in Trebes, France.', '2018-03-24')).stance).toBe('contradicts');
    const theft = { text: 'On 23 March 2018 hackers stole the passwords of the bank customers.' };
    expect(assessStance(theft, council('Hackers, active since 2014, stole the passwords of the bank customers.', '2018-03-24')).stance).toBe('supports');
    const rough = assessStance(council('Hackers stole the passwords of the bank customers on 23 March.', '2018-03-25'), council('Hackers stole the passwords of the bank customers yesterday, the bank said. The bank had warned customers on 12 March.', '2018-03-25'));
    expect(rough.stance).not.toBe('contradicts');
  });

  it('reads an undated article by the months it dates its own operation to', () => {
    const claim = { text: 'In August 2016, divers recovered the bell of the sunken ferry.' };
    expect(assessStance(claim, { text: 'Divers recovered the bell of the sunken ferry.', articleMonths: [5] }).stance).toBe('neutral');
    expect(assessStance(claim, { text: 'Divers recovered the bell of the sunken ferry.', articleMonths: [8] }).stance).toBe('supports');
  });
});

describe('assessStance on passages that state nothing', () => {
  it('takes a question, quoted or not, as neither support nor contradiction', () => {
    const claim = { text: 'Rents in Lisbon rose sharply last year.' };
    for (const text of ['Did rents in Lisbon rise sharply last year?', '"Why did rents in Lisbon rise so sharply?"']) {
      const r = assessStance(claim, { text });
      expect(r.stance, text).toBe('neutral');
      expect(r.reasons[0]).toMatch(/asks a question/);
    }
    expect(assessStance({ text: 'Police seized 12 tonnes of cocaine in Rotterdam.' }, { text: 'Did police seize 14 tonnes of cocaine in Rotterdam?' }).stance).toBe('neutral');
  });

  it('does not take a title or a name without a verb as a restatement in other words', () => {
    const claim = { text: 'Tram ridership in Porto fell during the strike.' };
    const title = assessStance(claim, { text: '"Tram ridership in Porto during the strike".' });
    expect(title.stance).toBe('neutral');
    expect(title.reasons[0]).toMatch(/states nothing about it: it has no verb/);
    expect(assessStance(claim, { text: 'Tram ridership in Porto fell during the strike, the operator said.' }).stance).toBe('supports');
  });
});
