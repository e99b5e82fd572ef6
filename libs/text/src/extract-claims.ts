import { wordCount } from './lines.js';
import { analyse, getLexicon, type Analysis, type Token } from './nlp.js';
import { checkWorthiness, CLAIM_CUES, contextOf, cueName, CUES, featureWeight, unitFeatures, type CheckworthyFeatures, type UnitEvidence } from './checkworthiness.js';
import { splitSentences } from './split-sentences.js';
import type { ClaimKind, CleanResult, ExtractedClaim, SentenceSpan } from './types.js';

/**
 * Primary-kind order. A quote is the most specific thing to check (exact words, named speaker);
 * a quantity is the most falsifiable fact; dates come next; a bare attribution or a sentence that
 * only names entities is the weakest.
 */
export const CLAIM_KIND_PRIORITY: readonly ClaimKind[] = ['quote', 'quantity', 'date', 'attribution', 'entity'];

/**
 * Units scoring below this are not claims (an editor can still claim any span). See the README
 * (Claims) for what passes: a figure alone does, and so does a full sentence with a date, a named
 * person or a record of what someone did; an opinion, a promise or small talk does not.
 */
export const CLAIM_SCORE_THRESHOLD = 0.11;
/** Shorter units are fragments, not claims. */
export const CLAIM_MIN_WORDS = 5;

