import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SET_PATH, type EvaluationSet } from './eval-offline.js';
import { compareClaims, splitAttribution } from './same-claim.js';

// "Claims already checked" measured on the seed reports and on the labelled set of eval:evidence.

const seedsDir = fileURLToPath(new URL('../../../seeds', import.meta.url));
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ seed: f, text: readFileSync(`${seedsDir}/${f}`, 'utf8') }));
/** Sentences of the seed reports (a plain split: the test must not lean on the code it checks). */
const sentences = seeds.flatMap(({ seed, text }) =>
  text
    .split(/(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 6)
    .map((s) => ({ seed, text: s })),
);
const set = JSON.parse(readFileSync(DEFAULT_SET_PATH(), 'utf8')) as EvaluationSet;

/** Independent of the comparison: the figures, month names and capitalised words a reader would check. */
const MONTHS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi;
const figures = (s: string) => new Set(splitAttribution(s).statement.match(/\d+(?:[.,]\d+)*/g) ?? []);
const months = (s: string) => new Set((splitAttribution(s).statement.match(MONTHS) ?? []).map((m) => m.slice(0, 3).toLowerCase()));
const equal = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

function crossOutletPairs(items: Array<{ seed: string; text: string }>) {
  const linked: Array<[string, string]> = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      if (items[i].seed === items[j].seed) continue;
      if (compareClaims(items[i].text, items[j].text).same) linked.push([items[i].text, items[j].text]);
    }
  return linked;
}

describe('claims already checked on the seeds', () => {
  const linked = crossOutletPairs(sentences);

  it('links the statements the outlets repeat: the Europol quotes with and without bracketed insertions, and the agency statement', () => {
    const has = (a: RegExp, b: RegExp) => linked.some(([x, y]) => (a.test(x) && b.test(y)) || (a.test(y) && b.test(x)));
    expect(has(/punched a big hole in the capability of \[Isis\]/, /ground-breaking operation we have punched/)).toBe(true);
    expect(has(/punched a big hole in the capability of \[Isis\]/, /capability of IS \[Isis\]/)).toBe(true);
    expect(has(/the UK and the US, was aimed/, /the United Kingdom and the USA, was aimed/)).toBe(true);
    expect(has(/We will not stop until their propaganda/, /We will not stop until their propaganda/)).toBe(true);
  });

  it('never links two sentences, or two labelled claims, that differ in a figure or a month', () => {
    const labelled = crossOutletPairs(set.items.filter((i) => i.sourceSeed).map((i) => ({ seed: i.sourceSeed!, text: i.claim })));
    for (const [a, b] of [...linked, ...labelled]) {
      expect(equal(figures(a), figures(b)), `${a}\n${b}`).toBe(true);
      expect(equal(months(a), months(b)), `${a}\n${b}`).toBe(true);
    }
  });

  it('never links a labelled claim to itself with one figure, date or participant changed', () => {
    const changes: Array<[RegExp, (m: string) => string]> = [
      [/\b\d+\b/, (m) => String(Number(m) + 1)],
      [/\b(April|March|May|June)\b/, (m) => (m === 'April' ? 'March' : 'April')],
      [/\b(Belgian|French|Canada|France|Europol|the US|Amaq)\b/, (m) => ({ Belgian: 'Dutch', French: 'Spanish', Canada: 'Mexico', France: 'Spain', Europol: 'Interpol', 'the US': 'Japan', Amaq: 'Reuters' })[m] ?? 'Norway'],
    ];
    let tried = 0;
    for (const item of set.items)
      for (const [pattern, replace] of changes) {
        if (!pattern.test(item.claim)) continue;
        const changed = item.claim.replace(pattern, replace);
        tried++;
        expect(compareClaims(item.claim, changed).same, `${item.claim}\n${changed}`).toBe(false);
      }
    expect(tried).toBeGreaterThan(40);
  });
});
