import { normalise, tokensOfNormalised, type EntityKind } from '#text';
import { BoundedCache } from './bounded-cache.js';
import { content, isCountryRef } from './clauses.js';
import { readDates, type DateMention } from './dates.js';
import { readActors, type FactActor } from './facts-actors.js';
import { readEffects, type Effect } from './facts-effects.js';
import { readLocations, type Location } from './facts-locations.js';
import { readNegations, readSpans, type Negation, type Span } from './facts-negations.js';
import { annotate } from './lexicon.js';
import { readQuantities, type Duration, type Quantity } from './quantities.js';
import { countryOf, groupsByKey } from './variants.js';

export type { DateMention } from './dates.js';
export type { FactActor } from './facts-actors.js';
export type { Effect } from './facts-effects.js';
export type { Location } from './facts-locations.js';
export type { Negation } from './facts-negations.js';
export type { Duration, Quantity, Op, TimeUnit } from './quantities.js';

export interface EventSignature {
  published?: string;
  /** Dates placed on the calendar from the text itself (absolute, or relative resolved against publication). */
  anchors: DateMention[];
  /** The text reports an operation (a takedown, raid, action) or how long something lasted. */
  mentionsOperation: boolean;
  /** Looks back at earlier events ("prior", "previous", "earlier"), so its dates need not be the event's. */
  retrospective: boolean;
  durations: Duration[];
  descriptors: string[];
}

export interface Facts {
  terms: string[];
  /** How each term first appeared, for reasons a person reads ("al-Bayan radio" rather than "al-bayan"). */
  display: Record<string, string>;
  entities: Array<{ key: string; kind: EntityKind }>;
  places: string[];
  quantities: Quantity[];
  durations: Duration[];
  dates: DateMention[];
  actors: FactActor[];
  locations: Location[];
  effects: Effect[];
  negations: Negation[];
  spans: Span[];
  event: EventSignature;
}

const RETROSPECTIVE = new Set(['prior', 'previous', 'previously', 'earlier', 'former', 'preceding', 'past', 'another']);

export interface FactsContext {
  /** ISO date of the article the text comes from; resolves "last month", "Wednesday", "April 25". */
  published?: string;
}

function computeFacts(text: string, context: FactsContext): Facts {
  // Normalised once, for the tokens and the dates alike.
  const normalised = normalise(text);
  const tokens = tokensOfNormalised(normalised);
  const units = annotate(tokens);
  const implied: string[] = [];
  for (const u of units) if (u.kind === 'entity' && !u.demonym) implied.push(...(groupsByKey.get(u.term)?.implies ?? []));
  const terms = [...new Set([...units.filter(content).map((u) => u.term), ...implied])].filter((t) => !/^\d/.test(t));
  const entities = new Map<string, EntityKind>();
  for (const u of units) if (u.kind === 'entity' && u.entityKind) entities.set(u.term, u.entityKind);
  const places = [...new Set(units.filter(isCountryRef).map((u) => (u.demonym ? (countryOf(u.term) ?? u.term) : u.term)))];
  const { quantities, durations } = readQuantities(tokens, units);
  const dates = readDates(normalised, context.published);
  const anchors = dates.filter((d) => d.from && d.to);
  const mentionsOperation = units.some((u) => u.term === 'operation') || durations.some((d) => d.about === 'operation');
  // No prototype: a word such as "constructor" or "toString" is a term like any other, never a property of Object.
  const display: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const u of units) if (content(u) && !(u.term in display)) display[u.term] = u.surface;
  return {
    terms,
    display,
    entities: [...entities].map(([key, kind]) => ({ key, kind })),
    places,
    quantities,
    durations,
    dates,
    actors: readActors(units),
    locations: readLocations(units),
    effects: readEffects(units),
    negations: readNegations(units),
    spans: readSpans(units),
    event: {
      published: context.published,
      anchors,
      mentionsOperation,
      retrospective: units.some((u) => RETROSPECTIVE.has(u.surface.toLowerCase())),
      durations: durations.filter((d) => d.about === 'operation'),
      descriptors: terms.filter((t) => t === 'operation' || entities.get(t) === 'outlet'),
    },
  };
}

const CACHE_LIMIT = 5_000;
const cache = new BoundedCache<Facts>(CACHE_LIMIT);

/**
 * Facts a claim or passage states: quantities, durations, dates, actors, places, effects, negations and
 * the event it is about. Results are cached per (text, publication date) in a bounded map.
 */
export function readFacts(text: string, context: FactsContext = {}): Facts {
  const key = `${context.published ?? ''}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const facts = computeFacts(text, context);
  cache.set(key, facts);
  return facts;
}

