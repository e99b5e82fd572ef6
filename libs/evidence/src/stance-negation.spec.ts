import { describe, expect, it } from 'vitest';
import { readFacts } from './facts.js';
import { compareAntonyms, compareNegations, deniedOnlyInClaim, hedgedAgreement } from './stance-negation.js';
import { assessStance } from './stance.js';

const facts = (text: string, published?: string) => readFacts(text, { published });

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

describe('a denial on words alone', () => {
  it('is not restated by a passage that shares the words but denies nothing, whichever word the denial is read on', () => {
    const claim = { text: 'The ministry is not going to close the northern border crossings this winter.' };
    const sut = assessStance(claim, { text: 'The ministry will close the northern border crossings this winter, officials said.' });
    expect(sut.stance).toBe('neutral');
    expect(sut.reasons[0]).toContain('denies nothing');
  });

  it('can still be restated by a passage that denies it too', () => {
    const sut = assessStance({ text: 'The ministry is not going to close the northern border crossings this winter.' }, { text: 'The northern border crossings will not close this winter, the ministry said.' });
    expect(sut.reasons[0]).not.toContain('denies nothing');
  });
});
