import { describe, expect, it } from 'vitest';
import { isValidSpan, quoteOf, resolveQuote, splitOffsetOf } from './selectors.js';

const text = 'Police in Canada seized servers. Police in Canada also seized data.';

describe(resolveQuote.name, () => {
  it('finds a unique quote', () => {
    expect(resolveQuote(text, { exact: 'seized servers' })).toEqual({ ok: true, span: { start: 17, end: 31 } });
  });

  it('reports an ambiguous quote with the number of occurrences', () => {
    expect(resolveQuote(text, { exact: 'Police in Canada' })).toEqual({ ok: false, reason: 'ambiguous', count: 2 });
  });

  it('picks an occurrence by suffix or prefix', () => {
    expect(resolveQuote(text, { exact: 'Police in Canada', suffix: ' also' })).toEqual({ ok: true, span: { start: 33, end: 49 } });
    expect(resolveQuote(text, { exact: 'Police in Canada', prefix: 'servers. ' })).toEqual({ ok: true, span: { start: 33, end: 49 } });
  });

  it('tolerates different white space between words', () => {
    const match = resolveQuote('led by\nBelgian prosecutors', { exact: 'led by Belgian  prosecutors' });
    expect(match).toEqual({ ok: true, span: { start: 0, end: 26 } });
  });

  it('says not-found when the quote is absent or its context does not match', () => {
    expect(resolveQuote(text, { exact: 'French prosecutors' })).toEqual({ ok: false, reason: 'not-found', count: 0 });
    expect(resolveQuote(text, { exact: 'seized servers', prefix: 'Britain ' })).toEqual({ ok: false, reason: 'not-found', count: 1 });
  });

  it('counts offsets in UTF-16 code units', () => {
    const emoji = '🇧🇪 Belgian prosecutors led it.';
    expect(resolveQuote(emoji, { exact: 'Belgian' })).toEqual({ ok: true, span: { start: 5, end: 12 } });
  });
});

describe(quoteOf.name, () => {
  it('gives 32 characters of context on each side, fewer at the edges', () => {
    const q = quoteOf(text, { start: 33, end: 49 });
    expect(q.exact).toBe('Police in Canada');
    expect(q.prefix).toBe(text.slice(1, 33));
    expect(q.suffix).toBe(text.slice(49, 81));
    expect(quoteOf(text, { start: 0, end: 6 }).prefix).toBe('');
  });

  it('never cuts an emoji in half at the edge of its context', () => {
    // 31 code units of filler after the emoji: the 32-unit window would start on its low half.
    const sample = `😀${'x'.repeat(31)}CLAIM${'y'.repeat(31)}🎉 tail`;
    const start = sample.indexOf('CLAIM');
    const q = quoteOf(sample, { start, end: start + 5 });
    expect(q.prefix).toBe('x'.repeat(31));
    expect(q.suffix).toBe('y'.repeat(31));
    // encodeURIComponent throws on a lone surrogate.
    expect(() => encodeURIComponent(q.prefix + q.suffix)).not.toThrow();
  });
});

describe(splitOffsetOf.name, () => {
  it('finds an end of a span that falls inside a surrogate pair, and nothing else', () => {
    const sample = 'A 😀 and e\u0301 done';
    const emoji = sample.indexOf('😀');
    expect(splitOffsetOf(sample, { start: emoji + 1, end: emoji + 6 })).toBe(emoji + 1);
    expect(splitOffsetOf(sample, { start: 0, end: emoji + 1 })).toBe(emoji + 1);
    expect(splitOffsetOf(sample, { start: emoji, end: emoji + 2 })).toBeNull();
    // A combining accent is its own code unit: cutting before it leaves valid text.
    const accent = sample.indexOf('\u0301');
    expect(splitOffsetOf(sample, { start: 0, end: accent })).toBeNull();
  });
});

describe(isValidSpan.name, () => {
  it('accepts a non-blank span inside the text', () => {
    expect(isValidSpan(text, { start: 0, end: 6 })).toBe(true);
  });

  it('rejects empty, reversed, out-of-range and blank spans', () => {
    expect(isValidSpan(text, { start: 3, end: 3 })).toBe(false);
    expect(isValidSpan(text, { start: 5, end: 2 })).toBe(false);
    expect(isValidSpan(text, { start: 0, end: text.length + 1 })).toBe(false);
    expect(isValidSpan('a   b', { start: 1, end: 4 })).toBe(false);
  });
});
