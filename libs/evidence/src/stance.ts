import { round3, tagParts } from '#text';
import { readFacts, type Facts } from './facts.js';
import { compareDates } from './stance-dates.js';
import { compareEffects } from './stance-effects.js';
import { compareActors, compareLocations, compareParticipants } from './stance-entities.js';
import { compareEvents, dateNotBorneOut, datedApart } from './stance-events.js';
import { describeDate } from './dates.js';
import { type Finding, MIN_RELEVANCE_FOR_CONFIRMED, MIN_RELEVANCE_FOR_CONFLICT, MIN_RELEVANCE_FOR_DATE_ONLY, MIN_RELEVANCE_FOR_LEXICAL, shared } from './stance-finding.js';
import { compareAntonyms, compareNegations, deniedOnlyInClaim, hedgedAgreement } from './stance-negation.js';
import { compareDurations, compareQuantities } from './stance-quantities.js';
import { compareQuotes } from './stance-quotes.js';
import { relevance } from './stance-relevance.js';
import { groupsByKey } from './variants.js';


export type Stance = 'supports' | 'contradicts' | 'neutral';

export interface ClaimInput {
  text: string;
  /** ISO date of the claim's article. */
  published?: string;
  /** Months the claim's article dates its operation to (articleEventMonths): tells events apart when no publication date does. */
  articleMonths?: readonly number[];
}

export interface PassageInput {
  text: string;
  published?: string;
  /** Months the passage's article dates its operation to (articleEventMonths). */
  articleMonths?: readonly number[];
}

export interface StanceResult {
  stance: Stance;
  /** 0..1: relevance × confidence. */
  score: number;
  reasons: string[];
  /** What a decisive stance rests on: aligned facts (figures, dates, who, where, effects), negation alone, or word overlap alone. */
  basis?: 'facts' | 'negation' | 'lexical';
}

export interface StanceOptions {
  /** Weight of a term in the relevance measure; rankEvidence passes IDF over its candidates. */
  weight?: (term: string) => number;
}

/** A claim and a passage read side by side: their facts and how much of the claim the passage shares. */
interface Pair {
  cf: Facts;
  pf: Facts;
  coverage: number;
  common: string[];
  /** 0.35..1: scales a decision's confidence into its score. */
  relevanceScore: number;
  /** The first shared terms as the claim writes them, for reasons a person reads. */
  sharedNames: string[];
  /** Months the passage's article dates its operation to, when it has no publication date. */
  passageArticleMonths?: readonly number[];
  passageText: string;
}

/** Every slot comparison of the pair; a shared quotation replaces those about who said it and where. */
function compareFacts(claim: ClaimInput, passage: PassageInput, { cf, pf, coverage }: Pair): Finding[] {
  const findings = [
    ...compareQuantities(cf.quantities, pf.quantities, { claim: claim.published, passage: passage.published }),
    ...compareDurations(cf.durations, pf.durations),
    ...compareDates(cf.dates, pf.dates, coverage),
    ...compareActors(cf.actors, pf.actors),
    ...compareLocations(cf.locations, pf.locations),
    ...compareEffects(cf.effects, pf.effects),
    ...compareNegations(cf, pf, coverage),
    ...compareAntonyms(cf, pf, coverage),
    ...compareParticipants(cf, pf),
  ];
  const quoted = compareQuotes(claim.text, passage.text, pf, cf.terms);
  // The same quotation with another description of its speaker: who said it and where are the outlet's words, not a conflict.
  if (quoted.length) findings.splice(0, findings.length, ...findings.filter((f) => !['actor', 'location', 'effect', 'negation'].includes(f.fact)), ...quoted);
  return findings;
}

/**
 * Whether the confirmed facts are enough to support. A matching date or place alone is a circumstance, not
 * the claim: many things happen in late 2015, or at an agency's headquarters. A place confirms a claim that
 * says more than where only when the passage also shares some of that more (two of its words, or all when fewer).
 */
