import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config/app-config.js';
import { evaluateEvidence, TARGETS } from './evidence-evaluation.js';
import { SeedsService } from '../seeds/seeds.service.js';
import { seedsDir } from '../seeds/seeds-dir.js';

/**
 * `npm run eval:evidence`: the labelled set in test/eval scored through the whole system, on a fresh
 * embedded database (never your ./data). Exits non-zero below the targets. `-- --undated` scores it
 * on the seeds as they arrive, without the publication dates a checker records (evidenceEvaluation);
 * `-- --set <file>` scores another labelled set of the same shape over the same seeds.
 */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-eval-'));
  const app = await createApp(loadConfig({ DATA_DIR: dir, SEED: 'false', LOG_LEVEL: 'warn', EVIDENCE_WORKER: 'false' }));
  try {
    await app.init();
    await app.get(SeedsService).load(seedsDir());
    const setArg = process.argv.indexOf('--set');
    const setPath = setArg > 0 && process.argv[setArg + 1] ? resolve(process.argv[setArg + 1]) : resolve(seedsDir(), '..', 'test', 'eval', 'evidence-set.json');
    const started = performance.now();
    const undated = process.argv.includes('--undated');
    const report = await evaluateEvidence(app, setPath, { undated });
    const seconds = (performance.now() - started) / 1000;
    for (const p of report.predictions.filter((x) => x.verdict !== x.label)) {
      console.log(`MISS ${p.id}: labelled ${p.label}, suggested ${p.verdict}\n  claim: ${p.claim}\n  ${p.rationale.join('\n  ')}`);
    }
    const cited = new Map(JSON.parse(readFileSync(setPath, 'utf8')).items.map((i: { id: string; evidenceSeeds: string[] }) => [i.id, i.evidenceSeeds]));
    for (const p of report.predictions) {
      const seeds = (cited.get(p.id) ?? []) as string[];
      if (seeds.length && !p.evidenceSources.slice(0, 5).some((s) => seeds.includes(s))) console.log(`NOT IN TOP 5 ${p.id}: cites ${seeds.join(', ')}; top five from ${p.evidenceSources.slice(0, 5).join(', ')}\n  claim: ${p.claim}`);
    }
    const pct = (n: number) => n.toFixed(3);
    console.log(`\nitems ${report.items} (${seconds.toFixed(1)} s)${undated ? ', seeds without publication dates' : ''}`);
    console.log(`label accuracy      ${pct(report.labelAccuracy)}  (target ≥ ${TARGETS.labelAccuracy})`);
    console.log(`evidence recall@5   ${pct(report.recallAt5)}  (target ≥ ${TARGETS.recallAt5})`);
    console.log(`wrongly disputed    ${pct(report.wronglyDisputedRate)}  (target ≤ ${TARGETS.wronglyDisputedRate})`);
    console.log(report.meetsTargets ? 'All targets met.' : 'Below target.');
    process.exitCode = report.meetsTargets ? 0 : 1;
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
