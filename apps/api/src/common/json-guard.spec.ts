import { describe, expect, it } from 'vitest';
import { jsonDefect, MAX_JSON_DEPTH } from './json-guard.js';

const nested = (depth: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe(jsonDefect.name, () => {
  it('accepts ordinary bodies, emoji and combining marks included', () => {
    expect(jsonDefect({ verdict: 'verified', citations: [{ articleId: 'a', start: 0, end: 5 }], note: 'Ça va 👍🏽 e\u0301' })).toBeNull();
    expect(jsonDefect(undefined)).toBeNull();
    expect(jsonDefect(nested(MAX_JSON_DEPTH))).toBeNull();
  });

  it('rejects nesting past the limit without overflowing the stack itself', () => {
    expect(jsonDefect(nested(MAX_JSON_DEPTH + 1))?.message).toContain('nested deeper');
    expect(jsonDefect(nested(200_000))).not.toBeNull();
  });

  it('names the field holding a NUL or an unpaired surrogate, in values and in keys', () => {
    expect(jsonDefect({ quote: { exact: 'led by\u0000' } })?.field).toBe('quote.exact');
    expect(jsonDefect({ citations: [{ note: 'x\ud800' }] })?.field).toBe('citations.0.note');
    expect(jsonDefect({ text: '\udc00 trailing' })).not.toBeNull();
    expect(jsonDefect({ 'a\u0000': 1 })?.message).toContain('key');
  });
});
