import { tokenize } from '#text';
import { annotate } from './lexicon.js';
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

interface Quotation {
  /** As written, with its bracketed insertions. */
  raw: string;
  words: string[];
}

/** The claim's quotations (six words or more), for the claim compared last: rankEvidence compares one claim with each candidate in turn. */
let lastClaim: { text: string; quotes: Quotation[] } | undefined;
function claimQuotes(claimText: string): Quotation[] {
  if (lastClaim?.text !== claimText) {
    lastClaim = { text: claimText, quotes: [...claimText.matchAll(QUOTED)].map((m) => ({ raw: m[1], words: quoteWords(m[1]) })).filter((q) => q.words.length >= 6) };
  }
  return lastClaim.quotes;
}

/** What compareQuotes needs of the passage's facts: its terms and named entities (readFacts). */
export interface QuotedPassage {
  terms: readonly string[];
  entities: ReadonlyArray<{ key: string; kind: string }>;
}

/**
 * A bracketed insertion naming someone or something ("[Isis]") where the passage's rendering of the same
 * words names another of the same kind ("al-Qaeda") that the claim never names: the insertion changes
 * what the speaker referred to. A passage that names nothing there ("destroy them") decides nothing.
 */
function foreignInsertion(quote: string, passage: QuotedPassage, claimTerms: readonly string[]): string | undefined {
  for (const m of quote.matchAll(/\[([^\]]+)\]/g)) {
    const named = annotate(tokenize(m[1])).filter((u) => u.kind === 'entity' && u.entityKind);
    for (const u of named) {
      if (passage.terms.includes(u.term)) continue;
      if (passage.entities.some((e) => e.kind === u.entityKind && e.key !== u.term && !claimTerms.includes(e.key))) return m[1].trim();
    }
  }
  return undefined;
}

/**
 * The same quotation in both, compared modulo bracketed insertions ("[Isis]"), ellipses, quote marks,
 * hyphenation and whoever is said to have said it: nine words in ten of the claim's quotation, in order.
 * An insertion naming what the passage never names is a misquotation, not the same quotation.
 */
export function compareQuotes(claimText: string, passageText: string, passage: QuotedPassage = { terms: [], entities: [] }, claimTerms: readonly string[] = []): Finding[] {
  const quotes = claimQuotes(claimText);
  if (quotes.length === 0) return [];
  const words = quoteWords(passageText);
  for (const q of quotes) {
    // A common subsequence is no longer than the passage: a passage too short to hold nine tenths of the quotation needs no table.
    if (words.length < 0.9 * q.words.length || lcs(q.words, words) < 0.9 * q.words.length) continue;
    const foreign = foreignInsertion(q.raw, passage, claimTerms);
    if (foreign) return [{ kind: 'conflict', fact: 'quote', weight: 0.8, reason: `Passage quotes the same words, but of something else than "${foreign}": the claim's bracketed insertion changes what the speaker referred to.` }];
    return [{ kind: 'confirm', fact: 'quote', weight: 0.9, reason: 'Passage quotes the same words (leaving aside bracketed insertions, ellipses, quote marks and who is said to have said them).' }];
  }
  return [];
}
