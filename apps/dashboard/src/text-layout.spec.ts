import { describe, expect, it } from 'vitest';
import { findQuote, layoutText, trimSpan, visibleRemovals, type Piece } from './text-layout.js';

const text = 'Police seized 3 servers. Europol led it.';
const textOf = (pieces: Piece[]) => pieces.map((p) => (p.kind === 'text' ? text.slice(p.start, p.end) : p.kind === 'badge' ? `[${p.claimId}]` : `{${p.removed}}`)).join('');

describe(layoutText.name, () => {
  it('covers the whole text once and puts a badge after each claim', () => {
    const pieces = layoutText({ text, claims: [{ id: 'a', start: 0, end: 24, status: 'open' }] });
    expect(textOf(pieces)).toBe('Police seized 3 servers.[a] Europol led it.');
  });

  it('gives a piece inside nested claims to the narrowest claim first', () => {
    const pieces = layoutText({
      text,
      claims: [
        { id: 'outer', start: 0, end: 24, status: 'open' },
        { id: 'inner', start: 7, end: 23, status: 'verified' },
      ],
    });
    const inner = pieces.find((p) => p.kind === 'text' && p.start === 7);
    expect(inner).toMatchObject({ claims: ['inner', 'outer'] });
    expect(textOf(pieces)).toBe('Police seized 3 servers[inner].[outer] Europol led it.');
  });

  it('shows removed furniture where it was taken out, without changing text offsets', () => {
    const pieces = layoutText({ text, claims: [], removed: [{ at: 25, removed: 'ADVERTISEMENT ', reason: 'advertisement' }] });
    expect(textOf(pieces)).toBe('Police seized 3 servers. {ADVERTISEMENT }Europol led it.');
    const texts = pieces.filter((p) => p.kind === 'text');
    expect(texts.map((p) => (p.kind === 'text' ? [p.start, p.end] : null))).toEqual([
      [0, 25],
      [25, text.length],
    ]);
  });

  it('marks a cited passage and the segment kind of each piece', () => {
    const pieces = layoutText({ text, claims: [], passage: { start: 25, end: 32 }, segments: [{ start: 0, end: 24, kind: 'headline' }] });
    expect(pieces.filter((p) => p.kind === 'text' && p.passage).map((p) => (p.kind === 'text' ? text.slice(p.start, p.end) : ''))).toEqual(['Europol']);
    expect(pieces[0]).toMatchObject({ segment: 'headline' });
  });

  it('ignores claims outside the text', () => {
    expect(textOf(layoutText({ text, claims: [{ id: 'x', start: 10, end: 999, status: 'open' }] }))).toBe(text);
  });
});

describe(visibleRemovals.name, () => {
  it('keeps removals a reader can see and drops white-space-only edits', () => {
    const edits = [
      { at: 3, removed: 'READ MORE', reason: 'related-link' },
      { at: 5, removed: '', reason: 'sentence-split' },
      { at: 9, removed: '\n\n\n', reason: 'whitespace' },
    ];
    expect(visibleRemovals(edits)).toEqual([{ at: 3, removed: 'READ MORE', reason: 'related-link' }]);
  });
});

describe(trimSpan.name, () => {
  it('drops white space at the edges and rejects a blank selection', () => {
    expect(trimSpan(text, 24, 33)).toEqual({ start: 25, end: 32 });
    expect(trimSpan(text, 33, 24)).toEqual({ start: 25, end: 32 });
    expect(trimSpan('a   b', 1, 4)).toBeNull();
  });
});

describe(findQuote.name, () => {
  it('finds a quote whatever the white space between its words', () => {
    expect(findQuote('led by\nBelgian prosecutors', 'led by Belgian  prosecutors')).toEqual([{ start: 0, end: 26 }]);
    expect(findQuote(text, 'servers')).toEqual([{ start: 16, end: 23 }]);
    expect(findQuote(text, '   ')).toEqual([]);
  });
});
