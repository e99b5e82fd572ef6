import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanArticle, splitSentences } from '../../text/src/index.js';
import { scoreEvaluation, type EvaluationItem, type EvaluationScores, type Prediction } from './evaluate.js';
import { rankEvidence, suggestVerdict, type EvidenceCandidate } from './ranking.js';

export interface EvaluationSet {
  sources?: Array<{ file: string; published?: string }>;
  items: EvaluationItem[];
}

export interface OfflineEvaluation extends EvaluationScores {
  predictions: Array<Prediction & { label: string; rationale: string[] }>;
  /** Mean milliseconds per claim for ranking + verdict, after the first (warm-up) claim. */
  msPerClaim: number;
}

/** The repository root: the nearest folder above this file with a package.json (works from src and from dist). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const DEFAULT_SET_PATH = () => join(repoRoot(), 'test', 'eval', 'evidence-set.json');

/** Sentences of a seed as evidence candidates: cleaned by #text, furniture and off-topic paragraphs left out. */
function seedCandidates(file: string, raw: string, published?: string): EvidenceCandidate[] {
  const cleaned = cleanArticle(raw);
  const skip = cleaned.segments.filter((s) => s.kind === 'off-topic' || s.kind === 'byline');
  return splitSentences(cleaned.text)
    .filter((s) => !skip.some((seg) => s.start < seg.end && s.end > seg.start))
    .map((s, k) => ({ id: `${file}#${k}`, articleId: file, text: s.text, published }));
}

/**
 * Runs the labelled set against the seed files without a database: every sentence of every other seed is a
 * candidate, rankEvidence orders them and suggestVerdict decides.
 */
export function runOfflineEvaluation(seedsDir: string, setPath: string = DEFAULT_SET_PATH()): OfflineEvaluation {
  const set = JSON.parse(readFileSync(setPath, 'utf8')) as EvaluationSet;
  const published = new Map((set.sources ?? []).map((s) => [s.file, s.published]));
  const candidates = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => seedCandidates(file, readFileSync(join(seedsDir, file), 'utf8'), published.get(file)));
  const predictions: OfflineEvaluation['predictions'] = [];
  let elapsed = 0;
  set.items.forEach((item, k) => {
    const started = performance.now();
    const evidence = rankEvidence(
      { text: item.claim, published: item.published ?? undefined, articleId: item.sourceSeed ?? undefined },
      candidates,
      10,
    );
    const verdict = suggestVerdict(evidence);
    if (k > 0) elapsed += performance.now() - started;
    predictions.push({ id: item.id, verdict: verdict.verdict, evidenceSources: evidence.map((e) => e.articleId), label: item.label, rationale: verdict.rationale });
  });
  return { ...scoreEvaluation(set.items, predictions), predictions, msPerClaim: elapsed / Math.max(1, set.items.length - 1) };
}

// `node dist/libs/evidence/src/eval-offline.js [seedsDir]` prints the scores.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = runOfflineEvaluation(process.argv[2] ?? join(repoRoot(), 'seeds'));
  const { predictions: _p, ...scores } = report;
  console.log(JSON.stringify(scores, null, 2));
}
