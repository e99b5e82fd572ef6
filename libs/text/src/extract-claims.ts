import { wordCount } from './lines.js';
import { analyse, getLexicon, type Analysis, type Token } from './nlp.js';
import { splitSentences } from './split-sentences.js';
import type { ClaimKind, CleanResult, ExtractedClaim, SentenceSpan } from './types.js';

/**
 * Primary-kind order. A quote is the most specific thing to check (exact words, named speaker);
 * a quantity is the most falsifiable fact; dates come next; a bare attribution or a sentence that
 * only names entities is the weakest.
 */
export const CLAIM_KIND_PRIORITY: readonly ClaimKind[] = ['quote', 'quantity', 'date', 'attribution', 'entity'];

/**
 * Check-worthiness: how likely a fact-checker is to check a sentence, as a log-odds sum of the
 * signals in it (CHECKWORTHY_WEIGHTS) on top of CHECKWORTHY_BIAS, plus CONTEXT_WEIGHT × the mean
 * positive signal of the CONTEXT_WINDOW units either side (checkers check passages: a claim amid
 * figures is likelier checked than the same sentence amid small talk), squashed to 0..1.
 * Weights follow what journalists checked in political debates and speeches (CLEF-2019
 * CheckThat! Task 1, the 19 training transcripts; `npm run eval:checkworthy`): figures first
 * (percentages and money above counts), subjects with official figures, comparisons and records
 * of what someone did; opinions, promises, first-person talk, prescriptions and fragments count against.
 */
export const CHECKWORTHY_BIAS = -2.5;
export const CHECKWORTHY_WEIGHTS = {
  /** The sentence has a figure; percent and money add to it. */
  figure: 0.75,
  percent: 0.7,
  money: 0.75,
  /** Each further figure (at most two more). */
  moreFigures: 0.1,
  /** A date or year. */
  date: 0.35,
  /** Someone is said to have said it. */
  attribution: 0.35,
  /** Exact words quoted from a named speaker. */
  quote: 0.1,
  /** Each distinct person, place or organisation named (at most MAX_ENTITY_SIGNALS)… */
  entity: 0.12,
  /** …and once more when one of them is a person. */
  person: 0.2,
  /** more/less than, increased, doubled, fell … */
  comparison: 0.4,
  /** An amount in words: thousands, millions, half, twice … */
  amount: 0.5,
  /** the highest, the first, never, ever, record … */
  superlative: 0.45,
  /** What someone on the record did: voted, signed, supported, cut, raised … */
  record: 0.5,
  /** A subject with official figures: jobs, taxes, debt, crime, wages, deaths … */
  measure: 0.75,
  /** A group of people counted in statistics: workers, women, veterans, refugees … */
  group: 0.3,
  /** Says what is or was (is, are, was, had, did …) rather than a fragment. */
  assertion: 0.25,
  /** About someone else (he, she, they …). */
  thirdPerson: 0.2,
  /** I think / I believe / in my opinion. */
  opinion: -0.45,
  /** may / might / could. */
  hedge: -0.5,
  /** will / going to: a promise cannot be checked yet. */
  future: -0.45,
  /** I, we, my, our: speakers talking about themselves. */
  firstPerson: -0.45,
  /** should / must / need to / let's. */
  prescription: -0.6,
  /** Thank you, applause, good evening. */
  courtesy: -2,
  /** Under 10 words without a figure: small talk ("That's wrong."), where a short figure is a headline fact (units under CLAIM_MIN_WORDS are never claims). */
  short: -0.5,
} as const;
export const MAX_ENTITY_SIGNALS = 3;
export const CONTEXT_WEIGHT = 1.5;
export const CONTEXT_WINDOW = 5;
/**
 * Units scoring below this are not claims (an editor can still claim any span). It sits at a signal
 * weight of 0.5 over the bias: a figure alone passes, and so does a full sentence with a date, a named
 * person or a record of what someone did; a bare organisation or place name, an opinion, a promise or
 * small talk does not.
 */
export const CLAIM_SCORE_THRESHOLD = 0.12;
/** Shorter units are fragments, not claims. */
export const CLAIM_MIN_WORDS = 5;