function confirmedEnough({ cf, coverage, common }: Pair, confirms: Finding[]): boolean {
  const placeWords = new Set(cf.locations.flatMap((l) => [...l.places, ...l.anchor]));
  const besidesPlace = cf.terms.filter((t) => !placeWords.has(t));
  const beyondPlace = shared(besidesPlace, common).length >= Math.min(2, besidesPlace.length);
  const strongConfirms = confirms.filter((f) => f.fact !== 'date' && (f.fact !== 'location' || beyondPlace));
  return strongConfirms.length ? coverage >= MIN_RELEVANCE_FOR_CONFIRMED : confirms.some((f) => f.fact === 'date') && coverage >= MIN_RELEVANCE_FOR_DATE_ONLY;
}

const neutral = ({ relevanceScore, coverage }: Pair, reasons: string[]): StanceResult => ({ stance: 'neutral', score: round3(0.5 * relevanceScore * coverage), reasons });

/** No aligned fact conflicts: support on confirmed facts unless the passage only hedges, lacks the claim's denial or leaves a figure open. */
function withoutConflict(pair: Pair, findings: Finding[]): StanceResult {
  const { cf, pf, coverage, common, relevanceScore } = pair;
  const confirms = findings.filter((f) => f.kind === 'confirm');
  // A figure or place the passage gives only loosely leaves the claim's own figure or place open.
  const undecided = findings.filter((f) => f.kind === 'compatible' && (f.fact === 'quantity' || f.fact === 'duration' || f.fact === 'location'));
  const enough = confirmedEnough(pair, confirms);
  const hedge = hedgedAgreement(cf, pf, common);
  if (hedge && (enough || coverage >= MIN_RELEVANCE_FOR_LEXICAL)) return neutral(pair, [`Passage only says it may be so ("${hedge}"), which does not establish the claim.`]);
  const denied = deniedOnlyInClaim(cf, pf);
  if (denied && (enough || coverage >= MIN_RELEVANCE_FOR_LEXICAL)) {
    return neutral(pair, [`The claim denies "${denied}"; the passage states its words without the denial, which does not bear the denial out.`]);
  }
  if (enough && undecided.length === 0) {
    const confidence = Math.min(0.95, Math.max(...confirms.map((f) => f.weight)) + 0.05 * (confirms.length - 1));
    return { stance: 'supports', score: round3(relevanceScore * confidence), reasons: confirms.map((f) => f.reason), basis: 'facts' };
  }
  if (undecided.length) return neutral(pair, undecided.map((f) => f.reason));
  return onWords(pair, confirms);
}

/** Nothing decisive in the facts: the words alone support only a strong restatement of an unspecific claim. */
function onWords(pair: Pair, confirms: Finding[]): StanceResult {
  const { cf, coverage, common, relevanceScore, sharedNames } = pair;
  const specific = cf.quantities.length > 0 || cf.durations.some((d) => d.about) || cf.dates.some((d) => d.granularity === 'day' && d.from);
  if (specific && coverage < 0.85) return neutral(pair, [`Passage is on the same subject (${sharedNames.join(', ')}) but does not state the claim's figures or dates.`]);
  const sharedEntities = common.filter((t) => groupsByKey.has(t)).length;
  const restates = coverage >= MIN_RELEVANCE_FOR_LEXICAL && (sharedEntities > 0 || common.length >= 3);
  // Words alone cannot carry a denial: "sea level isn't rising" shares its words with every passage on a
  // rising sea. Without a denial of its own the passage does not say the same thing (a conflict needs facts).
  const denial = cf.negations.find((n) => !n.hedged);
  if (restates && denial && !pair.pf.negations.some((n) => !n.hedged)) {
    return neutral(pair, [`The claim denies something ("not ${cf.display[denial.target] ?? denial.target}"); the passage shares its words (${sharedNames.join(', ')}) but denies nothing, so it does not say the same thing.`]);
  }
  const elsewhen = restates ? dateNotBorneOut(cf, pair.pf, pair.passageArticleMonths) : undefined;
  if (elsewhen) {
    return neutral(pair, [`Passage shares the claim's words (${sharedNames.join(', ')}), but nothing in it or its article's date comes near the claim's ${describeDate(elsewhen)}: the words alone do not place it then.`]);
  }
  // Words alone are a restatement only in a statement: a name, a reference's title or a caption without a
  // verb ("Lamont–Doherty Earth Observatory.", "\"The rate of sea-level rise\".") names the subject, it says nothing of it.
  if (restates && !statesSomething(pair.passageText)) {
    return neutral(pair, [`Passage names the claim's subject (${sharedNames.join(', ')}) but states nothing about it: it has no verb.`]);
  }
  if (restates) {
    return {
      stance: 'supports',
      score: round3(relevanceScore * Math.min(0.85, 0.5 + 0.4 * coverage)),
      reasons: [`Passage states the same thing in its own words (${sharedNames.join(', ')}) and nothing in it conflicts with the claim.`, ...confirms.map((f) => f.reason)],
      basis: 'lexical',
    };
  }
  return neutral(pair, [`Passage is on a related subject (${sharedNames.join(', ')}) but does not state what the claim says.`]);
}

