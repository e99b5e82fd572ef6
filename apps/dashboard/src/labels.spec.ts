import { describe, expect, it } from 'vitest';
import { actorLabel, articleName, editorSignals, quotedName, signalLabel } from './labels.js';

describe(signalLabel.name, () => {
  it('puts words for the extractor’s cue names and leaves plain ones alone', () => {
    expect(signalLabel('assertion: was')).toBe('states: was');
    expect(signalLabel('thirdPerson: they')).toBe('about others: they');
    expect(signalLabel('date: 25 April 2018')).toBe('date: 25 April 2018');
    expect(signalLabel('person: Jane Doe')).toBe('person: Jane Doe');
  });
});

describe(editorSignals.name, () => {
  it('shows what can be checked and leaves out cues of grammar', () => {
    expect(editorSignals(['date: late 2015', 'assertion: have', 'thirdPerson: them', 'organisation: Europol', 'prescription: should'])).toEqual([
      'date: late 2015',
      'organisation: Europol',
      'says what should be done: should',
    ]);
  });
});

describe(actorLabel.name, () => {
  it('names Factdesk’s own actors and keeps people’s names', () => {
    expect(actorLabel('system:seed')).toBe('Factdesk (the seed reports)');
    expect(actorLabel('system:worker')).toBe('Factdesk (worker)');
    expect(actorLabel('Ana Silva')).toBe('Ana Silva');
  });
});

describe(articleName.name, () => {
  it('uses the API’s name and says “Untitled article” only when a response has none', () => {
    expect(articleName({ name: '"Europol said the raid…"', title: null })).toBe('"Europol said the raid…"');
    expect(articleName({ name: 'Europol takedown', title: 'Europol takedown' })).toBe('Europol takedown');
    expect(articleName({ title: null, outlet: 'Reuters', publishedOn: '2018-04-05' })).toBe('Untitled article (Reuters, 2018-04-05)');
    expect(articleName({ title: null })).toBe('Untitled article');
  });
});

describe(quotedName.name, () => {
  it('quotes a title, and leaves a name the API already quoted (its opening words) in its one pair of marks', () => {
    expect(quotedName('Europol takedown')).toBe('“Europol takedown”');
    expect(quotedName('"The EU police agency, Europol claims a coordinated…"')).toBe('"The EU police agency, Europol claims a coordinated…"');
    expect(quotedName('"Fake news" is over, says minister')).toBe('“"Fake news" is over, says minister”');
  });
});
