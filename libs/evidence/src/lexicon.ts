import variantsData from '../lexicon/variants.json' with { type: 'json' };

export type EntityKind = 'group' | 'org' | 'outlet' | 'person' | 'country' | 'city' | 'region';

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

interface Concept {
  key: string;
  forms: string[];
}

export interface Token {
  raw: string;
  lower: string;
}

/** A token or a run of tokens read as one term (an entity, a concept, a word). */
export interface Unit {
  surface: string;
  term: string;
  kind: 'entity' | 'concept' | 'word' | 'number' | 'punct';
  entityKind?: EntityKind;
  /** "Belgian" → belgium: an affiliation, not a mention of the place itself. */
  demonym?: boolean;
  stop: boolean;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

const groups = (variantsData as { groups: VariantGroup[] }).groups;
const concepts = (variantsData as { concepts: Concept[] }).concepts;

export const groupsByKey: ReadonlyMap<string, VariantGroup> = new Map(groups.map((g) => [g.key, g]));

const STOPWORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with without within into onto over under about against between through during before after ' +
    'above below up down out off than then so such as that this these those there here which who whom whose what when where why how ' +
    'is are was were be been being am has have had having do does did doing will would shall should can could may might must ' +
    'it its itself they them their theirs he him his she her hers we us our ours you your i me my ' +
    'not no yes all any both each few more most other some own same too very just also only even still ' +
    'said say says saying told according statement noted continued added ' +
    "'s s t d ll re ve m now new while although though because if since until unless whether per via among including include includes like " +
    'one two three four five six seven eight nine ten first last next week weeks month months year years day days hour hours minute minutes today yesterday ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr so-called called latest major notably several various many multiple numerous'
  ).split(/\s+/),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** Typography that differs between outlets but carries no meaning. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u201e«»]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\b(co)-(?=ordinat|operat)/gi, '$1')
    .replace(/\bU\.S\.A\.?/g, 'USA')
    .replace(/\bU\.S\.(?=[\s,;:)"']|$)/g, 'US')
    .replace(/\bU\.K\.(?=[\s,;:)"']|$)/g, 'UK')
    .replace(/\bE\.U\.(?=[\s,;:)"']|$)/g, 'EU');
}

const TOKEN_RE = /\d+(?:[.,]\d+)*|\p{L}+(?:'\p{L}+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of normalise(text).matchAll(TOKEN_RE)) {
    const raw = match[0];
    const negation = /^(\p{L}+)n't$/iu.exec(raw);
    const clitic = /^(\p{L}+)'(s|re|ve|ll|d|m)$/iu.exec(raw);
    if (negation) {
      const base = negation[1].toLowerCase() === 'wo' ? 'will' : negation[1].toLowerCase() === 'ca' ? 'can' : negation[1];
      out.push({ raw: base, lower: base.toLowerCase() }, { raw: 'not', lower: 'not' });
    } else if (clitic) {
      out.push({ raw: clitic[1], lower: clitic[1].toLowerCase() }, { raw: `'${clitic[2]}`, lower: `'${clitic[2].toLowerCase()}` });
    } else {
      out.push({ raw, lower: raw.toLowerCase() });
    }
  }
  return out;
}

const SUFFIXES: Array<[string, string]> = [
  ['ifications', 'if'],
  ['ification', 'if'],
  ['izations', ''],
  ['isations', ''],
  ['ization', ''],
  ['isation', ''],
  ['ations', ''],
  ['ation', ''],
  ['ified', 'if'],
  ['ifies', 'if'],
  ['ify', 'if'],
  ['ings', ''],
  ['ing', ''],
  ['ised', ''],
  ['ized', ''],
  ['ises', ''],
  ['izes', ''],
  ['ise', ''],
  ['ize', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ed', ''],
  ['es', ''],
  ['ly', ''],
  ['s', ''],
  ['e', ''],
];

/** Light suffix stripping: enough to meet "identify"/"identification" and "seize"/"seized"/"seizing". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w === 'news') return w;
  for (const [suffix, replacement] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  // "stopped" → "stopp" → "stop"
  if (/([bdfgklmnprt])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}

interface Form {
  key: string;
  tokens: string[];
  exact?: string[];
  kind: 'entity' | 'concept';
  entityKind?: EntityKind;
  demonym?: boolean;
}

function buildIndex(): Map<string, Form[]> {
  const index = new Map<string, Form[]>();
  const add = (form: Form) => {
    const first = form.tokens[0];
    const list = index.get(first) ?? [];
    list.push(form);
    index.set(first, list);
  };
  for (const group of groups) {
    const exact = new Set(group.caseSensitive ?? []);
    for (const surface of group.forms) {
      const tokens = tokenize(surface);
      add({
        key: group.key,
        tokens: tokens.map((t) => t.lower),
        // Short acronyms ("US" from "U.S.") collide with words ("us") unless matched in capitals.
        exact: exact.has(surface) || (tokens.length === 1 && /^\p{Lu}{2,3}$/u.test(tokens[0].raw)) ? tokens.map((t) => t.raw) : undefined,
        kind: 'entity',
        entityKind: group.kind,
      });
    }
    for (const surface of group.demonyms ?? []) {
      add({ key: group.key, tokens: tokenize(surface).map((t) => t.lower), kind: 'entity', entityKind: group.kind, demonym: true });
    }
  }
  for (const concept of concepts) {
    for (const surface of concept.forms) {
      add({ key: concept.key, tokens: tokenize(surface).map((t) => stem(t.lower)), kind: 'concept' });
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

let formIndex: Map<string, Form[]> | undefined;

const isWordToken = (t: Token | undefined) => t !== undefined && /[\p{L}\d]/u.test(t.raw);
const isAllCapsWord = (t: Token | undefined) => t !== undefined && t.raw.length > 1 && /^\p{Lu}+$/u.test(t.raw);

/** "IS" is the group only in running text: in an all-caps headline ("THIS IS IT") it is the verb. */
function shoutedContext(tokens: Token[], from: number, to: number): boolean {
  let prev = from - 1;
  while (prev >= 0 && !isWordToken(tokens[prev])) prev--;
  let next = to;
  while (next < tokens.length && !isWordToken(tokens[next])) next++;
  return isAllCapsWord(tokens[prev]) || (prev < 0 && isAllCapsWord(tokens[next]));
}

function matchAt(tokens: Token[], i: number): Form | undefined {
  formIndex ??= buildIndex();
  const lower = tokens[i].lower;
  const candidates = [...(formIndex.get(lower) ?? []), ...(formIndex.get(stem(lower)) ?? [])];
  candidates.sort((a, b) => b.tokens.length - a.tokens.length);
  for (const form of candidates) {
    if (i + form.tokens.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < form.tokens.length && ok; k++) {
      const token = tokens[i + k];
      if (form.exact) ok = token.raw === form.exact[k];
      else if (form.kind === 'concept') ok = stem(token.lower) === form.tokens[k] || token.lower === form.tokens[k];
      else ok = token.lower === form.tokens[k];
    }
    if (!ok) continue;
    if (form.exact && shoutedContext(tokens, i, i + form.tokens.length)) continue;
    return form;
  }
  return undefined;
}

/** Reads tokens into units: variant forms become their group key, synonyms their concept key, other words their stem. */
export function annotate(tokens: Token[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (!isWordToken(token)) {
      units.push({ surface: token.raw, term: token.raw, kind: 'punct', stop: true, from: i, to: i + 1 });
      i++;
      continue;
    }
    const form = matchAt(tokens, i);
    if (form) {
      const to = i + form.tokens.length;
      units.push({
        surface: tokens
          .slice(i, to)
          .map((t) => t.raw)
          .join(' '),
        term: form.key,
        kind: form.kind,
        entityKind: form.entityKind,
        demonym: form.demonym,
        stop: false,
        from: i,
        to,
      });
      i = to;
      continue;
    }
    const numeric = /^\d/.test(token.raw);
    units.push({
      surface: token.raw,
      term: numeric ? token.raw.replace(/,/g, '') : stem(token.lower),
      kind: numeric ? 'number' : 'word',
      stop: numeric || isStopword(token.lower) || token.raw.length < 2,
      from: i,
      to: i + 1,
    });
    i++;
  }
  return units;
}

export function readUnits(text: string): Unit[] {
  return annotate(tokenize(text));
}

/** Normalised, variant-canonicalised content terms, in order of first appearance. */
export function canonicalTerms(text: string): string[] {
  const seen = new Set<string>();
  for (const unit of readUnits(text)) {
    if (unit.stop || unit.kind === 'punct' || unit.kind === 'number') continue;
    seen.add(unit.term);
  }
  return [...seen];
}

/** One content word of a text with every form it may take in another source (variant spellings, synonyms). */
export interface TermGroup {
  kind: 'entity' | 'concept' | 'word';
  forms: string[];
}

/** The content words of a text (no stop words, punctuation or numbers), each with its forms, in order of first appearance. */
export function termGroups(text: string): TermGroup[] {
  const seen = new Map<string, TermGroup>();
  const conceptForms = new Map(concepts.map((c) => [c.key, c.forms]));
  for (const unit of readUnits(text)) {
    if (unit.stop || unit.kind === 'punct' || unit.kind === 'number') continue;
    const forms =
      unit.kind === 'entity'
        ? [...(groupsByKey.get(unit.term)?.forms ?? []), ...(unit.demonym ? [unit.surface] : [])]
        : unit.kind === 'concept'
          ? [unit.surface.toLowerCase(), ...(conceptForms.get(unit.term) ?? [])]
          : [unit.surface.toLowerCase()];
    const key = `${unit.kind}:${forms.join('|')}`;
    if (forms.length > 0 && !seen.has(key)) seen.set(key, { kind: unit.kind, forms });
  }
  return [...seen.values()];
}

/** Every surface form worth putting in a full-text OR query: all variants of each group and synonym met. */
export function searchTerms(text: string): string[] {
  return [...new Set(termGroups(text).flatMap((g) => g.forms))];
}

/** Every spelling of the people, places and organisations (from the variant table) a text names. */
export function entityForms(text: string): string[] {
  return [...new Set(termGroups(text).filter((g) => g.kind === 'entity').flatMap((g) => g.forms))];
}

/** The country a place lies in, or the place itself for a country. */
export function countryOf(key: string): string | undefined {
  const group = groupsByKey.get(key);
  if (!group) return undefined;
  if (group.kind === 'country') return key;
  return group.within;
}

export const isPlaceKind = (kind: EntityKind | undefined) => kind === 'country' || kind === 'city' || kind === 'region';

/** Whether two places can both be true of one thing: equal, or one lies in the other. */
export function placesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = groupsByKey.get(a);
  const gb = groupsByKey.get(b);
  if (!ga || !gb) return true;
  if (ga.within === b || gb.within === a) return true;
  // Europe and North America contain their countries; the gazetteer does not list every member.
  if (ga.kind === 'region' && !ga.within) return gb.kind !== 'region' || !!gb.within;
  if (gb.kind === 'region' && !gb.within) return ga.kind !== 'region' || !!ga.within;
  return false;
}
