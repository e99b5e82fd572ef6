import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NewCitation, NewCorrection, NewReview, NewVerdict } from './claim-lifecycle/index.js';
import { Correction } from './correction.entity.js';
import { Citation, Verdict, VerdictReview } from './verdict.entity.js';

/** The one writer of the verdict, citation, correction and verdict_review tables: rows that are only ever inserted. */
@Injectable()
export class VerdictRepository {
  async find(em: EntityManager, id: string | null): Promise<Verdict | null> {
    return id === null ? null : em.findOneByOrFail(Verdict, { id });
  }

  async citationsOf(em: EntityManager, verdictId: string): Promise<Citation[]> {
    return em.find(Citation, { where: { verdictId }, order: { position: 'ASC' } });
  }

  /** The verdict as stored, with the database's decidedAt. */
  async insertVerdict(em: EntityManager, verdict: NewVerdict): Promise<Verdict> {
    const { generatedMaps } = await em.insert(Verdict, verdict);
    return { ...verdict, ...generatedMaps[0] } as Verdict;
  }

  async insertCitations(em: EntityManager, citations: NewCitation[]): Promise<void> {
    if (citations.length > 0) await em.insert(Citation, citations);
  }

  async insertCorrection(em: EntityManager, correction: NewCorrection): Promise<void> {
    await em.insert(Correction, correction);
  }

  async insertReview(em: EntityManager, review: NewReview): Promise<VerdictReview> {
    const { generatedMaps } = await em.insert(VerdictReview, review);
    return { ...review, ...generatedMaps[0] } as VerdictReview;
  }
}
