import type { Token } from './nlp.js';
import type { EntityKind } from './entity-kind.js';
import { getLexicon } from './word-knowledge.js';
import { wordTable } from './word-table.js';

/** What claim extraction can tell a name is: 'name' when neither WordNet nor the article's own context says. */
type NameKind = Extract<EntityKind, 'person' | 'organisation' | 'place' | 'name'>;

export interface NameRun {
  first: number;
  last: number;
  name: string;
  kind: NameKind;
}

/** Role words stripped from the front of a name ("Commissioner Dimitris Avramopoulos"); they also mark the next name as a person. */
const TITLE_WORDS = new Set([
  'commissioner', 'director', 'executive', 'president', 'minister', 'prime', 'secretary', 'chief', 'head', 'spokesman',
  'spokeswoman', 'spokesperson', 'prosecutor', 'judge', 'general', 'officer', 'writer', 'reporter', 'correspondent',
  'specialist', 'analyst', 'expert', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'chancellor', 'mayor', 'governor',
  'senator', 'inspector', 'superintendent', 'commander', 'colonel', 'captain', 'sergeant',
]);
const ORG_WORDS = new Set(['unit', 'agency', 'ministry', 'office', 'police', 'guard', 'union', 'centre', 'center', 'court', 'parliament', 'council', 'commission', 'department']);
const NAME_ALIASES = wordTable<'place' | 'organisation'>({
  US: 'place', 'U.S.': 'place', Britain: 'place', USA: 'place', 'U.S.A.': 'place', UK: 'place', 'U.K.': 'place',
  EU: 'organisation', UN: 'organisation', 'U.N.': 'organisation', NATO: 'organisation',
});
/** Lower-case words that may sit inside a name ("Office of the Prosecutor"). */
export const CONNECTORS = new Set(['of', 'for', 'de', 'the', 'du', 'la']);

/** Particles of surnames ("Van Der Sypt", "al-Baghdadi"): never organisation words, whatever WordNet says of "van". */
const NAME_PARTICLE = /^(?:van|von|de|der|al|el)$/i;

export const isOrgWord = (word: string) => ORG_WORDS.has(word.toLowerCase()) || (!NAME_PARTICLE.test(word) && getLexicon().isOrgWord(word));
const isTitle = (word: string) => TITLE_WORDS.has(word.toLowerCase()) || getLexicon().isRole(word);

/** What naming needs to know of the article around a run of capitalised tokens. */
export interface NamingContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  opensSentence(index: number): boolean;
  isCommonWord(value: string): boolean;
  /** The article's own context marks the name as an organisation ("head of Europol"). */
  hasOrgCue(name: string): boolean;
}

/** The first token of the name proper and whether a role word came before it. */
function stripTitles(ctx: NamingContext, first: number, last: number): { start: number; titled: boolean } {
  let titled = isTitle(ctx.tokens[first - 1]?.value ?? '');
  let start = first;
  while (start <= last) {
    if (isTitle(ctx.tokens[start].value)) titled = true;
    else if (!CONNECTORS.has(ctx.tokens[start].value)) break; // lower-case only: "The Hague" keeps its article
    start++;
  }
  return { start, titled };
}

/** A one-word run that is no name: a demonym ("Belgian"), a common word ("Internet"), or a modifier ("Cyber specialists"). */
function isNoName(ctx: NamingContext, word: string, first: number, last: number): boolean {
  const lexicon = getLexicon();
  if (lexicon.isDemonym(word) || ctx.isCommonWord(word)) return true;
  // "Cyber specialists": a sentence-initial capital modifying a common noun is not a name.
  const following = ctx.tokens[last + 1];
  const modifier = following !== undefined && /^(?:NOUN|ADJ)$/.test(following.pos) && /^\p{Ll}/u.test(following.value);
  return ctx.opensSentence(first) && modifier && !lexicon.isKnown(word);
}

function kindOf(ctx: NamingContext, name: string, words: string[], titled: boolean): NameKind {
  const lexicon = getLexicon();
  const lastWord = words.at(-1)!;
  const nameShaped = words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:van|von|de|der|al|el)$/.test(w)); // lower-case particles only
  if (NAME_ALIASES[name]) return NAME_ALIASES[name];
  if (lexicon.isPlaceName(name)) return 'place';
  if (lexicon.isOrganisationName(name)) return 'organisation';
  if (words.length >= 2 && lexicon.isNameOfThing(name)) return 'name'; // "Bill of Rights" is no Bill
  // An organisation word wins over a surname: "Washington Post", "University of Houston".
  if (words.some(isOrgWord)) return 'organisation';
  // A title-case word WordNet does not know, leading a short name, is a given name ("Bernie Sanders", "Wassim Nasr").
  const unknownGivenName = words.length <= 3 && nameShaped && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && !lexicon.isKnown(words[0]) && !lexicon.isCommonWord(words[0]) && !lexicon.isPlaceWord(lastWord);
  if (words.length >= 2 && (lexicon.isFirstName(words[0]) || lexicon.isLastName(lastWord) || unknownGivenName || (titled && nameShaped))) return 'person';
  if (/^\p{Lu}{2,6}(?:\s\p{Lu}{2,6})*$/u.test(name)) return 'organisation';
  if ((lexicon.isPlaceWord(lastWord) && !/^states?$/i.test(lastWord)) || (words.length === 1 && lexicon.isPlaceName(words[0]))) return 'place';
  if (ctx.hasOrgCue(name)) return 'organisation';
  return 'name';
}

/** The run's name (titles stripped) and what it names, or undefined when it is no name. */
export function classifyName(ctx: NamingContext, first: number, last: number): NameRun | undefined {
  const { start, titled } = stripTitles(ctx, first, last);
  if (start > last) return undefined;
  const tokens = ctx.tokens;
  const words = tokens.slice(start, last + 1).map((t) => t.value).filter((w) => !/^(?:['’]s|-)$/.test(w));
  const name = ctx.text.slice(tokens[start].start, tokens[last].end);
  if (words.length === 1 && isNoName(ctx, words[0], first, last)) return undefined;
  return { first: start, last, name, kind: kindOf(ctx, name, words, titled) };
}
