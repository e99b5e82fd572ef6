import { content, isBoundary, isCountryRef, word } from './clauses.js';
import type { Unit } from './lexicon.js';

export interface Location {
  places: string[];
  /** Terms just before the place: what is said to be there ("europol", "hq"). */
  anchor: string[];
  text: string;
}

export function readLocations(units: Unit[]): Location[] {
  const locations: Location[] = [];
  for (let k = 0; k < units.length; k++) {
    const prep = word(units, k);
    if (!prep || !['in', 'at', 'from'].includes(prep)) continue;
    let f = k + 1;
    const places: string[] = [];
    while (f < units.length) {
      const v = units[f];
      if (isCountryRef(v) && !v.demonym) places.push(v.term);
      else if (v.kind === 'word' && places.length === 0 && /^(the|southern|northern|eastern|western|central)$/i.test(v.surface)) {
        /* "in southern France" */
      } else if (!(places.length > 0 && (v.surface === ',' || v.surface === 'and'))) break;
      f++;
    }
    if (places.length === 0) continue;
    const anchor = new Set<string>();
    for (let b = k - 1; b >= 0 && b >= k - 8; b--) {
      const v = units[b];
      if (isBoundary(v)) break;
      if (content(v) && !isCountryRef(v)) anchor.add(v.term);
    }
    locations.push({
      places,
      anchor: [...anchor],
      text: units
        .slice(Math.max(0, k - 4), f)
        .map((v) => v.surface)
        .join(' '),
    });
    k = f - 1;
  }
  return locations;
}
