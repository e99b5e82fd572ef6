import type { Effect } from './facts.js';
import { relateIntervals, type Interval } from './intervals.js';
import { shared, type Finding } from './stance-finding.js';
import { groupsByKey } from './variants.js';

function effectAlignment(c: Effect, p: Effect): number {
  const outletsC = c.entities.filter((e) => groupsByKey.get(e)?.kind === 'outlet');
  const outletsP = p.entities.filter((e) => groupsByKey.get(e)?.kind === 'outlet');
  if (outletsC.length || outletsP.length) {
    const common = shared(outletsC, outletsP).length;
    return common ? 2 + common + shared(c.topic, p.topic).length : 0;
  }
  // Without a named outlet, the passage's clause must be about what the claim's clause is about, not just share its topic.
  const common = shared(c.topic, p.topic).length;
  return common >= 2 && common >= 0.6 * c.topic.length ? common : 0;
}

const EFFECT_WORDS = ['not affected', 'partly disrupted', 'stopped'];
const describeLevel = ([lo, hi]: [number, number]) => (lo === hi ? EFFECT_WORDS[lo] : lo === 0 ? 'not stopped' : 'disrupted');

export function compareEffects(claim: Effect[], passage: Effect[]): Finding[] {
  const out: Finding[] = [];
  for (const c of claim) {
    let best: { p: Effect; score: number } | undefined;
    for (const p of passage) {
      const score = effectAlignment(c, p);
      if (score > 0 && (!best || score > best.score)) best = { p, score };
    }
    if (!best) continue;
    const rel = relateIntervals(toLevel(c.level), toLevel(best.p.level));
    const quote = `"${best.p.text}"`;
    if (rel === 'entails') out.push({ kind: 'confirm', fact: 'effect', weight: 0.75, reason: `Passage also says it was ${describeLevel(best.p.level)}: ${quote}.` });
    else if (rel === 'disjoint') out.push({ kind: 'conflict', fact: 'effect', weight: 0.8, reason: `Passage says it was ${describeLevel(best.p.level)} (${quote}); the claim says it was ${describeLevel(c.level)}.` });
    else out.push({ kind: 'compatible', fact: 'effect', weight: 0.4, reason: `Passage says it was ${describeLevel(best.p.level)}, which does not settle whether it was ${describeLevel(c.level)}.` });
  }
  return out;
}

const toLevel = ([lo, hi]: [number, number]): Interval => ({ lo, hi, loOpen: false, hiOpen: false });
