import { isPlaceKind, stem } from '#text';
import { clauseRange, content, isBoundary, isClauseBoundary, NEGATION_CUES, word } from './clauses.js';
import type { Unit } from './lexicon.js';

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

const IRREALIS = new Set(['if', 'unless', 'whether', 'aim', 'aimed', 'aims', 'aiming', 'intended', 'intend', 'designed', 'bid', 'seek', 'sought', 'plan', 'planned', 'vowed', 'vow', 'would', 'could', 'might', 'may', 'will', 'want', 'wants', 'hope', 'hoped', 'order']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'these', 'those', 'his', 'her', 'our']);

const SOME_EFFECT = new Set(['disrupt', 'compromise', 'hamper', 'damage', 'weaken', 'cripple', 'degrade', 'destabilise', 'destabilize', 'impair', 'reduce', 'change', 'affect', 'crimp', 'curb', 'dent', 'hole', 'blow', 'undermine', 'harm'].map(stem));
const TOTAL_EFFECT = new Set(['stop', 'cease', 'halt', 'eradicate', 'eliminate', 'silence', 'destroy', 'disable', 'shut', 'knock', 'offline', 'wipe'].map(stem));
const CONTINUE_EFFECT = new Set(['continue', 'keep', 'remain', 'resume', 'persist', 'still'].map(stem));
const NO_EFFECT = new Set(['unchanged', 'unaffected', 'intact', 'undisturbed', 'unscathed']);

type EffectKind = 'some' | 'total' | 'continue' | 'none';

/** Level read from an effect word, unless negated and when negated: "stopped" [2,2], "not stopped" [0,1]. */
const LEVELS: Record<EffectKind, { plain: [number, number]; negated: [number, number] }> = {
  none: { plain: [0, 0], negated: [0, 0] },
  some: { plain: [1, 2], negated: [0, 0] },
  total: { plain: [2, 2], negated: [0, 1] },
  continue: { plain: [0, 1], negated: [2, 2] },
};

function effectKind(u: Unit): EffectKind | undefined {
  if (u.kind !== 'word') return undefined;
  if (NO_EFFECT.has(u.surface.toLowerCase())) return 'none';
  if (SOME_EFFECT.has(u.term)) return 'some';
  if (TOTAL_EFFECT.has(u.term)) return 'total';
  if (CONTINUE_EFFECT.has(u.term)) return 'continue';
  return undefined;
}

/** The effect word at k states no outcome: a reporting verb, a noun or attribute, or an intention. */
function statesNoOutcome(units: Unit[], k: number, kind: EffectKind): boolean {
  // '"…," he continued': a reporting verb, not a statement about the activity.
  if (kind === 'continue' && (isBoundary(units[k + 1]) || units[k + 1]?.kind === 'punct')) return true;
  // "climate change", "land-use change", "the damaged sections": a noun or an attribute names a thing; it states no outcome.
  const before = units[k - 1];
  const inflected = /(ed|ing)$/.test(units[k].surface.toLowerCase());
  if (before && ((!inflected && content(before) && before.kind !== 'number' && !/ly$/.test(before.surface)) || (inflected && DETERMINERS.has(before.surface.toLowerCase()) && units[k + 1] && content(units[k + 1])))) return true;
  // "in order to disrupt", "aimed at severely disrupting … hampering": intentions are not outcomes.
  for (let b = k - 1; b >= 0 && b >= k - 15; b--) {
    const v = units[b];
    if (isBoundary(v)) break;
    const w = v.surface.toLowerCase();
    if (IRREALIS.has(w) || (b >= k - 2 && w === 'to')) return true;
  }
  return false;
}

/** A negation cue within four words before k, in its clause ("not just disrupted" is no negation). */
function negatedAt(units: Unit[], k: number): boolean {
  for (let b = k - 1; b >= 0 && b >= k - 4; b--) {
    const w = word(units, b) ?? '';
    if (NEGATION_CUES.has(w) && !['just', 'only', 'merely'].includes(word(units, b + 1) ?? '')) return true;
    if (isClauseBoundary(units[b])) break;
  }
  return false;
}

const isNamedThing = (v: Unit) => v.kind === 'entity' && !isPlaceKind(v.entityKind);

/** The nearest name (not a place) before k in its sentence: what was affected. */
function subjectBefore(units: Unit[], k: number): string | null {
  for (let b = k - 1; b >= 0; b--) {
    const v = units[b];
    if (isBoundary(v)) break;
    if (isNamedThing(v)) return v.term;
  }
  return null;
}

function effectAt(units: Unit[], k: number, kind: EffectKind): Effect {
  const negated = negatedAt(units, k);
  const [from, to] = clauseRange(units, k);
  const subject = subjectBefore(units, k);
  const entities = new Set<string>(subject ? [subject] : []);
  const topic = new Set<string>();
  for (let j = from; j < to; j++) {
    const v = units[j];
    if (j === k || !content(v)) continue;
    if (isNamedThing(v)) entities.add(v.term);
    topic.add(v.term);
  }
  if (subject) topic.add(subject);
  const [lo, hi] = LEVELS[kind][negated ? 'negated' : 'plain'];
  return {
    level: [lo, hi],
    trigger: units[k].surface,
    negated,
    subject,
    entities: [...entities],
    topic: [...topic],
    text: units
      .slice(from, to)
      .map((v) => v.surface)
      .join(' '),
  };
}

/** What the text says happened to an activity or capability: disrupted, stopped, continued, unaffected. */
export function readEffects(units: Unit[]): Effect[] {
  const effects: Effect[] = [];
  for (let k = 0; k < units.length; k++) {
    const kind = effectKind(units[k]);
    if (kind && !statesNoOutcome(units, k, kind)) effects.push(effectAt(units, k, kind));
  }
  return effects;
}
