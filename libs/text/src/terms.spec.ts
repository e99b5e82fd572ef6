import { describe, expect, it } from 'vitest';
import { normalise, tokenize } from './terms.js';

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
});
