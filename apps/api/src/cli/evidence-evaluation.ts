import { readFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import { scoreEvaluation, type EvaluationItem, type EvaluationScores, type Prediction } from '#evidence';
import { DataSource } from 'typeorm';
import { Article } from '../articles/article.entity.js';
import { ArticlesService } from '../articles/articles.service.js';
import { ClaimsService } from '../claims/claims.service.js';
import { SEED_ACTOR } from '../seeds/seeds.service.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { EvidenceWorker } from '../evidence/evidence.worker.js';

export interface EvaluationSet {
  sources?: Array<{ file: string; published?: string }>;
  items: EvaluationItem[];
}

export const TARGETS = { labelAccuracy: 0.9, recallAt5: 0.95, wronglyDisputedRate: 0.05 };

export interface ApiEvaluation extends EvaluationScores {
  predictions: Array<Prediction & { label: string; claim: string; rationale: string[] }>;
  meetsTargets: boolean;
}

/**
 * Scores the labelled set through the running system on a seeded database: the publication dates a
 * checker records are set on the seed articles, quoted claims are anchored in their seed by quote,
 * typed claims are created standalone, and the stored evidence is read back as the API serves it.
 * With `undated`, the seeds keep the dates they arrive with (none): events are then told apart by
 * what the texts themselves date, as on a desk whose articles carry no publication date.
 */
export async function evaluateEvidence(app: INestApplication, setPath: string, { undated = false } = {}): Promise<ApiEvaluation> {
  const set = JSON.parse(readFileSync(setPath, 'utf8')) as EvaluationSet;
  const articles = await app.get(DataSource).getRepository(Article).find();
  const idBySeed = new Map(articles.filter((a) => a.seedKey).map((a) => [a.seedKey!, a.id]));
  const seedById = new Map([...idBySeed].map(([seed, id]) => [id, seed]));
  for (const source of undated ? [] : (set.sources ?? [])) {
    const id = idBySeed.get(source.file);
    if (id && source.published) await app.get(ArticlesService).update(id, { publishedOn: source.published }, SEED_ACTOR);
  }
  await app.get(EvidenceWorker).drain();

  const claims = app.get(ClaimsService);
  const evidence = app.get(EvidenceService);
  const predictions: ApiEvaluation['predictions'] = [];
  for (const item of set.items) {
    const articleId = item.sourceSeed ? idBySeed.get(item.sourceSeed) : undefined;
    if (item.sourceSeed && !articleId) throw new Error(`${item.id}: seed ${item.sourceSeed} is not loaded`);
    const { body: claim } = await claims.create(
      articleId ? { articleId, quote: { exact: item.claim } } : { text: item.claim, claimedOn: item.published ?? undefined },
      SEED_ACTOR,
    );
    const result = await evidence.forClaim(claim.id);
    predictions.push({
      id: item.id,
      claim: item.claim,
      label: item.label,
      verdict: result.suggestion.verdict,
      evidenceSources: result.evidence.map((e) => seedById.get(e.articleId) ?? e.articleId),
      rationale: result.suggestion.rationale,
    });
  }
  const scores = scoreEvaluation(set.items, predictions);
  const meetsTargets = scores.labelAccuracy >= TARGETS.labelAccuracy && scores.recallAt5 >= TARGETS.recallAt5 && scores.wronglyDisputedRate <= TARGETS.wronglyDisputedRate;
  return { ...scores, predictions, meetsTargets };
}
