import { CLAIM_CUES, CUES, cueName, type UnitEvidence } from './checkworthiness.js';
import type { ClaimContext } from './claim-context.js';
import { quotedPassages } from './claim-units.js';
import type { NameRun } from './name-kind.js';
import { pastTenseForms, type Token } from './nlp.js';
import { speakerOf } from './speaker.js';
import type { ClaimKind } from './types.js';

/**
 * Primary-kind order. A quote is the most specific thing to check (exact words, named speaker);
 * a quantity is the most falsifiable fact; dates come next; a bare attribution or a sentence that
 * only names entities is the weakest.
 */
export const CLAIM_KIND_PRIORITY: readonly ClaimKind[] = ['quote', 'quantity', 'date', 'attribution', 'entity'];

const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states',
  'explained', 'warned', 'announced', 'reported', 'claimed', 'claims', 'insisted', 'stressed', 'continued',
  'wrote', 'writes', 'argued', 'acknowledged', 'confirmed', 'denied', 'estimated',
]);
const QUALIFIERS = /(?:more than|less than|fewer than|at least|at most|up to|nearly|almost|about|around|over|some|roughly|approximately)\s+$/i;
const YEAR = /\b(?:1[89]|20)\d\d\b/;
const NUMBER_WORD = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;
const DEICTIC_DATES = /^(?:today|tonight|yesterday|tomorrow|now|currently)$/i;
const PERCENT = /%|\bper ?cent\b/i;
const MONEY = /[$€£¥]|\b(?:dollars?|euros?|pounds|cents?)\b/i;
const LARGE = /\b(?:million|billion|trillion|bn|mn|tn)\b/i;

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1).replace(/['’]s$/, '').toLowerCase();

export interface UnitDescription {
  kind: ClaimKind | 'statement';
  kinds: ClaimKind[];
  signals: string[];
  /** Has a kind, or a cue that makes a sentence a claim by itself (CLAIM_CUES). */
  checkable: boolean;
  evidence: UnitEvidence;
  /** Last words of the person and unknown names in it, lower case, for `participant`. */
  names: string[];
}

type Signals = Record<ClaimKind, string[]>;
type Span = { start: number; end: number; text: string };

function numberSignal(ctx: ClaimContext, start: number, value: string): string {
  const qualifier = QUALIFIERS.exec(ctx.text.slice(Math.max(0, start - 30), start));
  return `number: ${qualifier && !QUALIFIERS.test(value + ' ') ? qualifier[0] : ''}${value}`;
}

/** Dates and figures of a unit (wink entities, then figures wink left untyped); returns one type per figure. */
function addNumbers(ctx: ClaimContext, unit: Span, indexes: number[], runs: NameRun[], add: (kind: ClaimKind, signal: string) => void): string[] {
  const tokens = ctx.analysis.tokens;
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
  return quantityTypes;
}

/** Speech verbs with their speaker, and "according to" a name. */
function addAttributions(ctx: ClaimContext, indexes: number[], runs: NameRun[], add: (kind: ClaimKind, signal: string) => void): void {
  const tokens = ctx.analysis.tokens;
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

/** Signals and kinds of one span, and what its check-worthiness features are computed from. */
export function describeUnit(ctx: ClaimContext, unit: Span): UnitDescription {
  const tokens = ctx.analysis.tokens;
  const indexes = ctx.tokensIn(unit.start, unit.end);
  const runs = ctx.nameRuns(indexes);
  const signals: Signals = { quote: [], quantity: [], date: [], attribution: [], entity: [] };
  const add = (kind: ClaimKind, signal: string) => {
    if (!signals[kind].includes(signal)) signals[kind].push(signal);
  };
  const quantityTypes = addNumbers(ctx, unit, indexes, runs, add);
  addAttributions(ctx, indexes, runs, add);
  if (signals.attribution.length > 0) for (const passage of quotedPassages(unit.text)) add('quote', `quote: “${clip(passage)}”`);
  for (const run of runs) add('entity', `${run.kind}: ${run.name}`);

  const kinds = CLAIM_KIND_PRIORITY.filter((k) => signals[k].length > 0);
  const cues = cueSignals(unit.text);
  const checkable = kinds.length > 0 || cues.some((c) => CLAIM_CUES.has(cueName(c)));
  const names = runs.filter((r) => r.kind === 'person' || r.kind === 'name').map((r) => lastWord(r.name));
  const unitTokens = indexes.map((i) => tokens[i]);
  const pastForms = pastTenseForms(unitTokens);
  const evidence: UnitEvidence = { text: unit.text, signals, quantityTypes, cues, tokens: unitTokens, isPastTense: (word) => pastForms.has(word), participant: false };
  return { kind: kinds[0] ?? 'statement', kinds, checkable, evidence, names, signals: checkable ? [...kinds.flatMap((k) => signals[k]), ...cues] : [] };
}
