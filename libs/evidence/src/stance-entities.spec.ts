import { describe, expect, it } from 'vitest';
import { readFacts } from './facts.js';
import { compareParticipants } from './stance-entities.js';
import { assessStance } from './stance.js';

const facts = (text: string, published?: string) => readFacts(text, { published });

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
