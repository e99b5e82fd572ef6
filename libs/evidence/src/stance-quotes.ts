import type { Finding } from './stance-finding.js';

/** A quotation's words, for comparing two renderings of it: no bracketed insertions, ellipses, quote marks, hyphens or case. */
export function quoteWords(text: string): string[] {
  return text
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\.\.\.|…/g, ' ')
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

const QUOTED = /["“”«»]([^"“”«»]{20,})["“”«»]/g;
const lcs = (a: string[], b: string[]) => {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], row[j]));
    prev = row;
  }
  return prev[b.length];
};

/**
 * The same quotation in both, compared modulo bracketed insertions ("[Isis]"), ellipses, quote marks,
 * hyphenation and whoever is said to have said it: nine words in ten of the claim's quotation, in order.
 */
export function compareQuotes(claimText: string, passageText: string): Finding[] {
  const quotes = [...claimText.matchAll(QUOTED)].map((m) => quoteWords(m[1])).filter((q) => q.length >= 6);
  if (quotes.length === 0) return [];
  const passage = quoteWords(passageText);
  for (const q of quotes) {
    if (lcs(q, passage) >= 0.9 * q.length) return [{ kind: 'confirm', fact: 'quote', weight: 0.9, reason: 'Passage quotes the same words (leaving aside bracketed insertions, ellipses, quote marks and who is said to have said them).' }];
  }
  return [];
}
