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

export function readActors(units: Unit[]): FactActor[] {
  const actors: FactActor[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    const isRole = (u.kind === 'concept' && (u.term === 'prosecutor' || u.term === 'police')) || (u.kind === 'word' && ROLE_WORDS.has(u.term)) || (u.kind === 'entity' && u.entityKind === 'organisation');
    if (!isRole) continue;
    const countries = new Set<string>();
    // Backwards: "French, Romanian and Bulgarian police", "Belgian public prosecutor's office", "Spain's Civil Guard".
    let b = k - 1;
    let modifiers = 0;
    while (b >= 0) {
      const v = units[b];
      if (isCountryRef(v)) {
        const country = countryOf(v.term) ?? v.term;
        countries.add(country);
      } else if (v.surface === ',' || v.surface === 'and' || v.surface === "'s") {
        if (countries.size === 0 && v.surface !== "'s") break;
      } else if (countries.size === 0 && v.kind === 'word' && !v.stop && modifiers < 2) {
        modifiers++;
      } else break;
      b--;
    }
    // Forwards: "police and prosecutors from Spain and Belgium", "officers in the Netherlands, US and Canada".
    let f = k + 1;
    if (['from', 'in', 'of'].includes(word(units, f) ?? '')) {
      f++;
      while (f < units.length) {
        const v = units[f];
        if (isCountryRef(v)) countries.add(countryOf(v.term) ?? v.term);
        else if (!(v.surface === ',' || v.surface === 'and' || v.surface.toLowerCase() === 'the')) break;
        f++;
      }
    }
    if (countries.size === 0) continue;
    let relation: FactActor['relation'] = null;
    let object: string | null = null;
    // "the operation, led by Belgian prosecutors"
    if (word(units, b) === 'by' && units[b - 1]?.term === 'lead') {
      relation = 'lead';
      for (let o = b - 2; o >= 0 && o >= b - 6; o--) {
        const v = units[o];
        if (isBoundary(v)) break;
        if (v.kind === 'punct' || AUX.has(v.surface.toLowerCase())) continue;
        object = v.term;
        break;
      }
    } else if (units[k + 1]?.term === 'lead' && word(units, k + 2) !== 'by') {
      // "Belgian prosecutors led the operation"
      relation = 'lead';
      object = units.slice(k + 2, k + 6).find(content)?.term ?? null;
    }
    const from = Math.min(b + 1, k);
    actors.push({
      role: u.term,
      countries: [...countries],
      relation,
      object,
      text: units
        .slice(from, Math.max(k + 1, f))
        .map((v) => v.surface)
        .join(' '),
    });
  }
  return actors;
}
