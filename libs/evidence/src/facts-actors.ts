import { stem } from '#text';
import { AUX, content, isBoundary, isCountryRef, word } from './clauses.js';
import type { Unit } from './lexicon.js';
import { countryOf } from './variants.js';

/** Who did something, with the countries it belongs to: "Belgian prosecutors led the operation". */
export interface FactActor {
  /** Concept or word for the role: "prosecutor", "police", "authority", or an organisation key. */
  role: string;
  /** Countries the actor belongs to: "Belgian prosecutors" → ["belgium"]. */
  countries: string[];
  /** Only leadership is read as exclusive: one operation has one lead. */
  relation: 'lead' | null;
  /** What was led, when said: "operation", "process". */
  object: string | null;
  text: string;
}

const ROLE_WORDS = new Set(['prosecutor', 'police', 'authority', 'official', 'investigator', 'team', 'unit', 'agency', 'office', 'force', 'court', 'government', 'ministry', 'guard', 'expert', 'specialist'].map(stem));

const isRole = (u: Unit) => (u.kind === 'concept' && (u.term === 'prosecutor' || u.term === 'police')) || (u.kind === 'word' && ROLE_WORDS.has(u.term)) || (u.kind === 'entity' && u.entityKind === 'organisation');

/**
 * Countries named before the role at k ("French, Romanian and Bulgarian police", "Belgian public prosecutor's office",
 * "Spain's Civil Guard") into countries; returns the index of the unit that ended the run.
 */
function countriesBefore(units: Unit[], k: number, countries: Set<string>): number {
  let b = k - 1;
  let modifiers = 0;
  while (b >= 0) {
    const v = units[b];
    if (isCountryRef(v)) {
      countries.add(countryOf(v.term) ?? v.term);
    } else if (v.surface === ',' || v.surface === 'and' || v.surface === "'s") {
      if (countries.size === 0 && v.surface !== "'s") break;
    } else if (countries.size === 0 && v.kind === 'word' && !v.stop && modifiers < 2) {
      modifiers++;
    } else break;
    b--;
  }
  return b;
}

/** Countries after the role at k ("police and prosecutors from Spain and Belgium"); returns the index past the run. */
function countriesAfter(units: Unit[], k: number, countries: Set<string>): number {
  let f = k + 1;
  if (!['from', 'in', 'of'].includes(word(units, f) ?? '')) return f;
  f++;
  while (f < units.length) {
    const v = units[f];
    if (isCountryRef(v)) countries.add(countryOf(v.term) ?? v.term);
    else if (!(v.surface === ',' || v.surface === 'and' || v.surface.toLowerCase() === 'the')) break;
    f++;
  }
  return f;
}

/** Whether the role at k led something, and what: "the operation, led by Belgian prosecutors", "Belgian prosecutors led the operation". */
function leadership(units: Unit[], k: number, b: number): Pick<FactActor, 'relation' | 'object'> {
  if (word(units, b) === 'by' && units[b - 1]?.term === 'lead') {
    for (let o = b - 2; o >= 0 && o >= b - 6; o--) {
      const v = units[o];
      if (isBoundary(v)) break;
      if (v.kind === 'punct' || AUX.has(v.surface.toLowerCase())) continue;
      return { relation: 'lead', object: v.term };
    }
    return { relation: 'lead', object: null };
  }
  if (units[k + 1]?.term === 'lead' && word(units, k + 2) !== 'by') {
    return { relation: 'lead', object: units.slice(k + 2, k + 6).find(content)?.term ?? null };
  }
  return { relation: null, object: null };
}

/** People and bodies acting for countries: a role word or organisation with the countries named around it. */
export function readActors(units: Unit[]): FactActor[] {
  const actors: FactActor[] = [];
  for (let k = 0; k < units.length; k++) {
    if (!isRole(units[k])) continue;
    const countries = new Set<string>();
    const b = countriesBefore(units, k, countries);
    const f = countriesAfter(units, k, countries);
    if (countries.size === 0) continue;
    const { relation, object } = leadership(units, k, b);
    actors.push({
      role: units[k].term,
      countries: [...countries],
      relation,
      object,
      text: units
        .slice(Math.min(b + 1, k), Math.max(k + 1, f))
        .map((v) => v.surface)
        .join(' '),
    });
  }
  return actors;
}
