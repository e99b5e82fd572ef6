import { AUX, clauseRange, content, FAILURE_CUES, isClauseBoundary, isSpanBoundary, NEGATION_CUES, spanRange, word } from './clauses.js';
import type { Unit } from './lexicon.js';

export interface Negation {
  cue: string;
  target: string;
  /** Content terms of the clause the negation governs, besides its target: what exactly is denied. */
  scope: string[];
  /** The clause is hedged or conditional ("may not", "if it is not"): it denies nothing outright. */
  hedged: boolean;
}

/** A sentence part between strong punctuation or contrastive words, with its content terms. */
export interface Span {
  terms: string[];
  /** Words in it hedge or condition what it says ("may", "reportedly", "if"). */
  hedged: boolean;
  /** The first such word, for reasons a person reads. */
  hedge?: string;
}

/** Words that hedge or condition a statement: what follows is not asserted as fact. */
const HEDGES = new Set(['may', 'might', 'could', 'would', 'reportedly', 'allegedly', 'possibly', 'perhaps', 'probably', 'likely', 'unlikely', 'suggest', 'suggests', 'suggested', 'if', 'unless', 'whether', 'appear', 'appears', 'seem', 'seems']);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);

export function readNegations(units: Unit[]): Negation[] {
  const out: Negation[] = [];
  for (let k = 0; k < units.length; k++) {
    const cue = word(units, k) ?? '';
    if (!NEGATION_CUES.has(cue) && !(FAILURE_CUES.has(cue) && word(units, k + 1) === 'to')) continue;
    if (cue === 'no' && word(units, k + 1) === 'longer' && ['just', 'only'].includes(word(units, k + 2) ?? '')) continue;
    if (['just', 'only', 'merely'].includes(word(units, k + 1) ?? '')) continue;
    for (let f = k + 1; f < units.length && f <= k + 4; f++) {
      const v = units[f];
      if (isClauseBoundary(v)) break;
      if (AUX.has(v.surface.toLowerCase()) || v.surface.toLowerCase() === 'longer') continue;
      if (content(v)) {
        const [from, to] = clauseRange(units, k);
        const clause = units.slice(from, to);
        // A condition ("even if it is not harmed") is in the clause before the cue; a hedge anywhere in the sentence part.
        const [sFrom, sTo] = spanRange(units, k);
        const hedged = units.slice(sFrom, sTo).some((u) => HEDGES.has(u.surface.toLowerCase()) && (!CONDITIONALS.has(u.surface.toLowerCase()) || u.from < units[k].from));
        out.push({ cue, target: v.term, scope: [...new Set(clause.filter((u) => content(u) && u.term !== v.term).map((u) => u.term))], hedged });
        break;
      }
    }
  }
  return out;
}

export function readSpans(units: Unit[]): Span[] {
  const out: Span[] = [];
  let k = 0;
  while (k < units.length) {
    if (isSpanBoundary(units[k])) {
      k++;
      continue;
    }
    const [from, to] = spanRange(units, k);
    const part = units.slice(from, to);
    const hedge = part.find((u) => HEDGES.has(u.surface.toLowerCase()))?.surface;
    out.push({ terms: [...new Set(part.filter(content).map((u) => u.term))], hedged: hedge !== undefined, ...(hedge ? { hedge } : {}) });
    k = to;
  }
  return out;
}
