// Where the clauses and sentence parts of a text's units begin and end, and which units carry content.
import { isPlaceKind } from '#text';
import type { Unit } from './lexicon.js';

const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'however', 'yet']);
/** Auxiliaries, articles and intensifiers passed over when looking for what a word governs. */
export const AUX = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'do', 'does', 'did', 'the', 'a', 'an', 'its', 'their', 'yet', 'really', 'entirely', 'fully', 'completely', 'actually']);
export const NEGATION_CUES = new Set(['not', 'never', 'no', 'without', 'neither', 'nor']);
/** Words that deny the verb after "to": "failed to seize", "unable to find" (not "a failed coup", "the systems failed"). */
export const FAILURE_CUES = new Set(['fail', 'fails', 'failed', 'unable']);

export const word = (units: Unit[], k: number) => units[k]?.surface.toLowerCase();
export const isBoundary = (u: Unit | undefined) => !u || (u.kind === 'punct' && /[.;:!?]/.test(u.surface));
export const isClauseBoundary = (u: Unit | undefined) => !u || (u.kind === 'punct' && /[.;:!?,()]/.test(u.surface)) || (u.kind === 'word' && CLAUSE_WORDS.has(u.surface.toLowerCase()));

/** The run of units around k up to the nearest boundary on each side. */
function rangeWithin(units: Unit[], k: number, boundary: (u: Unit | undefined) => boolean): [number, number] {
  let from = k;
  while (from > 0 && !boundary(units[from - 1])) from--;
  let to = k + 1;
  while (to < units.length && !boundary(units[to])) to++;
  return [from, to];
}

export const clauseRange = (units: Unit[], k: number) => rangeWithin(units, k, isClauseBoundary);

export const content = (u: Unit) => !u.stop && u.kind !== 'punct' && u.kind !== 'number';
export const isCountryRef = (u: Unit) => u.kind === 'entity' && isPlaceKind(u.entityKind);

export const isSpanBoundary = (u: Unit | undefined) => !u || (u.kind === 'punct' && /[.;:!?]/.test(u.surface)) || (u.kind === 'word' && CLAUSE_WORDS.has(u.surface.toLowerCase()));

export const spanRange = (units: Unit[], k: number) => rangeWithin(units, k, isSpanBoundary);
