import { describe, expect, it } from 'vitest';
import { articleEventMonths, monthsFarApart } from './article-months.js';
import { assessStance } from './stance.js';

describe(articleEventMonths.name, () => {
  it('reads the months an article dates its operation to, from the sentences about the operation', () => {
    const sentences = [
      'Police said the joint operation was launched on March 3 and lasted two days.',
      'The agency was founded in 1998 and moved to a new building in June.',
      'Officials described the action that began March 4 as a success.',
    ];
    expect(articleEventMonths(sentences)).toEqual([3]);
  });

  it('leaves out an earlier operation looked back at, and sentences that name no month', () => {
    const sentences = ['A previous operation in August 2016 hit the same servers.', 'The operation took two days.', 'It ended on Friday.'];
    expect(articleEventMonths(sentences)).toEqual([]);
  });

  it('reads the month of what happened from the opening sentences (the lede), whatever they call it', () => {
    const sentences = ['Customs officers seized a cargo of counterfeit medicine at the port in June 2021.', 'The ship had sailed from Asia in May.'];
    expect(articleEventMonths(sentences)).toEqual([]);
    expect(articleEventMonths(sentences, sentences.slice(0, 1))).toEqual([6]);
    // An opening sentence that looks back names the earlier event's month, not this one's.
    expect(articleEventMonths(['A previous raid in August 2016 hit the same port.'], ['A previous raid in August 2016 hit the same port.'])).toEqual([]);
  });
});

describe(monthsFarApart.name, () => {
  it('needs months on both sides, none within a month of the other (December is next to January)', () => {
    expect(monthsFarApart([4], [11])).toBe(true);
    expect(monthsFarApart([4], [5])).toBe(false);
    expect(monthsFarApart([12], [1])).toBe(false);
    expect(monthsFarApart([4, 11], [11])).toBe(false);
    expect(monthsFarApart([], [11])).toBe(false);
  });
});

describe('undated reports of different operations', () => {
  const claim = { text: 'This week’s two-day operation took the agency’s servers offline.' };
  const passage = { text: 'A four-day operation took the agency’s servers offline, officials said.' };

  it('contradicts on the duration when nothing tells the operations apart', () => {
    expect(assessStance(claim, passage).stance).toBe('contradicts');
    expect(assessStance({ ...claim, articleMonths: [4] }, { ...passage, articleMonths: [5] }).stance).toBe('contradicts');
  });

  it('sets a month the claim names against the month an undated passage’s article dates its operation to', () => {
    const named = { text: 'The operation in November lasted four days.' };
    const twoDays = { text: 'A two-day operation took the agency’s servers offline.' };
    expect(assessStance(named, twoDays).stance).toBe('contradicts');
    expect(assessStance(named, { ...twoDays, articleMonths: [4] }).stance).toBe('neutral');
    expect(assessStance(named, { ...twoDays, articleMonths: [11] }).stance).toBe('contradicts');
  });

  it('tells them apart by their articles when only one of them dates something, and that date is not the operation’s', () => {
    const background = { text: 'The two-day operation was the result of work begun in late 2015.' };
    expect(assessStance(background, passage).stance).toBe('contradicts');
    expect(assessStance({ ...background, articleMonths: [4] }, { ...passage, articleMonths: [4] }).stance).toBe('contradicts');
    expect(assessStance({ ...background, articleMonths: [4] }, { ...passage, articleMonths: [11] }).stance).toBe('neutral');
  });

  it('is neutral when the two articles date their operations months apart, and says so', () => {
    const sut = assessStance({ ...claim, articleMonths: [4] }, { ...passage, articleMonths: [11] });
    expect(sut.stance).toBe('neutral');
    expect(sut.reasons[0]).toContain('November');
    expect(sut.reasons[0]).toContain('April');
  });
});
