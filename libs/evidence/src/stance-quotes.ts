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
/** Length of the longest common subsequence of two word lists, two rows of the table at a time. */
const lcs = (a: string[], b: string[]) => {
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (const x of a) {
    for (let j = 0; j < b.length; j++) row[j + 1] = x === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], row[j]);
    [prev, row] = [row, prev];
  }
  return prev[b.length];
};

/** The claim's quotations as words (six or more), for the claim compared last: rankEvidence compares one claim with each candidate in turn. */
let lastClaim: { text: string; quotes: string[][] } | undefined;
function claimQuotes(claimText: string): string[][] {
  if (lastClaim?.text !== claimText) lastClaim = { text: claimText, quotes: [...claimText.matchAll(QUOTED)].map((m) => quoteWords(m[1])).filter((q) => q.length >= 6) };
  return lastClaim.quotes;
}

/**
 * The same quotation in both, compared modulo bracketed insertions ("[Isis]"), ellipses, quote marks,
 * hyphenation and whoever is said to have said it: nine words in ten of the claim's quotation, in order.
 */
export function compareQuotes(claimText: string, passageText: string): Finding[] {
  const quotes = claimQuotes(claimText);
  if (quotes.length === 0) return [];
  const passage = quoteWords(passageText);
  for (const q of quotes) {
    // A common subsequence is no longer than the passage: a passage too short to hold nine tenths of the quotation needs no table.
    if (passage.length >= 0.9 * q.length && lcs(q, passage) >= 0.9 * q.length) {
      return [{ kind: 'confirm', fact: 'quote', weight: 0.9, reason: 'Passage quotes the same words (leaving aside bracketed insertions, ellipses, quote marks and who is said to have said them).' }];
    }
  }
  return [];
}
