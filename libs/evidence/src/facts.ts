import { readDates, type DateMention } from './dates.js';
import { annotate, countryOf, groupsByKey, isPlaceKind, normalise, readUnits, stem, tokenize, type Unit } from './lexicon.js';
import { readQuantities, type Duration, type Quantity } from './quantities.js';

export type { DateMention } from './dates.js';
export type { Duration, Quantity, Op, TimeUnit } from './quantities.js';

export interface Actor {
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

export interface Location {
  places: string[];
  /** Terms just before the place: what is said to be there ("europol", "hq"). */
  anchor: string[];
  text: string;
}

/**
 * How much an activity or capability was affected, on a scale 0 (not at all) .. 2 (stopped entirely).
 * "has not changed" → [0,0]; "compromised" → [1,2]; "continued to share" → [0,1]; "stopped broadcasting" → [2,2].
 */
export interface Effect {
  level: [number, number];
  trigger: string;
  negated: boolean;
  subject: string | null;
  entities: string[];
  topic: string[];
  text: string;
}

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
  entities: Array<{ key: string; kind: string }>;
  places: string[];
  quantities: Quantity[];
  durations: Duration[];
  dates: DateMention[];
  actors: Actor[];
  locations: Location[];
  effects: Effect[];
  negations: Negation[];
  spans: Span[];
  event: EventSignature;
}

const ROLE_WORDS = new Set(['prosecutor', 'police', 'authority', 'official', 'investigator', 'team', 'unit', 'agency', 'office', 'force', 'court', 'government', 'ministry', 'guard', 'expert', 'specialist'].map(stem));
const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'however', 'yet']);
const AUX = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'do', 'does', 'did', 'the', 'a', 'an', 'its', 'their', 'yet', 'really', 'entirely', 'fully', 'completely', 'actually']);
const RETROSPECTIVE = new Set(['prior', 'previous', 'previously', 'earlier', 'former', 'preceding', 'past', 'another']);
const NEGATION_CUES = new Set(['not', 'never', 'no', 'without', 'neither', 'nor']);
const IRREALIS = new Set(['if', 'unless', 'whether', 'aim', 'aimed', 'aims', 'aiming', 'intended', 'intend', 'designed', 'bid', 'seek', 'sought', 'plan', 'planned', 'vowed', 'vow', 'would', 'could', 'might', 'may', 'will', 'want', 'wants', 'hope', 'hoped', 'order']);

/** Words that hedge or condition a statement: what follows is not asserted as fact. */
export const HEDGES = new Set(['may', 'might', 'could', 'would', 'reportedly', 'allegedly', 'possibly', 'perhaps', 'probably', 'likely', 'unlikely', 'suggest', 'suggests', 'suggested', 'if', 'unless', 'whether', 'appear', 'appears', 'seem', 'seems']);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'these', 'those', 'his', 'her', 'our']);

const word = (units: Unit[], k: number) => units[k]?.surface.toLowerCase();
const isBoundary = (u: Unit | undefined) => !u || (u.kind === 'punct' && /[.;:!?]/.test(u.surface));
const isClauseBoundary = (u: Unit | undefined) => !u || (u.kind === 'punct' && /[.;:!?,()]/.test(u.surface)) || (u.kind === 'word' && CLAUSE_WORDS.has(u.surface.toLowerCase()));

/** The run of units around k up to the nearest boundary on each side. */
function rangeWithin(units: Unit[], k: number, boundary: (u: Unit | undefined) => boolean): [number, number] {
  let from = k;
  while (from > 0 && !boundary(units[from - 1])) from--;
  let to = k + 1;
  while (to < units.length && !boundary(units[to])) to++;
  return [from, to];
}

const clauseRange = (units: Unit[], k: number) => rangeWithin(units, k, isClauseBoundary);

const content = (u: Unit) => !u.stop && u.kind !== 'punct' && u.kind !== 'number';
const isCountryRef = (u: Unit) => u.kind === 'entity' && isPlaceKind(u.entityKind);

