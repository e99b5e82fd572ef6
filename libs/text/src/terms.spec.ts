import { describe, expect, it } from 'vitest';
import { normalise, tokenize, tokensOfNormalised } from './terms.js';

const raw = (text: string) => tokenize(text).map((t) => t.raw);

describe(tokenize.name, () => {
  it('splits negations and clitics', () => {
    expect(raw("Spain's police won't say; they can't.")).toEqual(['Spain', "'s", 'police', 'will', 'not', 'say', ';', 'they', 'can', 'not', '.']);
  });

  it('keeps figures whole and punctuation apart', () => {
    expect(raw('1,200 items - 3.5%')).toEqual(['1,200', 'items', '-', '3.5', '%']);
  });

  it('gives each token in lower case too', () => {
    expect(tokenize('The UN')).toEqual([
      { raw: 'The', lower: 'the' },
      { raw: 'UN', lower: 'un' },
    ]);
  });
});

describe(normalise.name, () => {
  it('evens out typography and dotted acronyms', () => {
    expect(normalise('“U.S.” co-ordinated — it’s')).toBe('"US" coordinated  -  it\'s');
  });

  it('rewrites only what a text has: abbreviations of U. and E.U., co-, typography', () => {
    expect(normalise('U.S.A. and U.K. troops, E.U. funds; co-operation')).toBe('USA and UK troops, EU funds; cooperation');
    expect(normalise('U.S.-led; the E.U.s')).toBe('U.S.-led; the E.U.s');
    expect(normalise('plain text, nothing to do.')).toBe('plain text, nothing to do.');
    expect(normalise('cafe\u0301\u00a0«x»')).toBe('café "x"');
  });
});

describe(tokensOfNormalised.name, () => {
  it('is tokenize of the normalised text', () => {
    for (const text of ['“U.S.” co-ordinated — it’s', "Spain's police won't say; they can't.", '1,200 items - 3.5%', 'E.U. rules', '']) {
      expect(tokensOfNormalised(normalise(text))).toEqual(tokenize(text));
    }
  });
});
