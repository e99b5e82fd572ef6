import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Article } from '../articles/article.entity.js';
import { Revision } from '../articles/revision.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { Claim } from '../claims/claim.entity.js';
import type { ClaimDto } from '../claims/claims.dto.js';
import { toClaimDto } from '../claims/claims.service.js';
import { isValidSpan, splitMessage, splitOffsetOf } from '../claims/selectors.js';
import { matchesVersion } from '../common/etag.js';
import { ProblemError } from '../common/problem.js';
import { inTransaction } from '../common/transaction.js';
import type { Actor } from '../common/request-context.js';
import { PublishingService } from '../publishing/publishing.service.js';
import { Citation, Verdict, type CitationStance, type VerdictValue } from './verdict.entity.js';
import type { BulkVerdictDto, BulkVerdictResponseDto, CitationInputDto, DecideVerdictDto } from './verdicts.dto.js';
import { problemBodyOf } from '../common/problem.filter.js';

/** The stance a verdict needs among its citations of other articles. */
const NEEDED_STANCE: Partial<Record<VerdictValue, CitationStance>> = { verified: 'supports', disputed: 'contradicts' };

@Injectable()
export class VerdictsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly publishing: PublishingService,
  ) {}

  /**
   * Decides or corrects a claim's verdict. The claim row is locked for the whole transaction, so of
   * several editors sending the same If-Match exactly one wins and the others get 412.
   */
  async decide(claimId: string, dto: DecideVerdictDto, ifMatch: string | undefined, actor: Actor): Promise<ClaimDto> {
    return inTransaction(this.dataSource, async (em) => {
      const claim = await em.findOne(Claim, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
      if (!claim) throw new ProblemError('not-found', `No claim with id ${claimId}.`);
      // Overwriting a verdict unseen would silently undo what another editor decided meanwhile.
      if (claim.currentVerdictId !== null && ifMatch === undefined) {
        throw new ProblemError('precondition-required', `The claim already has a verdict (${claim.status}); send If-Match with the ETag from GET /api/v1/claims/${claimId} (now "${claim.version}") to change it.`, {
          currentVersion: claim.version,
        });
      }
      if (!matchesVersion(ifMatch, claim.version)) {
        throw new ProblemError('precondition-failed', `If-Match ${ifMatch} does not match the claim's current version "${claim.version}"; reload it and decide again.`, {
          currentVersion: claim.version,
        });
      }
      const isCorrection = claim.currentVerdictId !== null;
      if (isCorrection && !dto.reason?.trim()) {
        throw new ProblemError('reason-required', `The claim is already ${claim.status}; send a reason to correct it.`);
      }
      const isPublished = claim.publishedAt !== null;
      if (isPublished && !dto.correctionNote?.trim()) {
        throw new ProblemError('correction-note-required', 'The claim is published: send a public correctionNote; it appears in the corrections feeds.');
      }
      const citations = await this.resolveCitations(em, claim, dto.citations ?? []);
      const needed = NEEDED_STANCE[dto.verdict];
      if (needed && !citations.some((c) => c.articleId !== claim.articleId && c.stance === needed)) {
        throw new ProblemError('citation-required', `A ${dto.verdict} verdict needs at least one citation of another article that ${needed === 'supports' ? 'supports' : 'contradicts'} the claim.`);
      }

      const previous = claim.currentVerdictId ? await em.findOneByOrFail(Verdict, { id: claim.currentVerdictId }) : null;
      const before = { status: claim.status, version: claim.version, verdictId: claim.currentVerdictId, note: previous?.note ?? null };
      // GET /stats reads verdicts alone: each keeps its claim's creation time and its article's outlet.
      const outlet = claim.articleId ? ((await em.findOne(Article, { select: { id: true, outlet: true }, where: { id: claim.articleId } }))?.outlet ?? null) : null;
      const verdict = await em.save(
        em.create(Verdict, {
          claimId,
          claimCreatedAt: claim.createdAt,
          outlet,
          verdict: dto.verdict,
          note: dto.note ?? '',
          reason: isCorrection ? dto.reason!.trim() : (dto.reason?.trim() ?? null),
          supersedesId: claim.currentVerdictId,
          claimVersion: claim.version + 1,
          decidedBy: actor.name,
        }),
      );
      const savedCitations = await em.save(
        Citation,
        citations.map((c, position) => em.create(Citation, { ...c, verdictId: verdict.id, position })),
      );
      claim.status = dto.verdict;
      claim.currentVerdictId = verdict.id;
      const correction = isPublished ? await this.publishing.publishCorrection(em, claim, previous!.id, verdict, dto.correctionNote!.trim()) : null;
      // One UPDATE (the query builder adds the version bump and updated_at); em.save would first re-read the row.
      const updated = await em
        .createQueryBuilder()
        .update(Claim)
        .set({ status: claim.status, currentVerdictId: claim.currentVerdictId, publishedAt: claim.publishedAt, publishedVerdictId: claim.publishedVerdictId, publicationSeq: claim.publicationSeq })
        .where('id = :id', { id: claimId })
        .returning('version, updated_at')
        .execute();
      const [{ version, updated_at: updatedAt }] = updated.raw as Array<{ version: number; updated_at: Date }>;
      Object.assign(claim, { version, updatedAt });
      await this.audit.record(em, actor, {
        action: isCorrection ? 'verdict.corrected' : 'verdict.decided',
        entityType: 'claim',
        entityId: claimId,
        before,
        after: {
          status: claim.status,
          version: claim.version,
          verdictId: verdict.id,
          note: verdict.note,
          citations: savedCitations.map(({ articleId, revisionId, start, end, stance }) => ({ articleId, revisionId, start, end, stance })),
        },
        reason: verdict.reason,
      });
      if (correction) await this.audit.record(em, actor, correction);
      return toClaimDto(claim, verdict, savedCitations);
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

  /** Every citation must point at real, non-blank text of an existing revision. */
  private async resolveCitations(em: EntityManager, claim: Claim, inputs: CitationInputDto[]) {
    const resolved: Array<Omit<Citation, 'id' | 'verdictId' | 'position'>> = [];
    for (const [i, c] of inputs.entries()) {
      const article = await em.findOneBy(Article, { id: c.articleId });
      if (!article) throw new ProblemError('citation-invalid', `citations[${i}]: no article with id ${c.articleId}.`);
      const revision = await em.findOneBy(Revision, { id: c.revisionId ?? article.currentRevisionId!, articleId: article.id });
      if (!revision) throw new ProblemError('citation-invalid', `citations[${i}]: article ${c.articleId} has no revision ${c.revisionId}.`);
      if (!isValidSpan(revision.text, c)) {
        throw new ProblemError('citation-invalid', `citations[${i}]: ${c.start}-${c.end} is not a non-blank span of the cited text (length ${revision.text.length}).`);
      }
      const split = splitOffsetOf(revision.text, c);
      if (split !== null) throw new ProblemError('citation-invalid', `citations[${i}]: ${splitMessage(split)}`);
      if (revision.id === claim.revisionId && c.start === claim.start && c.end === claim.end) {
        throw new ProblemError('citation-invalid', `citations[${i}]: a claim cannot cite itself.`);
      }
      resolved.push({ articleId: article.id, revisionId: revision.id, start: c.start, end: c.end, stance: c.stance, quote: revision.text.slice(c.start, c.end) });
    }
    return resolved;
  }
}
