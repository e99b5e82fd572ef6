import { stem, tokenize, type EntityKind, type TermToken as Token } from '#text';
import { isStopword } from './stopwords.js';
import { concepts, groups, groupsByKey } from './variants.js';

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
      const tokens = tokenize(surface);
      add({ key: group.key, tokens: tokens.map((t) => t.lower), exact: exact.has(surface) ? tokens.map((t) => t.raw) : undefined, kind: 'entity', entityKind: group.kind, demonym: true });
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

/** Forms that may start at a token: those listed under its word and under its stem, longest first. */
function formsAt(index: Map<string, Form[]>, lower: string, stemmed: string): readonly Form[] {
  const byWord = index.get(lower);
  const byStem = index.get(stemmed);
  // Each list is already longest first; only two lists need the (stable) sort.
  if (!byStem || byStem === byWord) return byWord ?? [];
  if (!byWord) return byStem;
  return [...byWord, ...byStem].sort((a, b) => b.tokens.length - a.tokens.length);
}

/** `stemOf(i)` is stem(tokens[i].lower), computed once per token however many forms compare it. */
function matchAt(tokens: Token[], i: number, stemOf: (i: number) => string): Form | undefined {
  formIndex ??= buildIndex();
  for (const form of formsAt(formIndex, tokens[i].lower, stemOf(i))) {
    if (i + form.tokens.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < form.tokens.length && ok; k++) {
      const token = tokens[i + k];
      if (form.exact) ok = token.raw === form.exact[k];
      else if (form.kind === 'concept') ok = stemOf(i + k) === form.tokens[k] || token.lower === form.tokens[k];
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
  const stems: string[] = [];
  const stemOf = (i: number) => (stems[i] ??= stem(tokens[i].lower));
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (!isWordToken(token)) {
      units.push({ surface: token.raw, term: token.raw, kind: 'punct', stop: true, from: i, to: i + 1 });
      i++;
      continue;
    }
    const form = matchAt(tokens, i, stemOf);
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
      term: numeric ? token.raw.replace(/,/g, '') : stemOf(i),
      kind: numeric ? 'number' : 'word',
      stop: numeric || isStopword(token.lower) || token.raw.length < 2,
      from: i,
      to: i + 1,
    });
    i++;
  }
  return units;
}

function readUnits(text: string): Unit[] {
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
