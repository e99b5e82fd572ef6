import type { Facts } from './facts.js';
import { groupsByKey } from './variants.js';

function kindWeight(term: string): number {
  return groupsByKey.has(term) ? 1.5 : 1;
}

export interface Relevance {
  /** Weighted share of the claim's terms the passage contains. */
  coverage: number;
  /** Weighted share of the passage's terms the claim contains: high when the passage states part of the claim. */
  precision: number;
  /** What decisions use: coverage, raised when the passage restates a part of a longer claim. */
  lexical: number;
  common: string[];
}

/** How much of the claim's terms the passage shares, names (the variant table's entries) weighing more. */
export function relevance(claim: Facts, passage: Facts, weight: (term: string) => number): Relevance {
  const w = (term: string) => weight(term) * kindWeight(term);
  const claimTerms = new Set(claim.terms);
  const passageTerms = new Set(passage.terms);
  let total = 0;
  let hit = 0;
  const common: string[] = [];
  for (const term of claimTerms) {
    total += w(term);
    if (passageTerms.has(term)) {
      hit += w(term);
      common.push(term);
    }
  }
  let passageTotal = 0;
  for (const term of passageTerms) passageTotal += w(term);
  const coverage = total === 0 ? 0 : hit / total;
  const precision = passageTotal === 0 ? 0 : hit / passageTotal;
  const lexical = common.length >= 3 ? Math.max(coverage, (coverage + precision) / 2) : coverage;
  return { coverage, precision, lexical, common };
}
