import type { Facts, FactActor, Location } from './facts.js';
import { shared, type Finding } from './stance-finding.js';
import { groupsByKey, placesCompatible } from './variants.js';

// Who did it and where: leadership, locations and the participants a list leaves out.

const countryList = (keys: string[]) => keys.map((k) => groupsByKey.get(k)?.forms.find((f) => f.length > 2) ?? k).join(', ');

export function compareActors(claim: FactActor[], passage: FactActor[]): Finding[] {
  const out: Finding[] = [];
  for (const c of claim) {
    if (c.relation !== 'lead') continue;
    for (const p of passage) {
      if (p.relation !== 'lead' || p.role !== c.role) continue;
      if (c.object && p.object && c.object !== p.object) continue;
      const overlap = c.countries.some((x) => p.countries.some((y) => placesCompatible(x, y)));
      const what = c.object ?? 'it';
      out.push(
        overlap
          ? { kind: 'confirm', fact: 'actor', weight: 0.85, reason: `Passage says ${what === 'it' ? 'it' : `the ${what}`} was led by ${p.text}, as the claim does.` }
          : { kind: 'conflict', fact: 'actor', weight: 0.9, reason: `Passage says ${what === 'it' ? 'it' : `the ${what}`} was led by ${p.text} (${countryList(p.countries)}); the claim says ${c.text} (${countryList(c.countries)}).` },
      );
      break;
    }
  }
  return out;
}

/** A list of places that all fit together ("The Hague, Netherlands") names one location. */
const onePlace = (places: string[]) => places.every((a) => places.every((b) => placesCompatible(a, b)));

export function compareLocations(claim: Location[], passage: Location[]): Finding[] {
  const out: Finding[] = [];
  for (const c of claim) {
    for (const p of passage) {
      const common = shared(c.anchor, p.anchor);
      if (!(common.includes('hq') || common.length >= 2)) continue;
      const compatible = c.places.some((x) => p.places.some((y) => placesCompatible(x, y)));
      // Confirmed only when the passage is as precise: "in Europe" does not bear out "in Spain".
      const asPrecise = c.places.some((x) => p.places.some((y) => y === x || groupsByKey.get(y)?.within === x));
      const name = (keys: string[]) => countryList(keys);
      if (asPrecise) {
        out.push({ kind: 'confirm', fact: 'location', weight: 0.75, reason: `Passage places it in ${name(p.places)}, as the claim does.` });
      } else if (compatible) {
        out.push({ kind: 'compatible', fact: 'location', weight: 0.3, reason: `Passage places it in ${name(p.places)}, less precisely than the claim.` });
      } else if (onePlace(c.places) && onePlace(p.places)) {
        out.push({ kind: 'conflict', fact: 'location', weight: 0.85, reason: `Passage places it in ${name(p.places)}; the claim says ${name(c.places)}.` });
      }
      break;
    }
  }
  return out;
}

/**
 * A passage that lists participants (three places or more) and leaves out one the claim names does not
 * bear the claim out, whatever else it confirms: "involved Italy" is not supported by a list without Italy.
 */
export function compareParticipants(claim: Facts, passage: Facts): Finding[] {
  if (passage.places.length < 3) return [];
  const missing = claim.places.filter((c) => !passage.places.some((p) => placesCompatible(c, p)));
  if (missing.length === 0) return [];
  return [{ kind: 'compatible', fact: 'location', weight: 0.5, reason: `Passage lists ${countryList(passage.places)} and does not name ${countryList(missing)}; a participant it leaves out is not borne out.` }];
}
