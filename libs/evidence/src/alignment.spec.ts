import { describe, expect, it } from 'vitest';
import { alignment, alignWords, knownWords } from './alignment.js';
import { wordVectors, type WordVectors } from './word-vectors.js';

// Seven words in three dimensions, most frequent first: sea ≈ ocean, warming ≈ heating, tax ≈ stock.
const tiny: WordVectors = {
  dimensions: 3,
  rank: new Map(['the', 'sea', 'ocean', 'tax', 'warming', 'heating', 'stock'].map((w, i) => [w, i])),
  data: new Int8Array([73, 73, 73, 127, 0, 0, 120, 40, 0, 0, 0, 127, 0, 127, 0, 20, 125, 0, 0, 30, 123]),
};

describe(knownWords.name, () => {
  it('keeps the words the vocabulary knows, lower-cased, repeats included, punctuation and clitics skipped', () => {
    expect(knownWords(tiny, "The sea's zebra, the SEA.")).toEqual(['the', 'sea', 'the', 'sea']);
  });
});

describe(alignment.name, () => {
  it('ranks a paraphrase above a passage that shares only one of the claim’s words', () => {
    const [paraphrase, oneWord] = alignment(tiny, 'the sea is warming', ['the ocean is heating', 'the sea tax']);
    expect(paraphrase).toBeGreaterThan(0.9);
    expect(oneWord).toBeLessThan(0.6);
    expect(paraphrase).toBeGreaterThan(oneWord + 0.3);
  });

  it('gives 1 to a passage with the same content words, whatever the function words and order', () => {
    expect(alignment(tiny, 'the sea is warming', ['warming of the sea'])[0]).toBeCloseTo(1, 5);
  });

  it('lowers a passage that says much else besides (precision) and one that says only part (recall)', () => {
    const [same, more, part] = alignment(tiny, 'sea warming', ['sea warming', 'sea warming tax stock', 'sea']);
    expect(more).toBeLessThan(same - 0.1);
    expect(part).toBeLessThan(same - 0.1);
  });

  it('weighs a rare claim word above a frequent one', () => {
    // "heating" (rank 5) is rarer than "sea" (rank 1): a passage matching it beats one matching "sea".
    const [matchesRare, matchesFrequent] = alignment(tiny, 'sea heating', ['heating', 'sea']);
    expect(matchesRare).toBeGreaterThan(matchesFrequent);
  });

  it('is 0 without known content words on either side, and counts unrelated words as no match', () => {
    expect(alignment(tiny, 'the zebra', ['the sea'])).toEqual([0]);
    expect(alignment(tiny, 'sea', ['the', ''])).toEqual([0, 0]);
    expect(alignment(tiny, 'sea', ['warming'])[0]).toBeCloseTo(0, 5);
  });

  it('agrees with alignWords over words read beforehand', () => {
    const passages = ['the ocean is heating', 'the sea tax'];
    expect(alignWords(tiny, knownWords(tiny, 'the sea is warming'), passages.map((p) => knownWords(tiny, p)))).toEqual(alignment(tiny, 'the sea is warming', passages));
  });
});

describe('alignment with the packaged vectors', () => {
  const vectors = wordVectors();
  it.skipIf(!vectors)('prefers a passage in other words to one on another topic that repeats one word', () => {
    const [paraphrase, other] = alignment(vectors!, 'Man-made emissions are heating the planet', [
      'Greenhouse gases from human activity warm the Earth',
      'The planet Mars has two small moons',
    ]);
    expect(paraphrase).toBeGreaterThan(other + 0.03);
  });
});
