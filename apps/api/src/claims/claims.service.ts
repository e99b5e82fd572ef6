import { Injectable } from '@nestjs/common';
import { describeClaim, extractClaims, type CleanResult, type ExtractedClaim } from '#text';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Article } from '../articles/article.entity.js';
import { Revision } from '../articles/revision.entity.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuditEventDto } from '../audit/audit.dto.js';
import { pageLimit, toPage, type Page } from '../common/pagination.js';
import { ProblemError } from '../common/problem.js';
import { inTransaction } from '../common/transaction.js';
import type { AuditActor } from '../audit/audit-entry.js';
import type { Written } from '../common/written.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { Citation, Verdict, VerdictReview } from './verdict.entity.js';
import { ApiToken } from '../auth/api-token.entity.js';
import type { Actor } from '../common/request-context.js';
import { planAssign } from './claim-lifecycle/index.js';
import { Claim } from './claim.entity.js';
import { snapshot, toClaimDto } from './claim.mapper.js';
import { decodeClaimCursor, encodeClaimCursor, selectClaimPage, type ClaimSort } from './claim-queries.js';
import { ClaimRepository } from './claim.repository.js';
import type { ArticleClaimsQuery, ClaimDto, ClaimListQuery, CreateClaimDto } from './claims.dto.js';
import { isValidSpan, quoteOf, resolveQuote, splitMessage, splitOffsetOf, type Span } from './selectors.js';

