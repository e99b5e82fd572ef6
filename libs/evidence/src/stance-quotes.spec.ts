import { describe, expect, it } from 'vitest';
import { compareQuotes, quoteWords } from './stance-quotes.js';
import { readFacts } from './facts.js';
import { assessStance } from './stance.js';

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

  it('reads an insertion naming one group where the passage names another as a misquotation', () => {
    const claim = '“We have punched a hole in the finances of [Isis] in this valley,” the mayor said.';
    const passage = 'The mayor said: "We have punched a hole in the finances of al-Qaeda in this valley."';
    expect(compareQuotes(claim, passage, readFacts(passage), readFacts(claim).terms)[0]).toMatchObject({ kind: 'conflict', fact: 'quote' });
    expect(assessStance({ text: claim }, { text: passage }).stance).toBe('contradicts');
  });

  it('confirms an insertion where the passage names nothing, or the same thing in another form', () => {
    const claim = '“We will degrade and ultimately destroy [Isis] through a comprehensive strategy,” the president said.';
    const plain = '"We will degrade and ultimately destroy them through a comprehensive strategy," the president said.';
    expect(compareQuotes(claim, plain, readFacts(plain), readFacts(claim).terms)[0]).toMatchObject({ kind: 'confirm' });
    const uk = '“We have punched a hole in the finances of [the UK] in this valley,” the mayor said.';
    const britain = 'The mayor said Britain was hit: "We have punched a hole in the finances of the country in this valley."';
    expect(compareQuotes(uk, britain, readFacts(britain), readFacts(uk).terms)[0]).toMatchObject({ kind: 'confirm', fact: 'quote' });
  });

  it('reads each claim’s own quotations when claims alternate (the last claim’s are kept)', () => {
    const passage = 'He said: "We have closed a long chapter in the history of the river clean-up."';
    const same = '“We have closed a long chapter in the history of the river cleanup,” he said.';
    const other = '“The river cleanup has only just begun and will take many years,” he said.';
    expect(compareQuotes(same, passage)).toHaveLength(1);
    expect(compareQuotes(other, passage)).toEqual([]);
    expect(compareQuotes(same, passage)).toHaveLength(1);
  });

  it('needs nine words in ten of the quotation, in order, and no more', () => {
    const claim = '“one two three four five six seven eight nine ten” she said.';
    expect(compareQuotes(claim, 'one two three four five six seven eight nine')).toHaveLength(1);
    expect(compareQuotes(claim, 'one two three four five six seven eight')).toEqual([]);
    expect(compareQuotes(claim, 'ten nine eight seven six five four three two one')).toEqual([]);
    expect(compareQuotes(claim, 'one x two x three x four x five x six x seven x eight x nine')).toHaveLength(1);
  });
});