const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states',
  'explained', 'warned', 'announced', 'reported', 'claimed', 'claims', 'insisted', 'stressed', 'continued',
  'wrote', 'writes', 'argued', 'acknowledged', 'confirmed', 'denied', 'estimated',
]);
/** Role words stripped from the front of a name ("Commissioner Dimitris Avramopoulos"); they also mark the next name as a person. */
const TITLE_WORDS = new Set([
  'commissioner', 'director', 'executive', 'president', 'minister', 'prime', 'secretary', 'chief', 'head', 'spokesman',
  'spokeswoman', 'spokesperson', 'prosecutor', 'judge', 'general', 'officer', 'writer', 'reporter', 'correspondent',
  'specialist', 'analyst', 'expert', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'chancellor', 'mayor', 'governor',
  'senator', 'inspector', 'superintendent', 'commander', 'colonel', 'captain', 'sergeant',
]);
const ORG_WORDS = new Set(['unit', 'agency', 'ministry', 'office', 'police', 'guard', 'union', 'centre', 'center', 'court', 'parliament', 'council', 'commission', 'department']);
const NAME_ALIASES: Record<string, 'place' | 'organisation'> = {
  US: 'place', 'U.S.': 'place', Britain: 'place', USA: 'place', 'U.S.A.': 'place', UK: 'place', 'U.K.': 'place',
  EU: 'organisation', UN: 'organisation', 'U.N.': 'organisation', NATO: 'organisation',
};
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;
const CONNECTORS = new Set(['of', 'for', 'de', 'the', 'du', 'la']);
const QUALIFIERS = /(?:more than|less than|fewer than|at least|at most|up to|nearly|almost|about|around|over|some|roughly|approximately)\s+$/i;
const YEAR = /\b(?:1[89]|20)\d\d\b/;
const NUMBER_WORD = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;
const DEICTIC_DATES = /^(?:today|tonight|yesterday|tomorrow|now|currently)$/i;
const PERCENT = /%|\bper ?cent\b/i;
const MONEY = /[$€£¥]|\b(?:dollars?|euros?|pounds|cents?)\b/i;
const LARGE = /\b(?:million|billion|trillion|bn|mn|tn)\b/i;
/** Context that marks an otherwise unknown name as an organisation ("Europol headquarters", "head of Europol"). */
const ORG_CUES: readonly RegExp[] = [
  /\b(?:[Hh]ead(?:quarters)?|[Dd]irector|[Cc]hief|[Ss]pokes(?:man|woman|person)|[Ee]xperts?|[Oo]fficials?|[Mm]embers?) (?:of|for|at) (?:the )?(\p{Lu}[\p{L}-]+)/gu,
  /\b(\p{Lu}[\p{L}-]+)(?:['’]s)? (?:headquarters|spokes(?:man|woman|person)|officials)\b/gu,
];

/** 'name' when neither the lexicon nor the article's own context says what the name is. */
type EntityKind = 'person' | 'organisation' | 'place' | 'name';

interface NameRun {
  first: number;
  last: number;
  name: string;
  kind: EntityKind;
}

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

class ClaimContext {
  readonly analysis: Analysis;
  private readonly lexicon = getLexicon();
  private readonly orgCues = new Set<string>();
  private readonly sentenceStarts = new Set<number>();
  private readonly inDate = new Set<number>();
  /** Words the article itself writes in lower case: "Internet" or "Authorities" are then not names. */
  private readonly commonWords = new Set<string>();

  constructor(
    readonly text: string,
    readonly sentences: SentenceSpan[] = splitSentences(text),
  ) {
    this.analysis = analyse(text);
    for (const cue of ORG_CUES) for (const match of text.matchAll(cue)) this.orgCues.add(match[1].toLowerCase());
    for (const span of sentences) this.sentenceStarts.add(span.start);
    for (const entity of this.analysis.entities) {
      if (entity.type === 'DATE' || entity.type === 'TIME') for (let i = entity.firstToken; i <= entity.lastToken; i++) this.inDate.add(i);
    }
    for (const token of this.analysis.tokens) if (/^\p{Ll}+$/u.test(token.value)) this.commonWords.add(token.value);
  }

  tokensIn(start: number, end: number): number[] {
    const tokens = this.analysis.tokens;
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tokens[mid].start < start) low = mid + 1;
      else high = mid;
    }
    const indexes: number[] = [];
    for (let i = low; i < tokens.length && tokens[i].end <= end; i++) indexes.push(i);
    return indexes;
  }

  isDate(index: number): boolean {
    return this.inDate.has(index);
  }

  /** Adjacent tokens with nothing between them ("al", "-", "Qaida"). */
  private touching(a: number, b: number): boolean {
    const tokens = this.analysis.tokens;
    return tokens[a] !== undefined && tokens[b] !== undefined && tokens[a].end === tokens[b].start;
  }

  opensSentence(index: number): boolean {
    const token = this.analysis.tokens[index];
    const previous = this.analysis.tokens[index - 1];
    if (this.sentenceStarts.has(token.start)) return true;
    if (!previous || !this.touching(index - 1, index)) return false;
    if (/^[“‘([]$/.test(previous.value)) return true;
    return previous.value === '"' && (previous.start === 0 || /[\s:]/.test(this.text[previous.start - 1]));
  }

  private isCommonWord(value: string): boolean {
    if (!/^\p{Lu}\p{Ll}+$/u.test(value)) return false;
    const lower = value.toLowerCase();
    if (this.commonWords.has(lower)) return true;
    const tags = [...this.lexicon.tags(lower), ...this.lexicon.tags(lower.replace(/(?:ies)$/, 'y').replace(/(?<!s)s$/, ''))];
    return tags.length > 0 && !tags.some((t) => /Name|Country|City|Region|Place|Organization|ProperNoun/.test(t));
  }

  private isNameToken(index: number): boolean {
    const token = this.analysis.tokens[index];
    const value = token.value;
    if (this.inDate.has(index) || CALENDAR.test(value) || value === 'I') return false;
    if (!/^\p{Lu}/u.test(value)) return false;
    if (/-\p{Ll}+$/u.test(value)) return false; // "IS-branded", "State-linked"
    if (!this.opensSentence(index)) return true;
    // Sentence-initial capitals are names only when wink says so and the word is not a common one.
    return token.pos === 'PROPN' && !this.isCommonWord(value);
  }

  /** Runs of capitalised tokens ("European Counter Terrorism Centre", "Belgian Federal Prosecutor’s Office", "al-Qaida"). */
  nameRuns(indexes: number[]): NameRun[] {
    const runs: NameRun[] = [];
    const tokens = this.analysis.tokens;
    const inUnit = new Set(indexes);
    for (let k = 0; k < indexes.length; k++) {
      let first = indexes[k];
      if (!this.isNameToken(first)) continue;
      if (tokens[first - 1]?.value === '-' && /^(?:al|el)$/i.test(tokens[first - 2]?.value ?? '') && this.touching(first - 2, first - 1) && this.touching(first - 1, first) && inUnit.has(first - 2)) first -= 2;
      let last = first;
      for (;;) {
        const next = last + 1;
        if (!inUnit.has(next) || this.text.slice(tokens[last].end, tokens[next].start).includes('\n')) break;
        if (this.isNameToken(next)) {
          last = next;
          continue;
        }
        if (tokens[next].value === '-' && this.touching(last, next) && this.touching(next, next + 1) && inUnit.has(next + 1) && this.isNameToken(next + 1)) {
          last = next + 1;
          continue;
        }
        // Broadcasters and brands with a number: "FRANCE 24".
        if (tokens[next].pos === 'NUM' && /^\p{Lu}{2,}$/u.test(tokens[last].value) && /^\d+$/.test(tokens[next].value)) {
          last = next;
          break;
        }
        // "Office of the Prosecutor", "Belgian Federal Prosecutor’s Office"
        let after = next;
        while (after < next + 2 && inUnit.has(after) && CONNECTORS.has(tokens[after].value)) after++;
        if (after === next && /^['’]s$/.test(tokens[next].value) && inUnit.has(next + 1) && this.isOrgWord(tokens[next + 1].value)) after = next + 1;
        if (after > next && inUnit.has(after) && this.isNameToken(after)) {
          last = after;
          continue;
        }
        break;
      }
      const run = this.classify(first, last);
      if (run) runs.push(run);
      while (k + 1 < indexes.length && indexes[k + 1] <= last) k++;
    }
    return runs;
  }

  isPastTense(word: string): boolean {
    return this.lexicon.tags(word).includes('PastTense');
  }

  isOrgWord(word: string): boolean {
    return ORG_WORDS.has(word.toLowerCase()) || this.lexicon.isOrgWord(word);
  }

  private classify(first: number, last: number): NameRun | undefined {
    const tokens = this.analysis.tokens;
    const isTitle = (word: string) => TITLE_WORDS.has(word.toLowerCase()) || this.lexicon.tags(word.toLowerCase()).includes('Actor');
    let titled = isTitle(tokens[first - 1]?.value ?? '');
    let start = first;
    while (start <= last) {
      if (isTitle(tokens[start].value)) titled = true;
      else if (!CONNECTORS.has(tokens[start].value)) break; // lower-case only: "The Hague" keeps its article
      start++;
    }
    if (start > last) return undefined;
    const words = tokens.slice(start, last + 1).map((t) => t.value).filter((w) => !/^(?:['’]s|-)$/.test(w));
    const name = this.text.slice(tokens[start].start, tokens[last].end);
    const tagsOf = (w: string) => this.lexicon.tags(w);
    if (words.length === 1) {
      if (tagsOf(words[0]).includes('Demonym') || this.isCommonWord(words[0])) return undefined; // "Belgian", "Internet"
      // "Cyber specialists": a sentence-initial capital modifying a common noun is not a name.
      const following = tokens[last + 1];
      const modifier = following !== undefined && /^(?:NOUN|ADJ)$/.test(following.pos) && /^\p{Ll}/u.test(following.value);
      if (this.opensSentence(first) && modifier && tagsOf(words[0]).length === 0) return undefined;
    }

    const isPlace = (tags: string[]) => tags.some((t) => /Country|City|Region|Place/.test(t));
    const isFirstName = (tags: string[]) => tags.some((t) => /FirstName|MaleName|FemaleName/.test(t));
    const nameShaped = words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:van|von|de|der|al|el)$/.test(w));
    let kind: EntityKind = 'name';
    if (NAME_ALIASES[name]) kind = NAME_ALIASES[name];
    else if (isPlace(tagsOf(name))) kind = 'place';
    else if (tagsOf(name).some((t) => /Organization|SportsTeam/.test(t))) kind = 'organisation';
    else if (words.length >= 2 && (isFirstName(tagsOf(words[0])) || tagsOf(words.at(-1)!).includes('LastName') || (titled && nameShaped))) kind = 'person';
    else if (words.some((w) => this.isOrgWord(w)) || /^\p{Lu}{2,6}(?:\s\p{Lu}{2,6})*$/u.test(name)) kind = 'organisation';
    else if ((this.lexicon.isPlaceWord(words.at(-1)!) && !/^states?$/i.test(words.at(-1)!)) || (words.length === 1 && isPlace(tagsOf(words[0])))) kind = 'place';
    else if (this.orgCues.has(name.toLowerCase())) kind = 'organisation';
    return { first: start, last, name, kind };
  }
}

const joinPhrase = (words: string[]) => words.join(' ').replace(/ (['’]s)\b/g, '$1');

/**
 * The speaker of a speech verb. After a quote ("…,” said X) the speaker follows the verb;
 * otherwise it is the name, pronoun or noun phrase before it, looking past an appositive
 * ("The head of Europol, Rob Wainwright, said") or a relative clause ("JihadScope, which …, reported").
 */
function speakerOf(ctx: ClaimContext, indexes: number[], verbAt: number, runs: NameRun[]): string | undefined {
  const tokens = ctx.analysis.tokens;
  const inUnit = new Set(indexes);
  const leadRun = runs.find((r) => r.first === indexes[0]);
  // wink tags some first names as verbs ("Rob"), so only a lower-case verb starts a new clause.
  const isClauseBreak = (t: Token) => /^[.;:!?“”"]$/.test(t.value) || t.value === 'that' || (/^(?:VERB|AUX)$/.test(t.pos) && /^\p{Ll}/u.test(t.value));

  const afterVerb = () => {
    let end = verbAt + 1;
    while (inUnit.has(end) && end <= verbAt + 10 && !isClauseBreak(tokens[end])) end++;
    const window = runs.filter((r) => r.first > verbAt && r.last < end);
    const pick = window.find((r) => r.kind === 'person') ?? window.find((r) => r.first <= verbAt + 4);
    if (pick) {
      // "…,” noted Wassim Nasr": an unknown two-to-four word name quoted as a speaker is a person.
      const size = wordCount(pick.name);
      if (pick.kind === 'name' && size >= 2 && size <= 4) pick.kind = 'person';
      return pick.name;
    }
    const phrase: string[] = [];
    for (let i = verbAt + 1; i < end && /^(?:DET|ADJ|NOUN|PROPN|PART)$/.test(tokens[i].pos) && phrase.length < 6; i++) phrase.push(tokens[i].value);
    return phrase.length >= 2 ? joinPhrase(phrase) : undefined;
  };

  const beforeVerb = () => {
    const at = verbAt - 1;
    if (!inUnit.has(at)) return undefined;
    const run = runs.find((r) => r.last === at) ?? (tokens[at].value === ',' ? runs.find((r) => r.last === at - 1) : undefined);
    if (run) return run.name;
    if (tokens[at].value === ',') return leadRun && tokens[leadRun.last + 1]?.value === ',' ? leadRun.name : undefined;
    if (tokens[at].pos === 'PRON') return tokens[at].value;
    const phrase: string[] = [];
    for (let i = at; inUnit.has(i) && /^(?:DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(tokens[i].pos) && phrase.length < 6; i--) {
      if (ctx.isDate(i)) return undefined; // "the operation Wednesday and Thursday said": the subject is further back
      phrase.unshift(tokens[i].value);
    }
    return phrase.length >= 1 && /^(?:DET|PROPN)$/.test(tokens[at - phrase.length + 1].pos) ? joinPhrase(phrase) : undefined;
  };

  const verb = tokens[verbAt].value.toLowerCase();
  // "Europol praised Telegram, saying …": the participle's speaker is the sentence's subject.
  if (verb === 'saying') return leadRun?.name;
  const previous = tokens[verbAt - 1]?.value ?? '';
  const inverted = /^[”"’]$/.test(previous) || (previous === ',' && /^[”"’]$/.test(tokens[verbAt - 2]?.value ?? ''));
  return inverted ? afterVerb() ?? beforeVerb() : beforeVerb() ?? afterVerb();
}

function quotedPassages(text: string): string[] {
  const passages: string[] = [];
  for (const match of text.matchAll(/“([^”]+)”?|"([^"]+)"/g)) {
    const inner = (match[1] ?? match[2]).trim();
    if (wordCount(inner) >= 4) passages.push(inner);
  }
  return passages;
}

/** Sentences joined while a quotation stays open, so a multi-sentence quote is one claim with its speaker. */
function claimUnits(text: string, sentences: SentenceSpan[]): SentenceSpan[] {
  const units: SentenceSpan[] = [];
  let open: SentenceSpan | undefined;
  let sentencesInOpen = 0;
  const isOpen = (s: string) => (s.match(/“/g)?.length ?? 0) > (s.match(/”/g)?.length ?? 0) || (s.match(/"/g)?.length ?? 0) % 2 === 1;
  for (const sentence of sentences) {
    if (open && !text.slice(open.end, sentence.start).includes('\n') && sentencesInOpen < 6) {
      open = { start: open.start, end: sentence.end, text: text.slice(open.start, sentence.end) };
      sentencesInOpen++;
    } else {
      if (open) units.push(open);
      open = sentence;
      sentencesInOpen = 1;
    }
    if (!isOpen(open.text)) {
      units.push(open);
      open = undefined;
    }
  }
  if (open) units.push(open);
  return units;
}

function numberSignal(ctx: ClaimContext, start: number, value: string): string {
  const qualifier = QUALIFIERS.exec(ctx.text.slice(Math.max(0, start - 30), start));
  return `number: ${qualifier && !QUALIFIERS.test(value + ' ') ? qualifier[0] : ''}${value}`;
}

export interface ClaimDescription {
  /** 'statement' when the text carries no check-worthy signal (only possible via describeClaim). */
  kind: ClaimKind | 'statement';
  kinds: ClaimKind[];
  score: number;
  signals: string[];
}

interface UnitDescription {
  kind: ClaimKind | 'statement';
  kinds: ClaimKind[];
  signals: string[];
  /** Has a kind, or a cue that makes a sentence a claim by itself (CLAIM_CUES). */
  checkable: boolean;
  evidence: UnitEvidence;
  /** Last words of the person and unknown names in it, lower case, for `participant`. */
  names: string[];
}

/** Signals and kinds of one span, and what its check-worthiness features are computed from. */
function describeUnit(ctx: ClaimContext, unit: { start: number; end: number; text: string }): UnitDescription {
  const tokens = ctx.analysis.tokens;
  const indexes = ctx.tokensIn(unit.start, unit.end);
  const runs = ctx.nameRuns(indexes);
  const signals: Record<ClaimKind, string[]> = { quote: [], quantity: [], date: [], attribution: [], entity: [] };
  const add = (kind: ClaimKind, signal: string) => {
    if (!signals[kind].includes(signal)) signals[kind].push(signal);
  };

  const entities = ctx.analysis.entities.filter((e) => e.start >= unit.start && e.end <= unit.end);
  const dated = entities.filter((e) => e.type === 'DATE' || e.type === 'TIME' || (e.type === 'DURATION' && YEAR.test(e.value)));
  const quantityTypes: string[] = [];
  const numbered = new Set<number>();
  for (const run of runs) for (let i = run.first; i <= run.last; i++) numbered.add(i); // "FRANCE 24" is a name
  for (const entity of entities) {
    const isDate = entity.type === 'DATE' || entity.type === 'TIME' || (entity.type === 'DURATION' && YEAR.test(entity.value)); // "since 2015"
    const isQuantity = /^(?:CARDINAL|MONEY|PERCENT)$/.test(entity.type) || (entity.type === 'DURATION' && NUMBER_WORD.test(entity.value)); // "two hours"
    if (isDate) {
      if (!DEICTIC_DATES.test(entity.value)) add('date', `date: ${entity.value}`);
    } else if (isQuantity) {
      if (/^one$/i.test(entity.value) || numbered.has(entity.firstToken)) continue;
      // wink stops "$3bn" at "$3".
      const suffix = tokens[entity.lastToken + 1];
      const end = suffix && suffix.start === entity.end && /^(?:bn|mn|m|k|tn)$/i.test(suffix.value) ? suffix.end : entity.end;
      const value = ctx.text.slice(entity.start, end);
      add('quantity', numberSignal(ctx, entity.start, value));
      quantityTypes.push(entity.type === 'PERCENT' || PERCENT.test(ctx.text.slice(entity.start, end + 9)) ? 'percent' : entity.type === 'MONEY' || MONEY.test(value) ? 'money' : LARGE.test(value) ? 'money' : 'count');
      for (let i = entity.firstToken; i <= entity.lastToken + (end > entity.end ? 1 : 0); i++) numbered.add(i);
    }
  }
  for (const i of indexes) {
    const t: Token = tokens[i];
    // Figures wink left untyped; a bare year is a date, not a quantity.
    const inDate = dated.some((d) => t.start >= d.start && t.end <= d.end);
    if (t.pos === 'NUM' && /\d/.test(t.value) && !numbered.has(i) && !inDate && !/^(?:19|20)\d\d$/.test(t.value)) {
      add('quantity', numberSignal(ctx, t.start, t.value));
      quantityTypes.push(PERCENT.test(ctx.text.slice(t.start, t.end + 9)) ? 'percent' : 'count');
    }
  }

  for (const i of indexes) {
    const word = tokens[i].value.toLowerCase();
    // wink reads "Europol claims a…" as a noun; a lower-case -s form right after a name is the verb.
    const asVerb = tokens[i].pos === 'VERB' || (tokens[i - 1]?.pos === 'PROPN' && /s$/.test(word));
    const speech =
      (SPEECH_VERBS.has(word) && tokens[i].value === word && asVerb && tokens[i + 1]?.value !== 'to') ||
      (word === 'read' && /^[”"]$/.test(tokens[i - 1]?.value ?? ''));
    if (speech) {
      const speaker = speakerOf(ctx, indexes, i, runs);
      if (speaker) add('attribution', `attributed to: ${speaker}`);
    } else if (word === 'according' && tokens[i + 1]?.value.toLowerCase() === 'to') {
      const run = runs.find((r) => r.first > i + 1 && r.first <= i + 4);
      if (run) add('attribution', `attributed to: ${run.name}`);
    }
  }
  if (signals.attribution.length > 0) for (const passage of quotedPassages(unit.text)) add('quote', `quote: “${clip(passage)}”`);
  for (const run of runs) add('entity', `${run.kind}: ${run.name}`);

  const kinds = CLAIM_KIND_PRIORITY.filter((k) => signals[k].length > 0);
  const cues = cueSignals(unit.text);
  const checkable = kinds.length > 0 || cues.some((c) => CLAIM_CUES.has(cueName(c)));
  const names = runs.filter((r) => r.kind === 'person' || r.kind === 'name').map((r) => lastWord(r.name));
  const evidence: UnitEvidence = {
    text: unit.text,
    signals,
    quantityTypes,
    cues,
    tokens: indexes.map((i) => tokens[i]),
    isPastTense: (word) => ctx.isPastTense(word),
    participant: false,
  };
  return { kind: kinds[0] ?? 'statement', kinds, checkable, evidence, names, signals: checkable ? [...kinds.flatMap((k) => signals[k]), ...cues] : [] };
}

const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1).replace(/['’]s$/, '').toLowerCase();

/** The cue words found, as signals an editor can read ("record: voted"). */
function cueSignals(text: string): string[] {
  const cues: string[] = [];
  for (const [name, pattern] of CUES) {
    const match = pattern.exec(text);
    if (match) cues.push(`${name}: ${match[0].toLowerCase()}`);
  }
  return cues;
}

/** A name mentioned in at least this many units is one the article keeps coming back to (`participant`). */
export const PARTICIPANT_MENTIONS = 3;

/** Every unit of a cleaned text with what scoring needs: eligibility, features and feature weight before context. */
export interface ScoredUnit {
  unit: SentenceSpan;
  /** Could be a claim: outside segments, not a question, at least CLAIM_MIN_WORDS words, with a check-worthy signal. */
  eligible: boolean;
  described?: UnitDescription;
  features?: CheckworthyFeatures;
  weight: number;
}

/** The units of a text, described and weighted; shared by extractClaims and the weight fitting (fit-checkworthy). */
export function scoreUnits(clean: CleanResult): ScoredUnit[] {
  const text = clean.text;
  if (text.trim() === '') return [];
  const ctx = new ClaimContext(text);
  const units = claimUnits(text, ctx.sentences).map((unit) => {
    const inSegment = clean.segments.some((s) => s.start < unit.end && unit.start < s.end);
    const described = inSegment ? undefined : describeUnit(ctx, unit);
    const eligible = !!described?.checkable && !/\?["”’)]*$/.test(unit.text) && wordCount(unit.text) >= CLAIM_MIN_WORDS;
    return { unit, eligible, described };
  });
  const mentions = new Map<string, number>();
  for (const { described } of units) for (const name of new Set(described?.names)) mentions.set(name, (mentions.get(name) ?? 0) + 1);
  // Questions and fragments are never claims but still set the context ("You said 40 % …?").
  return units.map(({ unit, eligible, described }) => {
    if (!described) return { unit, eligible, weight: 0 };
    const participant = described.names.some((n) => (mentions.get(n) ?? 0) >= PARTICIPANT_MENTIONS);
    const features = unitFeatures({ ...described.evidence, participant });
    return { unit, eligible, described, features, weight: described.checkable ? featureWeight(features) : 0 };
  });
}

/**
 * Check-worthy claims in cleaned text: sentences (or multi-sentence quotes) carrying numbers,
 * dates, attributed quotes, attributions or named entities, sorted by start.
 * Never claims: text in any segment (headlines restate body claims without their context and
 * would double-count them; captions, bylines and off-topic blocks are not the article's claims),
 * questions, fragments under CLAIM_MIN_WORDS words, and units scoring under CLAIM_SCORE_THRESHOLD.
 * Score: checkWorthiness (see checkworthiness.ts).
 */
export function extractClaims(clean: CleanResult): ExtractedClaim[] {
  const units = scoreUnits(clean);
  const weights = units.map((u) => u.weight);
  const claims: ExtractedClaim[] = [];
  units.forEach(({ unit, eligible, described }, i) => {
    if (!eligible || !described) return;
    const score = checkWorthiness(weights[i], contextOf(weights, i));
    if (score < CLAIM_SCORE_THRESHOLD) return;
    claims.push({ start: unit.start, end: unit.end, text: unit.text, kind: described.kind, kinds: described.kinds, score, signals: described.signals });
  });
  return claims;
}

/** Describes an editor-chosen span as extractClaims would, without filtering it out. */
export function describeClaim(text: string): ClaimDescription {
  if (text.trim() === '') return { kind: 'statement', kinds: [], score: 0, signals: [] };
  const described = describeUnit(new ClaimContext(text), { start: 0, end: text.length, text });
  const score = described.checkable ? checkWorthiness(featureWeight(unitFeatures(described.evidence))) : 0;
  return { kind: described.kind, kinds: described.kinds, score, signals: described.signals };
}
