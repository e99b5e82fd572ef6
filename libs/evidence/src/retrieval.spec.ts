import { describe, expect, it } from 'vitest';
import { diversify, queryTerms, RETRIEVAL } from './retrieval.js';

describe('retrieval query', () => {
  it('asks for the claim itself at full weight', () => {
    expect(queryTerms('Sea levels are rising')[0]).toEqual({ t: 'Sea levels are rising', w: 1 });
  });
  it('adds other spellings of a named entity below full weight', () => {
    const terms = queryTerms('Europol targeted Islamic State propaganda');
    expect(terms.some((t) => t.w === RETRIEVAL.variantWeight)).toBe(true);
    expect(terms.every((t) => t.w <= 1)).toBe(true);
  });
  it('adds WordNet synonyms only when asked, below the variants', () => {
    expect(queryTerms('cars pollute', { synonymWeight: 0 }).some((t) => t.t === 'automobile')).toBe(false);
    expect(queryTerms('car pollution', { synonymWeight: 0.3 })).toContainEqual({ t: 'automobile', w: 0.3 });
  });
});

describe('diversify', () => {
  it('keeps at most perArticle passages of one article in the first `limit`, the rest after', () => {
    const ranked = ['a', 'a', 'a', 'a', 'b', 'c'].map((articleId, k) => ({ articleId, k }));
    const out = diversify(ranked, 5, 3);
    expect(out.slice(0, 5).map((r) => r.k)).toEqual([0, 1, 2, 4, 5]);
    expect(out.map((r) => r.k)).toEqual([0, 1, 2, 4, 5, 3]);
  });
});