type Cue = 'comparison' | 'amount' | 'superlative' | 'record' | 'measure' | 'group' | 'assertion' | 'thirdPerson' | 'opinion' | 'future' | 'firstPerson' | 'prescription' | 'courtesy';
/** Cue words, matched case-insensitively on whole words; the first match is reported as the signal. */
const CUES: ReadonlyArray<readonly [Cue, RegExp]> = [
  ['comparison', /\b(?:more|less|fewer|higher|lower|bigger|smaller|than|increase[sd]?|decrease[sd]?|doubled|tripled|grew|grown|rose|risen|fell|fallen|dropped|declined|soared|plunged|up|down)\b/i],
  ['amount', /\b(?:thousands|millions|billions|hundreds|dozens|half|twice|double|triple|a third|a quarter|tens of)\b/i],
  ['superlative', /\b(?:most|least|highest|lowest|largest|biggest|smallest|worst|best|fastest|first|record|ever|never|only)\b/i],
  ['record', /\b(?:voted|vote[sd]?|signed|passed|approved|vetoed|supported|opposed|endorsed|rejected|cut|cuts|raised|lowered|created|lost|spent|funded|banned|repealed|sued|killed|arrested|convicted|deported|invaded|withdrew|borrowed|paid|pays|owes|built|gave|ruled|announced)\b/i],
  ['measure', /\b(?:jobs?|unemploy\w*|employ\w*|tax(?:es)?|taxpayers?|debt|deficits?|budgets?|spending|wages?|salar\w+|incomes?|prices?|costs?|inflation|econom\w+|gdp|growth|trade|exports?|imports?|crime|murders?|deaths?|died|casualties|victims|population|poverty|insurance|premiums?|emissions|rate|average|percent|per cent|majority|members|countries)\b/i],
  ['group', /\b(?:americans|citizens|workers|women|children|kids|families|veterans|immigrants|refugees|seniors|students|voters|soldiers|troops|police officers|nations)\b/i],
  // Not case-insensitive: "IS" is the Islamic State, not a verb.
  ['assertion', /\b(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Hh]as|[Hh]ave|[Hh]ad|[Dd]id)\b/],
  ['thirdPerson', /\b(?:he|she|his|her|they|their|them)\b/i],
  ['opinion', /\b(?:i think|i believe|i feel|i guess|i hope|in my opinion|i'm sure|i am sure)\b/i],
  ['future', /\b(?:will|going to|gonna)\b|\w'll\b/i],
  ['firstPerson', /\b(?:i|i'm|we|we're|we've|me|my|our|us)\b/i],
  ['prescription', /\b(?:should|must|need to|have to|got to|let's|let me)\b/i],
  ['courtesy', /\b(?:thank you|thanks|applause|laughter|crosstalk|good evening|good morning|welcome)\b/i],
];
/** Cues that can make a sentence a claim by themselves (kind `statement`). */
const CLAIM_CUES = new Set<Cue>(['amount', 'comparison', 'superlative', 'record', 'measure']);

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
const HEDGES = /\b(?:may|might|could)\b/i;
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

const round3 = (n: number) => Math.round(n * 1000) / 1000;
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

/** Signals, kinds and check-worthiness score of one span (see checkWorthiness). */
function describeUnit(ctx: ClaimContext, unit: { start: number; end: number; text: string }): ClaimDescription & { weight: number } {
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
  const weight = checkable ? signalWeight(unit.text, signals, quantityTypes, cues) : 0;
  const score = checkable ? checkWorthiness(weight) : 0;
  return { kind: kinds[0] ?? 'statement', kinds, score, weight, signals: checkable ? [...kinds.flatMap((k) => signals[k]), ...cues] : [] };
}

/** The cue words found, as signals an editor can read ("record: voted"). */
function cueSignals(text: string): string[] {
  const cues: string[] = [];
  for (const [name, pattern] of CUES) {
    const match = pattern.exec(text);
    if (match) cues.push(`${name}: ${match[0].toLowerCase()}`);
  }
  return cues;
}

const cueName = (signal: string) => signal.slice(0, signal.indexOf(':')) as Cue;

/** The weights of the signals present (the log-odds above CHECKWORTHY_BIAS), before context. */
export function signalWeight(text: string, signals: Readonly<Record<ClaimKind, string[]>>, quantityTypes: readonly string[], cues: readonly string[]): number {
  const w = CHECKWORTHY_WEIGHTS;
  let sum = 0;
  if (quantityTypes.length > 0) {
    sum += w.figure + (quantityTypes.includes('percent') ? w.percent : 0) + (quantityTypes.includes('money') ? w.money : 0);
    sum += w.moreFigures * Math.min(2, quantityTypes.length - 1);
  }
  if (signals.date.length > 0) sum += w.date;
  if (signals.attribution.length > 0) sum += w.attribution;
  if (signals.quote.length > 0) sum += w.quote;
  sum += w.entity * Math.min(MAX_ENTITY_SIGNALS, signals.entity.length);
  if (signals.entity.some((e) => e.startsWith('person:'))) sum += w.person;
  for (const cue of cues) sum += w[cueName(cue)];
  if (HEDGES.test(text)) sum += w.hedge;
  if (wordCount(text) < 10 && quantityTypes.length === 0) sum += w.short;
  return sum;
}

/** The 0..1 score of a unit's signal weight and its context (3 decimals). */
export const checkWorthiness = (weight: number, context = 0) => round3(1 / (1 + Math.exp(-(CHECKWORTHY_BIAS + weight + CONTEXT_WEIGHT * context))));

/**
 * Check-worthy claims in cleaned text: sentences (or multi-sentence quotes) carrying numbers,
 * dates, attributed quotes, attributions or named entities, sorted by start.
 * Never claims: text in any segment (headlines restate body claims without their context and
 * would double-count them; captions, bylines and off-topic blocks are not the article's claims),
 * questions, fragments under CLAIM_MIN_WORDS words, and units scoring under CLAIM_SCORE_THRESHOLD.
 * Score: checkWorthiness (CHECKWORTHY_BIAS + CHECKWORTHY_WEIGHTS of the signals present, squashed to 0..1).
 */
export function extractClaims(clean: CleanResult): ExtractedClaim[] {
  const text = clean.text;
  if (text.trim() === '') return [];
  const ctx = new ClaimContext(text);
  // Questions and fragments are never claims but still set the context ("You said 40 % …?").
  const units = claimUnits(text, ctx.sentences).map((unit) => {
    const inSegment = clean.segments.some((s) => s.start < unit.end && unit.start < s.end);
    const eligible = !inSegment && !/\?["”’)]*$/.test(unit.text) && wordCount(unit.text) >= CLAIM_MIN_WORDS;
    return { unit, eligible, described: inSegment ? undefined : describeUnit(ctx, unit) };
  });
  const claims: ExtractedClaim[] = [];
  units.forEach(({ unit, eligible, described }, i) => {
    if (!eligible || !described || described.score === 0) return;
    const around = units.slice(Math.max(0, i - CONTEXT_WINDOW), i).concat(units.slice(i + 1, i + 1 + CONTEXT_WINDOW));
    // Over the full window, so one strong neighbour in a short article does not carry a bare sentence.
    const context = around.reduce((sum, u) => sum + Math.max(0, u.described?.weight ?? 0), 0) / (2 * CONTEXT_WINDOW);
    const score = checkWorthiness(described.weight, context);
    if (score < CLAIM_SCORE_THRESHOLD) return;
    const { weight: _weight, ...description } = described;
    claims.push({ start: unit.start, end: unit.end, text: unit.text, ...description, score });
  });
  return claims;
}

/** Describes an editor-chosen span as extractClaims would, without filtering it out. */
export function describeClaim(text: string): ClaimDescription {
  if (text.trim() === '') return { kind: 'statement', kinds: [], score: 0, signals: [] };
  const { weight: _weight, ...description } = describeUnit(new ClaimContext(text), { start: 0, end: text.length, text });
  return description;
}
