import { wordCount } from './lines.js';
import type { Token } from './nlp.js';
import { round3 } from './round.js';
import type { ClaimKind } from './types.js';
import { CHECKWORTHY_BIAS, CHECKWORTHY_WEIGHTS, CONTEXT_WEIGHT } from './checkworthiness-weights.js';

export { CHECKWORTHY_BIAS, CHECKWORTHY_WEIGHTS, CONTEXT_WEIGHT };

/**
 * Check-worthiness: how likely a fact-checker is to check a sentence. A logistic score over generic,
 * hand-designed features of the sentence (which kinds of signal it carries, its grammar, its length)
 * and of its neighbourhood: σ(CHECKWORTHY_BIAS + Σ CHECKWORTHY_WEIGHTS[f] × feature f + CONTEXT_WEIGHT × context).
 * The features are designed by hand (kinds, never word lists learned from data); their weights are
 * fitted by `npm run fit:checkworthy` (apps/api/src/cli/fit-checkworthy.ts), which writes
 * checkworthiness-weights.ts. Every feature is 0 or 1 unless noted.
 */
export const CHECKWORTHY_FEATURES = [
  /** A figure (count, money, percent). */
  'figure',
  /** A percentage. */
  'percent',
  /** An amount of money (or millions/billions of something). */
  'money',
  /** Further figures: 0, 1 or 2. */
  'moreFigures',
  /** A date or a year. */
  'date',
  /** Someone is said to have said it. */
  'attribution',
  /** Exact words quoted from a named speaker. */
  'quote',
  /** Distinct names (people, places, organisations): 0 to 1 in thirds (at most 3). */
  'entity',
  /** One of the names is a person. */
  'person',
  /** Names someone or something the article keeps coming back to (a participant of a debate, the subject of a report). */
  'participant',
  /** more/less than, increased, doubled, fell … */
  'comparison',
  /** An amount in words: thousands, millions, half, twice … */
  'amount',
  /** The highest, the first, never, ever, record … */
  'superlative',
  /** What someone on the record did: voted, signed, supported, cut, raised … */
  'record',
  /** A subject with official figures: jobs, taxes, debt, crime, wages, deaths … */
  'measure',
  /** A group of people counted in statistics: workers, women, veterans … */
  'group',
  /** Says what is or was (is, are, was, had, did …) rather than a fragment. */
  'assertion',
  /** A verb in the past tense: something happened (checkable) rather than will or should. */
  'pastTense',
  /** About someone else (he, she, they …). */
  'thirdPerson',
  /** Speaking to someone (you, your): in a debate, a charge against the opponent. */
  'secondPerson',
  /** "You" and a verb in the past tense: a charge about what someone did ("you voted", "you said"). */
  'secondPersonPast',
  /** I, we, my, our: speakers talking about themselves. */
  'firstPerson',
  /** not, never, no one, nothing … */
  'negation',
  /** I think / I believe / in my opinion. */
  'opinion',
  /** may / might / could. */
  'hedge',
  /** will / going to: a promise cannot be checked yet. */
  'future',
  /** should / must / need to / let's. */
  'prescription',
  /** Thank you, applause, good evening. */
  'courtesy',
  /** Addresses someone by title and name, set off by a comma ("Senator Smith, …", "…, Governor."): an interviewer or moderator turning to a speaker. */
  'address',
  /** Anchored in time: since, in history, years ago, last year (a trend or a record over time). */
  'timeFrame',
  /** Starts with a discourse marker (well, look, so, okay, yes, no): spoken back-and-forth. */
  'discourse',
  /** Broken off or interrupted (ends or starts with "--", "—" or "…"). */
  'interrupted',
  /** Under 10 words without a figure: small talk ("That's wrong."). */
  'short',
  /** Length: words / 40, at most 1. Longer sentences carry more that can be checked. */
  'length',
  /** Share of the words that are nouns or proper nouns (0..1): content rather than talk. */
  'nounShare',
  /** Share of the words that are adjectives (0..1): description and judgement. */
  'adjectiveShare',
] as const;

export type CheckworthyFeature = (typeof CHECKWORTHY_FEATURES)[number];

