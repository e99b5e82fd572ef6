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

export function readEffects(units: Unit[]): Effect[] {
  const effects: Effect[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== 'word') continue;
    const surface = u.surface.toLowerCase();
    let kind: 'some' | 'total' | 'continue' | 'none' | undefined;
    if (NO_EFFECT.has(surface)) kind = 'none';
    else if (SOME_EFFECT.has(u.term)) kind = 'some';
    else if (TOTAL_EFFECT.has(u.term)) kind = 'total';
    else if (CONTINUE_EFFECT.has(u.term)) kind = 'continue';
    if (!kind) continue;
    // '"…," he continued': a reporting verb, not a statement about the activity.
    if (kind === 'continue' && (isBoundary(units[k + 1]) || units[k + 1]?.kind === 'punct')) continue;
    // "climate change", "land-use change", "the damaged sections": a noun or an attribute names a thing; it states no outcome.
    const before = units[k - 1];
    const inflected = /(ed|ing)$/.test(surface);
    if (before && ((!inflected && content(before) && before.kind !== 'number' && !/ly$/.test(before.surface)) || (inflected && DETERMINERS.has(before.surface.toLowerCase()) && units[k + 1] && content(units[k + 1])))) continue;
    // "in order to disrupt", "aimed at severely disrupting … hampering": intentions are not outcomes.
    let irrealis = false;
    for (let b = k - 1; b >= 0 && b >= k - 15; b--) {
      const v = units[b];
      if (isBoundary(v)) break;
      const w = v.surface.toLowerCase();
      if (IRREALIS.has(w) || (b >= k - 2 && w === 'to')) {
        irrealis = true;
        break;
      }
    }
    if (irrealis) continue;
    let negated = false;
    for (let b = k - 1; b >= 0 && b >= k - 4; b--) {
      const w = word(units, b) ?? '';
      if (NEGATION_CUES.has(w) && !['just', 'only', 'merely'].includes(word(units, b + 1) ?? '')) {
        negated = true;
        break;
      }
      if (isClauseBoundary(units[b])) break;
    }
    let level: [number, number];
    if (kind === 'none') level = [0, 0];
    else if (kind === 'some') level = negated ? [0, 0] : [1, 2];
    else if (kind === 'total') level = negated ? [0, 1] : [2, 2];
    else level = negated ? [2, 2] : [0, 1];
    const [from, to] = clauseRange(units, k);
    let subject: string | null = null;
    for (let b = k - 1; b >= 0; b--) {
      const v = units[b];
      if (isBoundary(v)) break;
      if (v.kind === 'entity' && !isPlaceKind(v.entityKind)) {
        subject = v.term;
        break;
      }
    }
    const entities = new Set<string>(subject ? [subject] : []);
    const topic = new Set<string>();
    for (let j = from; j < to; j++) {
      const v = units[j];
      if (j === k || !content(v)) continue;
      if (v.kind === 'entity' && !isPlaceKind(v.entityKind)) entities.add(v.term);
      topic.add(v.term);
    }
    if (subject) topic.add(subject);
    effects.push({
      level,
      trigger: u.surface,
      negated,
      subject,
      entities: [...entities],
      topic: [...topic],
      text: units
        .slice(from, to)
        .map((v) => v.surface)
        .join(' '),
    });
  }
  return effects;
}