function readActors(units: Unit[]): Actor[] {
  const actors: Actor[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    const isRole = (u.kind === 'concept' && (u.term === 'prosecutor' || u.term === 'police')) || (u.kind === 'word' && ROLE_WORDS.has(u.term)) || (u.kind === 'entity' && u.entityKind === 'org');
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
    let relation: Actor['relation'] = null;
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

function readLocations(units: Unit[]): Location[] {
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

const SOME_EFFECT = new Set(['disrupt', 'compromise', 'hamper', 'damage', 'weaken', 'cripple', 'degrade', 'destabilise', 'destabilize', 'impair', 'reduce', 'change', 'affect', 'crimp', 'curb', 'dent', 'hole', 'blow', 'undermine', 'harm'].map(stem));
const TOTAL_EFFECT = new Set(['stop', 'cease', 'halt', 'eradicate', 'eliminate', 'silence', 'destroy', 'disable', 'shut', 'knock', 'offline', 'wipe'].map(stem));
const CONTINUE_EFFECT = new Set(['continue', 'keep', 'remain', 'resume', 'persist', 'still'].map(stem));
const NO_EFFECT = new Set(['unchanged', 'unaffected', 'intact', 'undisturbed', 'unscathed']);

function readEffects(units: Unit[]): Effect[] {
  const effects: Effect[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== 'word') continue;
    const surface = u.surface.toLowerCase();
    let kind: 'some' | 'total' | 'continue' | 'none' | undefined;
    if (NO_EFFECT.has(surface)) kind = 'none';
    else if (SOME_EFFECT.has(u.term)) kind = 'some';
    else if (TOTAL_EFFECT.has(u.term)) kind = 'total';
    else if (CONTINUE_EFFECT.has(u.term)) kind = 'continue';
    if (!kind) continue;
    // '"…," he continued': a reporting verb, not a statement about the activity.
    if (kind === 'continue' && (isBoundary(units[k + 1]) || units[k + 1]?.kind === 'punct')) continue;
    // "climate change", "land-use change", "the damaged sections": a noun or an attribute names a thing; it states no outcome.
    const before = units[k - 1];
    const inflected = /(ed|ing)$/.test(surface);
    if (before && ((!inflected && content(before) && before.kind !== 'number' && !/ly$/.test(before.surface)) || (inflected && DETERMINERS.has(before.surface.toLowerCase()) && units[k + 1] && content(units[k + 1])))) continue;
    // "in order to disrupt", "aimed at severely disrupting … hampering": intentions are not outcomes.
    let irrealis = false;
    for (let b = k - 1; b >= 0 && b >= k - 15; b--) {
      const v = units[b];
      if (isBoundary(v)) break;
      const w = v.surface.toLowerCase();
      if (IRREALIS.has(w) || (b >= k - 2 && w === 'to')) {
        irrealis = true;
        break;
      }
    }
    if (irrealis) continue;
    let negated = false;
    for (let b = k - 1; b >= 0 && b >= k - 4; b--) {
      const w = word(units, b) ?? '';
      if (NEGATION_CUES.has(w) && !['just', 'only', 'merely'].includes(word(units, b + 1) ?? '')) {
        negated = true;
        break;
      }
      if (isClauseBoundary(units[b])) break;
    }
    let level: [number, number];
    if (kind === 'none') level = [0, 0];
    else if (kind === 'some') level = negated ? [0, 0] : [1, 2];
    else if (kind === 'total') level = negated ? [0, 1] : [2, 2];
    else level = negated ? [2, 2] : [0, 1];
    const [from, to] = clauseRange(units, k);
    let subject: string | null = null;
    for (let b = k - 1; b >= 0; b--) {
      const v = units[b];
      if (isBoundary(v)) break;
      if (v.kind === 'entity' && !isPlaceKind(v.entityKind)) {
        subject = v.term;
        break;
      }
    }
    const entities = new Set<string>(subject ? [subject] : []);
    const topic = new Set<string>();
    for (let j = from; j < to; j++) {
      const v = units[j];
      if (j === k || !content(v)) continue;
      if (v.kind === 'entity' && !isPlaceKind(v.entityKind)) entities.add(v.term);
      topic.add(v.term);
    }
    if (subject) topic.add(subject);
    effects.push({
      level,
      trigger: u.surface,
      negated,
      subject,
      entities: [...entities],
      topic: [...topic],
      text: units
        .slice(from, to)
        .map((v) => v.surface)
        .join(' '),
    });
  }
  return effects;
}

function readNegations(units: Unit[]): Negation[] {
  const out: Negation[] = [];
  for (let k = 0; k < units.length; k++) {
    const cue = word(units, k) ?? '';
    if (!NEGATION_CUES.has(cue)) continue;
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

const isSpanBoundary = (u: Unit | undefined) => !u || (u.kind === 'punct' && /[.;:!?]/.test(u.surface)) || (u.kind === 'word' && CLAUSE_WORDS.has(u.surface.toLowerCase()));

const spanRange = (units: Unit[], k: number) => rangeWithin(units, k, isSpanBoundary);

function readSpans(units: Unit[]): Span[] {
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

export interface FactsContext {
  /** ISO date of the article the text comes from; resolves "last month", "Wednesday", "April 25". */
  published?: string;
}

function computeFacts(text: string, context: FactsContext): Facts {
  const tokens = tokenize(text);
  const units = annotate(tokens);
  const implied = units.flatMap((u) => (u.kind === 'entity' && !u.demonym ? (groupsByKey.get(u.term)?.implies ?? []) : []));
  const terms = [...new Set([...units.filter(content).map((u) => u.term), ...implied])].filter((t) => !/^\d/.test(t));
  const entities = new Map<string, string>();
  for (const u of units) if (u.kind === 'entity' && u.entityKind) entities.set(u.term, u.entityKind);
  const places = [...new Set(units.filter(isCountryRef).map((u) => (u.demonym ? (countryOf(u.term) ?? u.term) : u.term)))];
  const { quantities, durations } = readQuantities(tokens, units);
  const dates = readDates(normalise(text), context.published);
  const anchors = dates.filter((d) => d.from && d.to);
  const mentionsOperation = units.some((u) => u.term === 'operation') || durations.some((d) => d.about === 'operation');
  const display: Record<string, string> = {};
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
const cache = new Map<string, Facts>();

/**
 * Facts a claim or passage states: quantities, durations, dates, actors, places, effects, negations and
 * the event it is about. Results are cached per (text, publication date) in a bounded map.
 */
export function readFacts(text: string, context: FactsContext = {}): Facts {
  const key = `${context.published ?? ''}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const facts = computeFacts(text, context);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, facts);
  return facts;
}

export { readUnits };