/**
 * The direction each feature was designed to push (+1 for, −1 against, 0 either way). The fit keeps
 * a weight on its side or at 0: a date or a named person never counts against a sentence because
 * debate moderators happen to use them, and a promise never counts for one.
 */
export const CHECKWORTHY_FEATURE_SIGNS: Readonly<Record<CheckworthyFeature, 1 | -1 | 0>> = {
  figure: 1, percent: 1, money: 1, moreFigures: 1, date: 1, attribution: 1, quote: 1, entity: 1, person: 1, participant: 1,
  comparison: 1, amount: 1, superlative: 1, record: 1, measure: 1, group: 1, assertion: 1, pastTense: 1, thirdPerson: 1,
  secondPerson: 0, secondPersonPast: 1, firstPerson: -1, negation: 0, opinion: -1, hedge: -1, future: -1, prescription: -1,
  courtesy: -1, address: -1, timeFrame: 1, discourse: -1, interrupted: -1, short: -1, length: 0, nounShare: 0, adjectiveShare: 0,
};
export type CheckworthyFeatures = Record<CheckworthyFeature, number>;

/** How far each side a unit's context reaches (units), and so how much of a passage it sees. */
export const CONTEXT_WINDOW = 5;
/** At most this many names count towards `entity`. */
export const MAX_ENTITY_SIGNALS = 3;