@Injectable()
export class ClaimsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly evidence: EvidenceService,
    private readonly claimRows: ClaimRepository,
  ) {}

  /** Stores the check-worthy sentences of a new revision as claims, inside the ingest transaction (`found`: extracted beforehand, outside it). */
  async extractInto(em: EntityManager, revision: Revision, clean: CleanResult, actor: AuditActor, found: ExtractedClaim[] = extractClaims(clean)): Promise<Claim[]> {
    if (found.length === 0) return [];
    const saved = await this.claimRows.insertMany(
      em,
      found.map((c) => ({
        articleId: revision.articleId,
        revisionId: revision.id,
        start: c.start,
        end: c.end,
        text: c.text,
        ...contextOf(clean.text, c),
        kind: c.kind,
        kinds: c.kinds,
        score: c.score,
        signals: c.signals,
        claimedOn: null,
        origin: 'extracted' as const,
        createdBy: actor.name,
      })),
    );
    await this.audit.record(
      em,
      actor,
      saved.map((c) => ({ action: 'claim.created', entityType: 'claim', entityId: c.id, after: snapshot(c) })),
    );
    return saved;
  }

  /**
   * An editor's claim: anchored by quote or position, or standalone text.
   * A span that already has a claim returns that claim instead of a duplicate.
   */
  async create(dto: CreateClaimDto, actor: AuditActor): Promise<Written<ClaimDto>> {
    // `!= null`: @IsOptional lets an explicit null through, and a null form is no form.
    const forms = [dto.quote, dto.position, dto.text].filter((f) => f != null).length;
    if (forms !== 1) throw new ProblemError('validation-failed', 'Give exactly one of quote, position (both with articleId) or text.');
    if ((dto.quote || dto.position) && !dto.articleId) throw new ProblemError('validation-failed', 'quote and position need articleId.');
    if (dto.text !== undefined && dto.articleId) throw new ProblemError('validation-failed', 'text is for standalone claims; to claim article text, send quote or position.');
    if (dto.claimedOn !== undefined && dto.text === undefined) throw new ProblemError('validation-failed', 'claimedOn is for standalone claims; a claim in an article has the article’s date.');

    const result = await inTransaction(this.dataSource, async (em) => {
      if (dto.text !== undefined) return { created: true, claim: await this.insert(em, { text: dto.text.trim(), claimedOn: dto.claimedOn ?? null }, actor) };
      const article = await em.findOneBy(Article, { id: dto.articleId! });
      if (!article) throw new ProblemError('not-found', `No article with id ${dto.articleId}.`);
      const revision = await em.findOneByOrFail(Revision, { id: article.currentRevisionId! });
      const span = this.locate(revision.text, dto);
      const existing = await em.findOneBy(Claim, { revisionId: revision.id, start: span.start, end: span.end });
      if (existing) return { created: false, claim: existing };
      return { created: true, claim: await this.insert(em, { revision, span }, actor) };
    });
    return { created: result.created, body: (await this.toDtos([result.claim]))[0] };
  }

  async get(id: string): Promise<ClaimDto> {
    return (await this.toDtos([await this.find(id)]))[0];
  }

  async find(id: string, em: EntityManager = this.dataSource.manager): Promise<Claim> {
    const claim = await em.findOneBy(Claim, { id });
    if (!claim) throw new ProblemError('not-found', `No claim with id ${id}.`);
    return claim;
  }

  async list(query: ClaimListQuery, actor: Pick<Actor, 'name' | 'tokenId'>): Promise<Page<ClaimDto>> {
    const limit = pageLimit(query);
    const sort = query.sort ?? 'seq';
    const filter = {
      after: decodeClaimCursor(query.cursor, sort),
      sort,
      articleId: query.articleId,
      status: query.status,
      kind: query.kind,
      outlet: query.outlet,
      q: query.q,
      assigneeTokenId: assigneeOf(query.assignee, actor),
      review: query.review,
      reviewerName: actor.name,
    };
    return this.page(await selectClaimPage(this.dataSource.manager, filter, limit), limit, sort);
  }

  /** Claims on one revision of an article (the current one unless named), in reading order of creation. */
  async listForArticle(articleId: string, query: ArticleClaimsQuery): Promise<Page<ClaimDto>> {
    const article = await this.dataSource.getRepository(Article).findOneBy({ id: articleId });
    if (!article) throw new ProblemError('not-found', `No article with id ${articleId}.`);
    const revisionId = query.revisionId ?? article.currentRevisionId;
    if (!revisionId) return { items: [], nextCursor: null };
    if (query.revisionId && !(await this.dataSource.getRepository(Revision).existsBy({ id: query.revisionId, articleId }))) {
      throw new ProblemError('not-found', `Article ${articleId} has no revision ${query.revisionId}.`);
    }
    const limit = pageLimit(query);
    return this.page(await selectClaimPage(this.dataSource.manager, { after: decodeClaimCursor(query.cursor, 'seq'), revisionId }, limit), limit);
  }

  /** Hands the claim to an editor's token, or to nobody (claim-lifecycle/assign.ts has the rules). */
  async assign(claimId: string, tokenId: string | null, ifMatch: string | undefined, actor: Actor): Promise<ClaimDto> {
    return inTransaction(this.dataSource, async (em) => {
      const claim = await this.claimRows.lock(em, claimId);
      const token = tokenId === null ? null : await em.findOne(ApiToken, { select: { id: true, name: true, role: true, revokedAt: true }, where: { id: tokenId } });
      const plan = planAssign(claim, tokenId, token, ifMatch);
      const written = plan.claim ? await this.claimRows.applyPatch(em, claimId, plan.claim) : {};
      await this.audit.record(em, actor, plan.audit);
      return (await this.toDtos([{ ...claim, ...plan.claim, ...written }], em))[0];
    });
  }

  async history(id: string): Promise<AuditEventDto[]> {
    await this.find(id);
    return this.audit.historyOf('claim', id);
  }

  /** Claims with their current verdicts and citations, in three queries whatever the page size. */
  async toDtos(claims: Claim[], em: EntityManager = this.dataSource.manager): Promise<ClaimDto[]> {
    const verdictIds = claims.map((c) => c.currentVerdictId).filter((id): id is string => id !== null);
    const verdicts = verdictIds.length ? await em.findBy(Verdict, { id: In(verdictIds) }) : [];
    const citations = verdictIds.length ? await em.find(Citation, { where: { verdictId: In(verdictIds) }, order: { position: 'ASC' } }) : [];
    const reviewed = claims.filter((c) => c.reviewStatus === 'approved' || c.reviewStatus === 'rejected').map((c) => c.currentVerdictId!);
    const reviews = reviewed.length ? await em.find(VerdictReview, { where: { verdictId: In(reviewed) }, order: { seq: 'ASC' } }) : [];
    const verdictById = new Map(verdicts.map((v) => [v.id, v]));
    // Oldest first, so the map keeps each verdict's latest review.
    const reviewOf = new Map(reviews.map((r) => [r.verdictId, r]));
    return claims.map((c) => {
      const verdictId = c.currentVerdictId;
      return toClaimDto(c, verdictId ? verdictById.get(verdictId) : undefined, citations, verdictId ? reviewOf.get(verdictId) : undefined);
    });
  }

  private async page(rows: Claim[], limit: number, sort: ClaimSort = 'seq'): Promise<Page<ClaimDto>> {
    const page = toPage(rows, limit, (last) => encodeClaimCursor(last, sort), (c) => c);
    return { items: await this.toDtos(page.items), nextCursor: page.nextCursor };
  }

  private locate(text: string, dto: CreateClaimDto): Span {
    if (dto.position) {
      if (!isValidSpan(text, dto.position)) {
        throw new ProblemError('span-out-of-range', `position ${dto.position.start}-${dto.position.end} is not a non-blank span of the article text (length ${text.length}).`);
      }
      const split = splitOffsetOf(text, dto.position);
      if (split !== null) throw new ProblemError('span-out-of-range', `position ${dto.position.start}-${dto.position.end}: ${splitMessage(split)}`);
      return { start: dto.position.start, end: dto.position.end };
    }
    const match = resolveQuote(text, dto.quote!);
    if (match.ok) return match.span;
    if (match.reason === 'ambiguous') {
      throw new ProblemError('quote-ambiguous', `The quote occurs ${match.count} times in the article; add a prefix or suffix to pick one.`);
    }
    const hint = match.count > 0 ? ` It occurs ${match.count} time(s), but not with that prefix/suffix.` : '';
    throw new ProblemError('quote-not-found', `The quote "${truncate(dto.quote!.exact)}" is not in the article's current text.${hint}`);
  }

  private async insert(em: EntityManager, what: { text: string; claimedOn: string | null } | { revision: Revision; span: Span }, actor: AuditActor): Promise<Claim> {
    const anchored = 'revision' in what;
    const text = anchored ? what.revision.text.slice(what.span.start, what.span.end) : what.text;
    const described = describeClaim(text);
    const claim = await this.claimRows.insertOne(em, {
      articleId: anchored ? what.revision.articleId : null,
      revisionId: anchored ? what.revision.id : null,
      start: anchored ? what.span.start : null,
      end: anchored ? what.span.end : null,
      text,
      ...(anchored ? contextOf(what.revision.text, what.span) : { prefix: null, suffix: null }),
      claimedOn: anchored ? null : what.claimedOn,
      kind: described.kind,
      kinds: described.kinds,
      score: described.score,
      signals: described.signals,
      origin: 'editor',
      createdBy: actor.name,
    });
    await this.audit.record(em, actor, { action: 'claim.created', entityType: 'claim', entityId: claim.id, after: snapshot(claim) });
    await this.evidence.enqueue(em, [claim.id]);
    return claim;
  }
}

/** `me` is the calling token; the admin token from the environment has no id, so nothing is ever assigned to it. */
function assigneeOf(assignee: string | undefined, actor: Pick<Actor, 'tokenId'>): string | null | undefined {
  if (assignee === undefined) return undefined;
  if (assignee === 'none') return null;
  if (assignee === 'me') {
    if (!actor.tokenId) throw new ProblemError('validation-failed', 'assignee=me: the admin token from the environment cannot be assigned claims; sign in with a token of your own.');
    return actor.tokenId;
  }
  return assignee.toLowerCase();
}

function contextOf(text: string, span: Span): { prefix: string; suffix: string } {
  const { prefix, suffix } = quoteOf(text, span);
  return { prefix, suffix };
}

const truncate = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n)}…` : s);
