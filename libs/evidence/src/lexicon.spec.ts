import { describe, expect, it } from 'vitest';
import { canonicalTerms, entityForms, searchTerms, termGroups } from './lexicon.js';
import { groupsByKey } from './variants.js';

describe(canonicalTerms.name, () => {
  it('maps every spelling of the Nashir outlet to one key', () => {
    for (const name of ['Nashir news', 'Nasher news sites', 'the Naser News Agency']) {
      expect(canonicalTerms(name)).toContain('nashir');
    }
  });

  it('maps IS, ISIS, ISIL, Isis, Daesh and Islamic State to one group', () => {
    for (const text of ['IS propaganda', 'ISIS propaganda', 'ISIL propaganda', 'Isis propaganda', 'Daesh propaganda', 'Islamic State propaganda']) {
      expect(canonicalTerms(text)).toEqual(['islamic-state', 'propaganda']);
    }
  });

  it('does not read the verb "is" as the group', () => {
    expect(canonicalTerms('Europol is based in The Hague')).not.toContain('islamic-state');
  });

  it('does not read IS inside an all-caps headline as the group', () => {
    expect(canonicalTerms('THIS IS HOW EUROPE FIGHTS BACK')).not.toContain('islamic-state');
    expect(canonicalTerms('IS broadcasts in several languages.')).toContain('islamic-state');
  });

  it('reads U.S., USA and United States as one country, and "us" as a pronoun', () => {
    expect(canonicalTerms('Canada and the U.S. and coordinated')).toContain('united-states');
    expect(canonicalTerms('teams from the USA')).toContain('united-states');
    expect(canonicalTerms('the United States')).toContain('united-states');
    expect(canonicalTerms('those who seek to do us harm')).not.toContain('united-states');
  });

  it('reads Britain and the UK as the same country', () => {
    expect(canonicalTerms("Britain's unit")).toContain('united-kingdom');
    expect(canonicalTerms("The UK's unit")).toContain('united-kingdom');
  });

  it('keeps al-Bayan radio and Bayan radio as one outlet', () => {
    expect(canonicalTerms('al-Bayan radio')).toEqual(['al-bayan']);
    expect(canonicalTerms('Bayan radio')).toEqual(['al-bayan']);
  });

  it('reads a nationality adjective as its country', () => {
    expect(canonicalTerms('Belgian prosecutors')).toEqual(['belgium', 'prosecutor']);
  });

  it('knows the places of any story from WordNet, not only the hand-written table', () => {
    expect(canonicalTerms('Norwegian divers')).toEqual(['norway', 'diver']);
    expect(canonicalTerms('Kingdom of Sweden')).toEqual(['sweden']);
    expect(groupsByKey.get('lisbon')).toMatchObject({ kind: 'city', within: 'portugal' });
    expect(groupsByKey.get('manchester')).toMatchObject({ kind: 'city', within: 'england' });
    expect(groupsByKey.get('england')).toMatchObject({ kind: 'country', within: 'united-kingdom' });
    // Names that are also words, given names or surnames stay words: "reading", "Gary", "nice", "Darwin".
    expect(['reading', 'gary', 'nice', 'darwin'].filter((k) => groupsByKey.has(k))).toEqual([]);
    // A demonym two countries share names neither; "polish" is not Poland.
    expect(canonicalTerms('Nigerian troops')).not.toContain('niger');
    expect(canonicalTerms('polish the floor')).not.toContain('poland');
  });

  it('meets inflections and synonyms on one term', () => {
    expect(canonicalTerms('identified')).toEqual(canonicalTerms('identification'));
    expect(canonicalTerms('seized servers')).toEqual(canonicalTerms('captured server'));
    expect(canonicalTerms('co-ordinated')).toEqual(canonicalTerms('coordinated'));
  });
});

describe(searchTerms.name, () => {
  it('expands a name to every surface form for a full-text OR query', () => {
    const terms = searchTerms('Nasher kept posting');
    expect(terms).toEqual(expect.arrayContaining(['Nashir', 'Nasher', 'Naser']));
  });

  it('expands the group name to all its spellings', () => {
    expect(searchTerms('Daesh media')).toEqual(expect.arrayContaining(['IS', 'ISIS', 'ISIL', 'Islamic State', 'Daesh', 'media']));
  });

  it('leaves out stopwords and the verb "is"', () => {
    const terms = searchTerms('Europol is based in The Hague');
    expect(terms).not.toContain('is');
    expect(terms).not.toContain('ISIL');
    expect(terms).toEqual(expect.arrayContaining(['Europol', 'The Hague', 'Den Haag']));
  });
});

describe(termGroups.name, () => {
  it('gives each content word once, with its forms, and leaves numbers out', () => {
    const groups = termGroups('Europol said 5 Amaq servers were seized; Europol seized them.');
    expect(groups.filter((g) => g.forms.includes('Europol'))).toHaveLength(1);
    expect(groups.find((g) => g.forms.includes('Amaq'))).toMatchObject({ kind: 'entity' });
    expect(groups.flatMap((g) => g.forms)).not.toContain('5');
  });

  it('groups the spellings of one name, so a query can require the name in any spelling', () => {
    const nasher = termGroups('Nasher kept posting').find((g) => g.forms.includes('Nasher'));
    expect(nasher?.forms).toEqual(expect.arrayContaining(['Nashir', 'Nasher', 'Naser']));
    expect(nasher?.forms).not.toContain('posting');
  });
});

describe(entityForms.name, () => {
  it('lists every spelling of the names a text mentions, and nothing else', () => {
    const forms = entityForms('Europol is based in The Hague and took down Amaq.');
    expect(forms).toEqual(expect.arrayContaining(['Europol', 'The Hague', 'Den Haag', 'Amaq']));
    expect(forms).not.toContain('based');
  });

  it('is empty for a text that names nobody', () => {
    expect(entityForms('the servers were seized last week')).toEqual([]);
  });
});
