import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Article } from '../articles/article.entity.js';
import { Revision } from '../articles/revision.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { planReview, planVerdict, type CitedSource } from '../claims/claim-lifecycle/index.js';
import { toClaimDto } from '../claims/claim.mapper.js';
import { ClaimRepository } from '../claims/claim.repository.js';
import type { ClaimDto } from '../claims/claims.dto.js';
import { VerdictRepository } from '../claims/verdict.repository.js';
import { inTransaction } from '../common/transaction.js';
import type { Actor } from '../common/request-context.js';
import type { BulkVerdictDto, BulkVerdictResponseDto, CitationInputDto, DecideVerdictDto } from './verdicts.dto.js';
import { problemBodyOf } from '../common/problem.filter.js';
import { AppConfig } from '../config/app-config.js';
import type { ReviewClaimDto } from '../claims/claims.dto.js';

@Injectable()
export class VerdictsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly claimRows: ClaimRepository,
    private readonly verdictRows: VerdictRepository,
    private readonly config: AppConfig,
  ) {}

  /**
   * Decides or corrects a claim's verdict (claim-lifecycle/verdict.ts has the rules). The claim row is locked
   * for the whole transaction, so of several editors sending the same If-Match exactly one wins and the
   * others get 412.
   */
  async decide(claimId: string, dto: DecideVerdictDto, ifMatch: string | undefined, actor: Actor): Promise<ClaimDto> {
    return inTransaction(this.dataSource, async (em) => {
      const claim = await this.claimRows.lock(em, claimId);
      const current = await this.verdictRows.find(em, claim.currentVerdictId);
      const previous = current && { verdict: current.verdict, note: current.note, citations: await this.verdictRows.citationsOf(em, current.id) };
      const citations = await this.loadCited(em, dto.citations ?? []);
      const outlet = await this.outletOf(em, claim.articleId);
      const request = { ...dto, citations, ifMatch, outlet, reviewRequired: this.config.REVIEW_REQUIRED };
      const plan = planVerdict(claim, previous, request, { actor: actor.name, actorTokenId: actor.tokenId, now: new Date(), newId: randomUUID });
      const verdict = await this.verdictRows.insertVerdict(em, plan.verdict);
      await this.verdictRows.insertCitations(em, plan.citations);
      if (plan.correction) await this.verdictRows.insertCorrection(em, plan.correction);
      const written = await this.claimRows.applyPatch(em, claimId, plan.claim);
      await this.audit.record(em, actor, plan.audit);
      return toClaimDto({ ...claim, ...plan.claim, ...written }, verdict, plan.citations);
    });
  }

  /**
   * A second editor approves or rejects the current verdict (claim-lifecycle/review.ts has the rules, among
   * them that nobody reviews their own verdict). Locked like a decision, so a review and a new
   * decision never cross: the loser gets 412.
   */
  async review(claimId: string, dto: ReviewClaimDto, ifMatch: string | undefined, actor: Actor): Promise<ClaimDto> {
    return inTransaction(this.dataSource, async (em) => {
      const claim = await this.claimRows.lock(em, claimId);
      const current = await this.verdictRows.find(em, claim.currentVerdictId);
      const plan = planReview(claim, current, { ...dto, ifMatch }, { actor: actor.name, actorTokenId: actor.tokenId, now: new Date(), newId: randomUUID });
      const review = await this.verdictRows.insertReview(em, plan.review);
      const written = await this.claimRows.applyPatch(em, claimId, plan.claim);
      await this.audit.record(em, actor, plan.audit);
      const citations = await this.verdictRows.citationsOf(em, current!.id);
      return toClaimDto({ ...claim, ...plan.claim, ...written }, current!, citations, review);
    });
  }

  /**
   * One verdict for many claims. Each claim is decided in its own transaction with its own audit
   * event, so one stale or invalid item fails alone and is reported, not thrown.
   */
  async decideMany(dto: BulkVerdictDto, actor: Actor): Promise<BulkVerdictResponseDto> {
    const { items, ...decision } = dto;
    const results: BulkVerdictResponseDto['results'] = [];
    for (const item of items) {
      try {
        // `?? undefined`: @IsOptional lets an explicit null through, and null means no If-Match.
        results.push({ claimId: item.claimId, status: 200, claim: await this.decide(item.claimId, decision, item.ifMatch ?? undefined, actor) });
      } catch (error) {
        const problem = problemBodyOf(error);
        if (problem.status >= 500) throw error;
        results.push({ claimId: item.claimId, status: problem.status, problem });
      }
    }
    const succeeded = results.filter((r) => r.status === 200).length;
    return { results, succeeded, failed: results.length - succeeded };
  }

  /** GET /stats reads verdicts alone: each keeps its article's outlet as it was when decided. */
  private async outletOf(em: EntityManager, articleId: string | null): Promise<string | null> {
    if (!articleId) return null;
    return (await em.findOne(Article, { select: { id: true, outlet: true }, where: { id: articleId } }))?.outlet ?? null;
  }

  /** What each citation points at, as stored; claim-lifecycle/verdict.ts decides whether it may be cited. */
  private async loadCited(em: EntityManager, inputs: CitationInputDto[]): Promise<CitedSource[]> {
    const cited: CitedSource[] = [];
    for (const request of inputs) {
      const article = await em.findOneBy(Article, { id: request.articleId });
      const revision = article ? await em.findOneBy(Revision, { id: request.revisionId ?? article.currentRevisionId!, articleId: article.id }) : null;
      cited.push({ request, articleId: article?.id ?? null, revision });
    }
    return cited;
  }
}
