import { stem } from '#text';
import type { Facts } from './facts.js';
import { MIN_RELEVANCE_FOR_LEXICAL, shared, type Finding } from './stance-finding.js';
import { antonyms } from './wordnet.js';

// Polarity: a denial against a plain statement, opposite words, and agreement that is only hedged or lacks the claim's denial.

/** Every word of what is denied, at most one in four missing, appears in one part of the other text's sentence. */
const restates = (terms: string[], scope: string[]) => scope.length >= 2 && scope.filter((t) => !terms.includes(t)).length <= Math.floor(scope.length / 4);

/**
 * A denial against a plain statement of the same thing. "The same thing" is language, not topic: the
 * other text must state, in one unhedged sentence part, the denied word together with what the denial is
 * about (its clause's other words); a hedged or conditional denial ("may not", "even if it is not") and a
 * denied noun phrase on its own ("…, not climate change") deny nothing checkable.
 */
export function compareNegations(claim: Facts, passage: Facts, coverage: number): Finding[] {
  if (coverage < MIN_RELEVANCE_FOR_LEXICAL) return [];
  const effectWords = new Set([...claim.effects, ...passage.effects].map((e) => e.trigger.toLowerCase()));
  const out: Finding[] = [];
  const check = (negated: Facts, plain: Facts, claimIsNegated: boolean) => {
    for (const n of negated.negations) {
      if (n.hedged || effectWords.has((negated.display[n.target] ?? '').toLowerCase())) continue;
      if (plain.negations.some((m) => m.target === n.target)) continue;
      if (!plain.spans.some((sp) => !sp.hedged && sp.terms.includes(n.target) && restates(sp.terms, n.scope))) continue;
      const word = negated.display[n.target] ?? n.target;
      out.push({
        kind: 'conflict',
        fact: 'negation',
        weight: 0.7,
        reason: claimIsNegated ? `Passage affirms what the claim denies ("${word}").` : `Passage denies what the claim affirms ("${word}").`,
      });
      return;
    }
  };
  check(claim, passage, true);
  check(passage, claim, false);
  return out;
}

const antonymCache = new Map<string, string[]>();
const antonymTerms = (word: string) => {
  const key = word.toLowerCase();
  let hit = antonymCache.get(key);
  if (!hit) {
    // WordNet indexes base forms: "increased", "warmer" and "rising" are looked up as "increase", "warm" and "rise".
    const bases = new Set([key, key.replace(/e?d$/, ''), key.replace(/d$/, ''), key.replace(/ing$/, ''), key.replace(/ing$/, 'e'), key.replace(/e?s$/, ''), key.replace(/er$/, ''), key.replace(/ier$/, 'y')]);
    hit = [...new Set([...bases].flatMap((b) => (b.length > 2 ? antonyms(b) : [])).map(stem))];
    antonymCache.set(key, hit);
  }
  return hit;
};

/**
 * Opposite words (WordNet antonyms: "increase"/"decrease", "warmer"/"colder") in two sentence parts that
 * otherwise say the same thing: every other word of the claim's part (at least three) in the passage's
 * part, and neither hedged nor negated (a negated antonym agrees: "did not decrease").
 */
export function compareAntonyms(claim: Facts, passage: Facts, coverage: number): Finding[] {
  if (coverage < MIN_RELEVANCE_FOR_LEXICAL) return [];
  const negatedTerms = (f: Facts) => new Set(f.negations.map((n) => n.target));
  const cNeg = negatedTerms(claim);
  const pNeg = negatedTerms(passage);
  for (const cs of claim.spans) {
    if (cs.hedged) continue;
    for (const t of cs.terms) {
      if (cNeg.has(t)) continue;
      const opposite = antonymTerms(claim.display[t] ?? t);
      if (opposite.length === 0) continue;
      const rest = cs.terms.filter((x) => x !== t);
      for (const ps of passage.spans) {
        if (ps.hedged || ps.terms.includes(t)) continue;
        const a = ps.terms.find((x) => opposite.includes(x) && !pNeg.has(x));
        // Opposites are common in long sentences about one topic; only a part saying everything else the claim's part says counts.
        if (!a || rest.length < 3 || rest.some((x) => !ps.terms.includes(x))) continue;
        return [{ kind: 'conflict', fact: 'negation', weight: 0.7, reason: `Passage says "${passage.display[a] ?? a}" where the claim says "${claim.display[t] ?? t}", about the same thing.` }];
      }
    }
  }
  return [];
}

/**
 * The denied word when the claim is a denial ("there is no trend", "isn't increasing") of something the
 * passage mentions without denying: agreement on the words is not agreement on the denial.
 */
export function deniedOnlyInClaim(claim: Facts, passage: Facts): string | undefined {
  const n = claim.negations.find((x) => !x.hedged && passage.terms.includes(x.target) && !passage.negations.some((m) => m.target === x.target));
  return n ? (claim.display[n.target] ?? n.target) : undefined;
}

/**
 * The hedge word when the passage says what the claim says only in hedged parts ("may", "reportedly",
 * "if") while the claim asserts it: agreement with a possibility is not support for a fact.
 */
export function hedgedAgreement(claim: Facts, passage: Facts, common: string[]): string | undefined {
  if (common.length === 0 || claim.spans.some((s) => s.hedged)) return undefined;
  const carrying = passage.spans.filter((s) => shared(s.terms, common).length >= Math.max(1, common.length / 2));
  if (carrying.length === 0 || !carrying.every((s) => s.hedged)) return undefined;
  return carrying[0].hedge;
}
