/**
 * What a name names, one vocabulary for the whole desk. The variant table (libs/evidence/lexicon) knows
 * groups, organisations, outlets, people and places by kind of place; claim extraction, which reads names
 * it has no table for, may only know that a name is a place ('place') or nothing at all ('name').
 */
export type EntityKind = 'group' | 'organisation' | 'outlet' | 'person' | PlaceKind | 'name';

/** A country, a city or a region; 'place' when it is not known which. */
export type PlaceKind = 'country' | 'city' | 'region' | 'place';

export const isPlaceKind = (kind: EntityKind | undefined): kind is PlaceKind => kind === 'country' || kind === 'city' || kind === 'region' || kind === 'place';
