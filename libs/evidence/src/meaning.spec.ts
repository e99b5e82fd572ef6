import { describe, expect, it } from 'vitest';
import { blendMeaning, cosine, textVector } from './meaning.js';
import { wordVectors, type WordVectors } from './word-vectors.js';

// A vocabulary of four words in two dimensions, most frequent first.
const tiny: WordVectors = {
  dimensions: 2,
  rank: new Map([['the', 0], ['sea', 1], ['ocean', 2], ['tax', 3]]),
  data: new Int8Array([90, 90, 127, 0, 120, 10, 0, 127]),
};

describe(textVector.name, () => {
  it('weighs a rare word above a frequent one and skips unknown words', () => {
    const v = textVector(tiny, 'The zebra sea')!;
    expect(v[0]).toBeCloseTo(Math.log(2) * 90 + Math.log(3) * 127);
    expect(v[1]).toBeCloseTo(Math.log(2) * 90);
    expect(textVector(tiny, 'zebra quagga')).toBeNull();
  });

  it('reads the parts of a hyphenated or possessive word the vocabulary lacks', () => {
    expect(textVector(tiny, "sea's")).toEqual(textVector(tiny, 'sea'));
    expect(textVector(tiny, 'sea-tax')).toEqual(textVector(tiny, 'sea tax'));
  });
});

describe(blendMeaning.name, () => {
  it('lifts the passage that means the same above one that only shares a word', () => {
    const candidates = [{ text: 'the tax', retrieval: 2 }, { text: 'ocean', retrieval: 1.5 }];
    const [shared, same] = blendMeaning(tiny, 'the sea', candidates, 0.7, 0);
    expect(same).toBeGreaterThan(shared);
    const [sharedAligned, sameAligned] = blendMeaning(tiny, 'the sea', candidates);
    expect(sameAligned).toBeGreaterThan(sharedAligned);
  });

  it('adds word alignment with its own share, the rest going to BM25', () => {
    const candidates = [{ text: 'sea', retrieval: 1 }];
    // BM25 1 of best 1, cosine 1, alignment 1: every share counts in full.
    expect(blendMeaning(tiny, 'sea', candidates, 0.3, 0.5)).toEqual([expect.closeTo(1, 5)]);
    expect(blendMeaning(tiny, 'sea', [{ text: 'sea', retrieval: 1 }, { text: 'tax', retrieval: 1 }], 0, 1)[1]).toBeCloseTo(0, 5);
  });

  it('keeps BM25 scores without vectors or when the claim has no known word', () => {
    const candidates = [{ text: 'ocean', retrieval: 3 }];
    expect(blendMeaning(null, 'the sea', candidates)).toEqual([3]);
    expect(blendMeaning(tiny, 'zebra', candidates)).toEqual([3]);
  });
});

describe(wordVectors.name, () => {
  const vectors = wordVectors();
  it.skipIf(!vectors)('loads the packaged vectors, most frequent word first, near words close in meaning', () => {
    const v = vectors!;
    expect(v.rank.get('the')).toBe(0);
    expect(v.rank.size).toBeGreaterThan(300_000);
    const of = (w: string) => textVector(v, w)!;
    expect(cosine(of('ocean'), of('sea'))).toBeGreaterThan(cosine(of('ocean'), of('banana')) + 0.3);
    expect(cosine(of('temperatures are rising'), of('global warming'))).toBeGreaterThan(0.5);
    expect(cosine(of('glaciers are melting'), of('ice sheets shrink'))).toBeGreaterThan(cosine(of('glaciers are melting'), of('the stock market fell')) + 0.2);
  });
});
