import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SET_PATH, runOfflineEvaluation, type EvaluationSet } from './eval-offline.js';

const seedsDir = fileURLToPath(new URL('../../../seeds', import.meta.url));

describe('evidence-set.json', () => {
  const set = JSON.parse(readFileSync(DEFAULT_SET_PATH(), 'utf8')) as EvaluationSet;
  const seeds = new Map(readdirSync(seedsDir).map((f) => [f, readFileSync(`${seedsDir}/${f}`, 'utf8')]));

  it('quotes every sourced claim verbatim from its seed', () => {
    const notQuoted = set.items.filter((i) => i.sourceSeed && !seeds.get(i.sourceSeed)?.includes(i.claim)).map((i) => i.id);
    expect(notQuoted).toEqual([]);
  });

  it('cites only existing seeds, never the claim\'s own', () => {
    const bad = set.items.filter((i) => i.evidenceSeeds.some((s) => !seeds.has(s) || s === i.sourceSeed)).map((i) => i.id);
    expect(bad).toEqual([]);
  });

  it('has unique ids, known labels and the orientation examples', () => {
    expect(new Set(set.items.map((i) => i.id)).size).toBe(set.items.length);
    expect(set.items.every((i) => ['verified', 'disputed', 'unsupported'].includes(i.label))).toBe(true);
    const label = (claim: string) => set.items.find((i) => i.claim === claim)?.label;
    expect(label('The operation targeted al-Bayan radio')).toBe('verified');
    expect(label('The operation was led by French prosecutors')).toBe('disputed');
    expect(label('Amaq publishes in 12 languages')).toBe('unsupported');
    expect(label('Europol is based in The Hague')).toBe('verified');
  });
});

describe(runOfflineEvaluation.name, () => {
  const report = runOfflineEvaluation(seedsDir);

  it('reports scores on the labelled set (printed for the README)', () => {
    const { predictions: _predictions, ...scores } = report;
    console.log(JSON.stringify(scores, null, 1));
    expect(report.items).toBeGreaterThanOrEqual(40);
  });

  it('labels at least 90% of the claims as a fact-checker did', () => {
    expect(report.labelAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('puts a cited source among the top five passages for at least 95% of cited claims', () => {
    expect(report.recallAt5).toBeGreaterThanOrEqual(0.95);
  });

  it('wrongly disputes at most 5% of the claims that are not disputed', () => {
    expect(report.wronglyDisputedRate).toBeLessThanOrEqual(0.05);
  });
});
