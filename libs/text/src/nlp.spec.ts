import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean-article.js';
import { extractClaims } from './extract-claims.js';
import { analyse, MAX_WORD_LENGTH } from './nlp.js';

describe(analyse.name, () => {
  it('reads a text holding a run of 300,000 characters without whitespace, with every offset exact', () => {
    // wink's abbreviation test is quadratic in a token's length: unbroken, this run took minutes.
    const text = `Taxes were cut by 5% in 2020, the minister said. ${'a'.repeat(300_000)}. Unemployment fell to 4.1% in March.`;
    const { tokens, sentences } = analyse(text, false);
    for (const token of tokens) {
      expect(token.value).toBe(text.slice(token.start, token.end));
      expect(token.value.length).toBeLessThanOrEqual(MAX_WORD_LENGTH);
    }
    expect(tokens.slice(0, 3).map((t) => t.value)).toEqual(['Taxes', 'were', 'cut']);
    expect(tokens.at(-2)?.value).toBe('March');
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    const claims = extractClaims(cleanArticle(text, { format: 'text' }));
    expect(claims.some((c) => c.text.startsWith('Taxes were cut by 5%'))).toBe(true);
  });

  it('leaves words of ordinary length, and long URLs up to the limit, as wink reads them', () => {
    const url = `https://example.org/${'path/'.repeat(30)}`; // 170 characters
    expect(url.length).toBeLessThan(MAX_WORD_LENGTH);
    const { tokens } = analyse(`See ${url} for the 2021 report.`, false);
    expect(tokens.map((t) => t.value)).toEqual(['See', url, 'for', 'the', '2021', 'report', '.']);
  });
});
