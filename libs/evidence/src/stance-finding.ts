// What one comparison of a claim's and a passage's facts finds, and the relevance each kind of finding needs.

type FindingKind = 'confirm' | 'conflict' | 'compatible';

export interface Finding {
  kind: FindingKind;
  fact: 'quantity' | 'duration' | 'date' | 'actor' | 'location' | 'effect' | 'negation' | 'quote';
  reason: string;
  /** Confidence that the finding is right, 0..1. */
  weight: number;
}

/** Slot comparisons align facts themselves (same unit and context, same role), so they need little topical overlap. */
export const MIN_RELEVANCE_FOR_CONFLICT = 0.1;
export const MIN_RELEVANCE_FOR_CONFIRMED = 0.1;
export const MIN_RELEVANCE_FOR_DATE_ONLY = 0.3;
/** Agreement on words alone must be strong: topical sentences on a different point stay neutral. */
export const MIN_RELEVANCE_FOR_LEXICAL = 0.5;

/** The terms of a that b also has, in a's order. */
export const shared = (a: string[], b: string[]) => a.filter((t) => b.includes(t));