/** Cue words, matched case-insensitively on whole words; the first match is reported as the signal. */
export type Cue = 'comparison' | 'amount' | 'superlative' | 'record' | 'measure' | 'group' | 'assertion' | 'thirdPerson' | 'opinion' | 'future' | 'firstPerson' | 'prescription' | 'courtesy';
export const CUES: ReadonlyArray<readonly [Cue, RegExp]> = [
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
export const CLAIM_CUES = new Set<Cue>(['amount', 'comparison', 'superlative', 'record', 'measure']);

const HEDGES = /\b(?:may|might|could)\b/i;
const SECOND_PERSON = /\b(?:you|your|you're|you've|yourself)\b/i;
const NEGATION = /\b(?:not|never|no|nobody|nothing|none|neither|nor)\b|n['’]t\b/i;
const DISCOURSE = /^\W*(?:well|look|so|okay|ok|yes|yeah|no|oh|now|listen|folks)\b/i;
const INTERRUPTED = /(?:--|—|–|\.\.\.|…)\W*$|^\W*(?:--|—|–|\.\.\.|…)/;
const PAST_TENSE_AUX = /^(?:was|were|had|did)$/i;
const TITLE = String.raw`(?:Senator|Secretary|Governor|Mr|Mrs|Ms|Dr|President|Congressman|Congresswoman|Mayor|Madam|Speaker|Leader|Minister|Commissioner)\.?`;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+`;
const ADDRESS = new RegExp(String.raw`^\W*(?:(?:and|but|so|now|well|okay)\W+)?${TITLE}\s+${NAME}\s*,|,\s*${TITLE}(?:\s+${NAME})?\W*$`, 'u');
const TIME_FRAME = /\b(?:since|in (?:the )?history|years? ago|last year|this year|in a row)\b/i;

/** What a unit's features are computed from: its signals (see extract-claims) and its wink tokens. */
export interface UnitEvidence {
  text: string;
  signals: Readonly<Record<ClaimKind, string[]>>;
  /** One entry per figure: 'percent', 'money' or 'count'. */
  quantityTypes: readonly string[];
  /** Cue signals found ("record: voted"). */
  cues: readonly string[];
  tokens: readonly Token[];
  /** Whether a word form is a past-tense verb in the lexicon. */
  isPastTense: (word: string) => boolean;
  /** The unit names something the article mentions again and again. */
  participant: boolean;
}

export const cueName = (signal: string) => signal.slice(0, signal.indexOf(':')) as Cue;

/** The features of one unit (CHECKWORTHY_FEATURES), before context. */
export function unitFeatures(unit: UnitEvidence): CheckworthyFeatures {
  const { text, signals, quantityTypes, tokens } = unit;
  const cues = new Set(unit.cues.map(cueName));
  const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'SPACE');
  const share = (test: (t: Token) => boolean) => (words.length === 0 ? 0 : words.filter(test).length / words.length);
  const count = wordCount(text);
  const has = (cue: Cue) => (cues.has(cue) ? 1 : 0);
  const isPast = (t: Token) => (t.pos === 'VERB' || t.pos === 'AUX') && (PAST_TENSE_AUX.test(t.value) || unit.isPastTense(t.value));
  // "you voted", "you just said": the verb within two words of "you".
  const youDid = words.some((t, i) => /^you$/i.test(t.value) && words.slice(i + 1, i + 3).some(isPast));
  return {
    figure: quantityTypes.length > 0 ? 1 : 0,
    percent: quantityTypes.includes('percent') ? 1 : 0,
    money: quantityTypes.includes('money') ? 1 : 0,
    moreFigures: Math.max(0, Math.min(2, quantityTypes.length - 1)),
    date: signals.date.length > 0 ? 1 : 0,
    attribution: signals.attribution.length > 0 ? 1 : 0,
    quote: signals.quote.length > 0 ? 1 : 0,
    entity: Math.min(MAX_ENTITY_SIGNALS, signals.entity.length) / MAX_ENTITY_SIGNALS,
    person: signals.entity.some((e) => e.startsWith('person:')) ? 1 : 0,
    participant: unit.participant ? 1 : 0,
    comparison: has('comparison'),
    amount: has('amount'),
    superlative: has('superlative'),
    record: has('record'),
    measure: has('measure'),
    group: has('group'),
    assertion: has('assertion'),
    pastTense: words.some(isPast) ? 1 : 0,
    thirdPerson: has('thirdPerson'),
    secondPerson: SECOND_PERSON.test(text) ? 1 : 0,
    secondPersonPast: youDid ? 1 : 0,
    firstPerson: has('firstPerson'),
    negation: NEGATION.test(text) ? 1 : 0,
    opinion: has('opinion'),
    hedge: HEDGES.test(text) ? 1 : 0,
    future: has('future'),
    prescription: has('prescription'),
    courtesy: has('courtesy'),
    address: ADDRESS.test(text) ? 1 : 0,
    timeFrame: TIME_FRAME.test(text) ? 1 : 0,
    discourse: DISCOURSE.test(text) ? 1 : 0,
    interrupted: INTERRUPTED.test(text.trim()) ? 1 : 0,
    short: count < 10 && quantityTypes.length === 0 ? 1 : 0,
    length: Math.min(1, count / 40),
    nounShare: share((t) => t.pos === 'NOUN' || t.pos === 'PROPN'),
    adjectiveShare: share((t) => t.pos === 'ADJ'),
  };
}

/** Σ CHECKWORTHY_WEIGHTS × features: the unit's log-odds above CHECKWORTHY_BIAS, before context. */
export function featureWeight(features: CheckworthyFeatures, weights: Readonly<Record<CheckworthyFeature, number>> = CHECKWORTHY_WEIGHTS): number {
  let sum = 0;
  for (const name of CHECKWORTHY_FEATURES) sum += weights[name] * features[name];
  return sum;
}

/**
 * A unit's context: the mean positive weight of the CONTEXT_WINDOW units either side, over the full
 * window (so one strong neighbour in a short article does not carry a bare sentence). Checkers check
 * passages: in the debate transcripts a line within two of a checked line is checked 16 times as often.
 */
export function contextOf(weights: readonly number[], i: number): number {
  let sum = 0;
  for (let j = Math.max(0, i - CONTEXT_WINDOW); j <= Math.min(weights.length - 1, i + CONTEXT_WINDOW); j++) if (j !== i) sum += Math.max(0, weights[j]);
  return sum / (2 * CONTEXT_WINDOW);
}

/** The 0..1 score of a unit's feature weight and its context (3 decimals). */
export const checkWorthiness = (weight: number, context = 0) => round3(1 / (1 + Math.exp(-(CHECKWORTHY_BIAS + weight + CONTEXT_WEIGHT * context))));
