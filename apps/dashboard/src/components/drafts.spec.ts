import { describe, expect, it } from 'vitest';
import { addCitation, citationKey, EMPTY, removeCitation, restanceCitation, toggleCitation, type DraftCitation } from './drafts.js';

const span = { articleId: 'a', start: 3, end: 9 };
const citation: DraftCitation = { key: citationKey(span), ...span, revisionId: 'r', stance: 'supports', quote: 'seized' };

describe('draft citations', () => {
  it('keys a citation by its article and span', () => {
    expect(citationKey(span)).toBe('a:3-9');
  });

  it('cites a span once, and toggling cites or uncites it', () => {
    const once = addCitation(EMPTY, citation);
    expect(addCitation(once, citation)).toBe(once);
    expect(toggleCitation(EMPTY, citation).citations).toEqual([citation]);
    expect(toggleCitation(once, citation).citations).toEqual([]);
    expect(removeCitation(once, 'other').citations).toEqual([citation]);
  });

  it('changes the stance of the one citation named', () => {
    expect(restanceCitation(addCitation(EMPTY, citation), citation.key, 'contradicts').citations).toEqual([{ ...citation, stance: 'contradicts' }]);
  });
});