/** Whether a text has a verb (wink's part-of-speech tags): a title, a name or a caption fragment has none. */
const statesSomething = (text: string) => tagParts(text).some((w) => w.pos === 'VERB' || w.pos === 'AUX');

/** A question, quoted or not ("Are bear numbers rising?"): it asks, so it neither states nor denies anything. */
const asks = (text: string) => /\?["'”’)\]]*\s*$/.test(text);

/**
 * Whether a passage supports, contradicts or says nothing decisive about a claim, with reasons a person can read.
 * Conflicts in aligned facts (figures, durations, dates, who led, where, effects, negation) contradict;
 * confirmed facts or strong lexical agreement support; a passage about a different event is neutral.
 */
export function assessStance(claim: ClaimInput, passage: PassageInput, options: StanceOptions = {}): StanceResult {
  return stanceOfFacts(claim, readFacts(claim.text, { published: claim.published }), passage, readFacts(passage.text, { published: passage.published }), options);
}

/** assessStance on facts already read (readFacts of each text with its publication date): rankEvidence reads each text once. */
export function stanceOfFacts(claim: ClaimInput, cf: Facts, passage: PassageInput, pf: Facts, options: StanceOptions = {}): StanceResult {
  const { lexical: coverage, common } = relevance(cf, pf, options.weight ?? (() => 1));
  if (coverage === 0) return { stance: 'neutral', score: 0, reasons: ['Passage shares no key terms with the claim.'] };
  if (asks(passage.text)) return { stance: 'neutral', score: round3(0.5 * coverage), reasons: ['Passage asks a question about the subject; a question neither states nor denies the claim.'] };
  const event = compareEvents(cf, pf, { claim: claim.articleMonths, passage: passage.articleMonths });
  if (event.relation === 'different') return { stance: 'neutral', score: round3(0.15 * coverage), reasons: [event.reason!] };
  const pair: Pair = { cf, pf, coverage, common, relevanceScore: Math.min(1, 0.35 + 0.65 * coverage), sharedNames: common.slice(0, 5).map((t) => cf.display[t] ?? t), passageArticleMonths: passage.articleMonths, passageText: passage.text };
  const findings = compareFacts(claim, passage, pair);
  const conflicts = findings.filter((f) => f.kind === 'conflict');
  // Another place on other dates is another event of the kind, not a contradiction of this one.
  if (conflicts.length && conflicts.every((f) => f.fact === 'location') && datedApart(cf, pf)) {
    return neutral(pair, [`${conflicts[0].reason} The two are dated apart, so they are different events and the passage is not evidence either way.`]);
  }
  if (conflicts.length && coverage >= MIN_RELEVANCE_FOR_CONFLICT) {
    const confidence = Math.max(...conflicts.map((f) => f.weight));
    const basis = conflicts.every((f) => f.fact === 'negation') ? 'negation' : 'facts';
    return { stance: 'contradicts', score: round3(pair.relevanceScore * confidence), reasons: conflicts.map((f) => f.reason), basis };
  }
  return withoutConflict(pair, findings);
}
