import placesData from '../lexicon/places.json' with { type: 'json' };
import variantsData from '../lexicon/variants.json' with { type: 'json' };
import type { EntityKind } from '#text';

/** One name in the variant table (lexicon/variants.json): a group, organisation, outlet, person or place and its spellings. */
export interface VariantGroup {
  key: string;
  kind: EntityKind;
  forms: string[];
  caseSensitive?: string[];
  demonyms?: string[];
  within?: string;
  /** Concepts the name stands for: IS implies "extremist". */
  implies?: string[];
}

/** A meaning with the words that express it: synonyms read as one term. */
export interface Concept {
  key: string;
  forms: string[];
}

const curated = (variantsData as { groups: VariantGroup[] }).groups;

/**
 * The curated table first (its spellings, demonyms and implications were written by hand), then the world's
 * countries and cities from WordNet (lexicon/places.json, written by scripts/places-from-wordnet.mjs) where
 * they name nothing the table already names: "Norwegian police", "Lisbon", "Sweden" are places in any story.
 */
function withPlaces(table: VariantGroup[], places: VariantGroup[]): VariantGroup[] {
  const keys = new Set(table.map((g) => g.key));
  const forms = new Set(table.flatMap((g) => [...g.forms, ...(g.demonyms ?? [])].map((f) => f.toLowerCase())));
  const added = places.filter((g) => !keys.has(g.key) && ![...g.forms, ...(g.demonyms ?? [])].some((f) => forms.has(f.toLowerCase())));
  return [...table, ...added];
}

export const groups: readonly VariantGroup[] = withPlaces(curated, (placesData as { groups: VariantGroup[] }).groups);
export const groupsByKey: ReadonlyMap<string, VariantGroup> = new Map(groups.map((g) => [g.key, g]));
export const concepts: readonly Concept[] = (variantsData as { concepts: Concept[] }).concepts;

/** The country a place lies in, or the place itself for a country. */
export function countryOf(key: string): string | undefined {
  const group = groupsByKey.get(key);
  if (!group) return undefined;
  if (group.kind === 'country') return key;
  return group.within;
}

/** Whether two places can both be true of one thing: equal, or one lies in the other. */
/** The places a place lies in, nearest first: Manchester → England → United Kingdom. */
function containers(key: string): string[] {
  const out: string[] = [];
  for (let g = groupsByKey.get(key); g?.within && !out.includes(g.within) && out.length < 4; g = groupsByKey.get(g.within)) out.push(g.within);
  return out;
}

export function placesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = groupsByKey.get(a);
  const gb = groupsByKey.get(b);
  if (!ga || !gb) return true;
  if (containers(a).includes(b) || containers(b).includes(a)) return true;
  // A city placed only in its state ("London" in the United Kingdom) may lie in a part of it ("England").
  const partOfSameState = (city: VariantGroup, other: string) => city.kind === 'city' && groupsByKey.get(other)?.kind !== 'city' && containers(other).includes(city.within ?? '');
  if (partOfSameState(ga, b) || partOfSameState(gb, a)) return true;
  // Europe and North America contain their countries; the gazetteer does not list every member.
  if (ga.kind === 'region' && !ga.within) return gb.kind !== 'region' || !!gb.within;
  if (gb.kind === 'region' && !gb.within) return ga.kind !== 'region' || !!ga.within;
  return false;
}
