import { createRequire } from 'node:module';
import type { ItemEntity, ItemSentence, WinkMethods } from 'wink-nlp';

// Loaded with require on first use so importing #text (for cleaning alone) costs nothing:
// the wink model takes ~100 ms to build, once per process.
const require = createRequire(import.meta.url);

let wink: WinkMethods | undefined;

export interface Token {
  start: number;
  end: number;
  value: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, NUM, PUNCT…). */
  pos: string;
  /** wink's lemma, lower case ("said" → "say", "went" → "go"); absent on tokens made by hand. */
  lemma?: string;
}

interface NlpEntity {
  start: number;
  end: number;
  value: string;
  /** wink entity type: DATE, TIME, CARDINAL, ORDINAL, MONEY, PERCENT, DURATION… */
  type: string;
  firstToken: number;
  lastToken: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  entities: NlpEntity[];
  /** wink sentence spans as token index ranges (inclusive). */
  sentences: Array<[number, number]>;
}

/**
 * The annotations read here: sentences, entities and parts of speech (lemmas are looked up when read).
 * wink's default pipe also runs negation and sentiment, which write only their own flags and scores
 * (nothing above reads them, and no other annotation reads them): ~12 % of readDoc, skipped.
 */
const PIPE = ['sbd', 'ner', 'pos'];

function getWink(): WinkMethods {
  if (!wink) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => WinkMethods;
    wink = winkNLP(require('wink-eng-lite-web-model'), PIPE);
  }
  return wink;
}

/**
 * The last few results, newest last. An ingest analyses its text for claims and again for passages,
 * and concurrent ingests interleave between the two (each waits on the database in between), so
 * remembering only the last text missed under load and doubled the ingest's largest CPU cost.
 */
const recent = new Map<string, Analysis>();
const RECENT = 16;
const RECENT_MAX_LENGTH = 100_000;

/** Longer runs without whitespace are no words; wink's abbreviation test is quadratic in a token's length. */
export const MAX_WORD_LENGTH = 200;
const OVERLONG = new RegExp(String.raw`\S{${MAX_WORD_LENGTH + 1},}`, 'g');

/**
 * The text with a space in place of every MAX_WORD_LENGTH + 1st character of a run without
 * whitespace, so no token is longer than MAX_WORD_LENGTH; the same length, so offsets hold. A pasted
 * 60,000-character "word" took wink 8 s (a megabyte: most of an hour) on the event loop.
 */
function breakOverlongWords(text: string): string {
  return text.replace(OVERLONG, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i += MAX_WORD_LENGTH + 1) out += run.slice(i, i + MAX_WORD_LENGTH) + (i + MAX_WORD_LENGTH < run.length ? ' ' : '');
    return out;
  });
}

/**
 * Tokens, entities and sentences with exact character offsets. Recent results are memoised (treat them
 * as read-only) unless `remember` is false: a caller analysing many short texts once each (evidence's
 * tagger reads every candidate passage) would otherwise push an ingest's article out of the memo.
 */
export function analyse(text: string, remember = true): Analysis {
  const hit = recent.get(text);
  if (hit) {
    recent.delete(text);
    recent.set(text, hit);
    return hit;
  }
  const nlp = getWink();
  const its = nlp.its;
  // Offsets are read against what wink saw: the text itself, with overlong words broken (same length).
  const fed = breakOverlongWords(text);
  const doc = nlp.readDoc(fed);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as typeof its.value) as string[];

  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    // wink keeps every character as a token or preceding space; indexOf guards against surprises.
    let start = cursor + spaces[i].length;
    if (!fed.startsWith(value, start)) {
      const found = fed.indexOf(value, cursor);
      start = found === -1 ? start : found;
    }
    const end = Math.min(text.length, start + value.length);
    tokens.push({ start, end, value, pos: pos[i], lemma: lemmas[i] });
    cursor = end;
  });

  const entities: NlpEntity[] = [];
  doc.entities().each((entity: ItemEntity) => {
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    entities.push({
      start: tokens[first].start,
      end: tokens[last].end,
      value: text.slice(tokens[first].start, tokens[last].end),
      type: entity.out(its.type) as string,
      firstToken: first,
      lastToken: last,
    });
  });

  const sentences: Array<[number, number]> = [];
  doc.sentences().each((sentence: ItemSentence) => {
    sentences.push(sentence.out(its.span) as unknown as [number, number]);
  });

  const analysis = { text, tokens, entities, sentences };
  // Articles only: a huge text would pin hundreds of thousands of tokens in memory.
  if (remember && text.length <= RECENT_MAX_LENGTH) recent.set(text, analysis);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return analysis;
}

/**
 * A verb form in the past tense ("said", "went", "voted"): wink's lemma differs from the form, and the
 * form is neither a present one ("is", "has", "says", "running") nor an -n participle ("seen", "done").
 * After a form of "be" it is a participle ("is based", "I'm worried"); see pastTenseForms.
 */
function isPastForm(token: Pick<Token, 'value' | 'lemma'>): boolean {
  const form = token.value.toLowerCase();
  const lemma = token.lemma;
  // Three letters at least: "ca" and "wo" are wink's halves of "can't" and "won't".
  if (lemma === undefined || !/^\p{L}{3,}$/u.test(form) || form === lemma) return false;
  const present = /^(?:am|are|is|has|does)$/.test(form) || form.endsWith('ing') || form === `${lemma}s` || form === `${lemma}es` || form === lemma.replace(/y$/, 'ies');
  const participle = /n$|ne$/.test(form) && !lemma.endsWith('n'); // "seen", "taken", "done", "gone"
  return !present && !participle;
}

/** The word forms of a token run that are verbs in the past tense (not participles after "be": "is based"). */
export function pastTenseForms(tokens: readonly Token[]): Set<string> {
  const forms = new Set<string>();
  let afterBe = false;
  for (const token of tokens) {
    if (token.pos === 'ADV' || token.pos === 'PART') continue; // "is not based", "are very worried"
    if (!afterBe && isPastForm(token)) forms.add(token.value);
    afterBe = token.lemma === 'be';
  }
  return forms;
}
