import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { VerdictRepository } from '../claims/verdict.repository.js';
import { Feed } from 'feed';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { Article } from '../articles/article.entity.js';
import type { AuditActor } from '../audit/audit-entry.js';
import { AuditService } from '../audit/audit.service.js';
import { Claim } from '../claims/claim.entity.js';
import type { ClaimDto } from '../claims/claims.dto.js';
import { planPublish } from '../claims/claim-lifecycle/index.js';
import { ClaimRepository } from '../claims/claim.repository.js';
import { ClaimsService } from '../claims/claims.service.js';
import { decodeCursor, encodeCursor, pageLimit, toPage, type Page } from '../common/pagination.js';
import { ProblemError } from '../common/problem.js';
import { inTransaction } from '../common/transaction.js';
import { AppConfig, publicUrl } from '../config/app-config.js';
import { Citation, Verdict } from '../claims/verdict.entity.js';
import { sourceNames } from '../evidence/retrieval.js';
import { toClaimReview, type PublishedVerdict } from './claim-review.js';
import { escapeHtml, renderReviewPage } from './review-page.js';
import { Correction } from '../claims/correction.entity.js';
import type { ClaimReviewDto, ClaimReviewQuery, CorrectionDto, CorrectionQuery } from './publishing.dto.js';

const FEED_SIZE = 50;

@Injectable()
export class PublishingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly claims: ClaimsService,
    private readonly claimRows: ClaimRepository,
    private readonly verdictRows: VerdictRepository,
    private readonly config: AppConfig,
  ) {}

  /** Publishes a decided claim's current verdict as a ClaimReview; under review only an approved one (claim-lifecycle/publish.ts has the rules). */
  async publish(claimId: string, ifMatch: string | undefined, actor: AuditActor): Promise<ClaimDto> {
    return inTransaction(this.dataSource, async (em) => {
      const claim = await this.claimRows.lock(em, claimId);
      const current = await this.verdictRows.find(em, claim.currentVerdictId);
      const plan = planPublish(claim, current, ifMatch, { now: new Date(), newId: randomUUID, reviewRequired: this.config.REVIEW_REQUIRED });
      if (plan.correction) await this.verdictRows.insertCorrection(em, plan.correction);
      const written = plan.claim ? await this.claimRows.applyPatch(em, claimId, plan.claim) : {};
      await this.audit.record(em, actor, plan.audit);
      return (await this.claims.toDtos([{ ...claim, ...plan.claim, ...written }], em))[0];
    });
  }

  async claimReview(claimId: string): Promise<ClaimReviewDto> {
    const claim = await this.dataSource.getRepository(Claim).findOneBy({ id: claimId, publishedAt: Not(IsNull()) });
    if (!claim) throw new ProblemError('not-found', `No published claim with id ${claimId}.`);
    return (await this.reviews([claim]))[0];
  }

  /** The public page of a published review: claim, rating, note, citations with sources, corrections, and the JSON-LD. */
  async reviewPage(claimId: string): Promise<string> {
    const claim = await this.dataSource.getRepository(Claim).findOneBy({ id: claimId, publishedAt: Not(IsNull()) });
    if (!claim) throw new ProblemError('not-found', `No published claim with id ${claimId}.`);
    const [jsonLd] = await this.reviews([claim]);
    const verdict = await this.dataSource.getRepository(Verdict).findOneByOrFail({ id: claim.publishedVerdictId! });
    const citations = await this.dataSource.getRepository(Citation).find({ where: { verdictId: verdict.id }, order: { position: 'ASC' } });
    const corrections = await this.dataSource.getRepository(Correction).find({ where: { claimId }, order: { seq: 'ASC' } });
    const articleIds = [...new Set([claim.articleId, ...citations.map((c) => c.articleId)].filter((id): id is string => id !== null))];
    const articles = new Map((articleIds.length ? await this.dataSource.getRepository(Article).findBy({ id: In(articleIds) }) : []).map((a) => [a.id, a]));
    const verdictIds = corrections.flatMap((k) => [k.previousVerdictId, k.verdictId]);
    const verdictOf = new Map((verdictIds.length ? await this.dataSource.getRepository(Verdict).findBy({ id: In(verdictIds) }) : []).map((v) => [v.id, v.verdict as PublishedVerdict]));
    // Named as rationales name them: an untitled article by its outlet and date, else its opening words.
    const names = await sourceNames((sql, params) => this.dataSource.query(sql, params), articleIds);
    const sourceOf = (id: string | null) => {
      const a = id ? articles.get(id) : undefined;
      return a ? { title: a.title, outlet: a.outlet, url: a.url, name: names.get(a.id) ?? null } : null;
    };
    return renderReviewPage({
      newsroom: this.config.NEWSROOM_NAME,
      claimText: claim.text,
      verdict: verdict.verdict as PublishedVerdict,
      note: verdict.note,
      firstPublishedAt: claim.firstPublishedAt ?? claim.publishedAt!,
      publishedAt: claim.publishedAt!,
      appearedIn: sourceOf(claim.articleId),
      citations: citations.map((c) => ({ quote: c.quote, stance: c.stance, source: sourceOf(c.articleId) ?? { title: null, outlet: null, url: null } })),
      corrections: corrections.map((k) => ({ publishedAt: k.publishedAt, previousVerdict: verdictOf.get(k.previousVerdictId)!, verdict: verdictOf.get(k.verdictId)!, note: k.note })),
      jsonLd,
    });
  }

  /** Published reviews in publication order, for a CMS to poll; a correction republishes a review. */
  async listClaimReviews(query: ClaimReviewQuery): Promise<Page<ClaimReviewDto>> {
    const limit = pageLimit(query);
    const qb = this.dataSource.getRepository(Claim).createQueryBuilder('c').where('c.publication_seq IS NOT NULL').orderBy('c.publication_seq', 'ASC').limit(limit + 1);
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('c.publication_seq > :after', { after });
    if (query.since) qb.andWhere('c.published_at >= :since', { since: query.since });
    const rows = await qb.getMany();
    const page = toPage(rows, limit, (c) => encodeCursor(c.publicationSeq!), (c) => c);
    return { items: await this.reviews(page.items), nextCursor: page.nextCursor };
  }

  async listCorrections(query: CorrectionQuery): Promise<Page<CorrectionDto>> {
    const limit = pageLimit(query);
    const qb = this.dataSource.getRepository(Correction).createQueryBuilder('k').orderBy('k.seq', 'DESC').limit(limit + 1);
    const before = decodeCursor(query.cursor);
    if (before) qb.andWhere('k.seq < :before', { before });
    const page = toPage(await qb.getMany(), limit, (k) => encodeCursor(k.seq), (k) => k);
    return { items: await this.correctionDtos(page.items), nextCursor: page.nextCursor };
  }

  /**
   * When this desk began: its first audit event (the first start's token or seeds). An empty corrections
   * feed is "updated" then — a real date, and the same on every request, so conditional GETs still match.
   */
  private async deskStarted(): Promise<Date> {
    const [row] = (await this.dataSource.query(`SELECT occurred_at FROM audit_event ORDER BY id LIMIT 1`)) as Array<{ occurred_at: Date }>;
    return row ? new Date(row.occurred_at) : new Date(0);
  }

  /** The newest corrections as an Atom feed, for readers and aggregators. */
  async correctionsAtom(): Promise<string> {
    const { items } = await this.listCorrections({ limit: FEED_SIZE });
    const base = publicUrl(this.config);
    const feed = new Feed({
      id: `${base}/corrections.atom`,
      link: `${base}/api/v1/corrections`,
      title: `${this.config.NEWSROOM_NAME}: corrections`,
      description: 'Corrections to published fact-checks, newest first.',
      copyright: this.config.NEWSROOM_NAME,
      updated: items[0] ? new Date(items[0].publishedAt) : await this.deskStarted(),
      feedLinks: { atom: `${base}/corrections.atom` },
      author: { name: this.config.NEWSROOM_NAME, link: this.config.NEWSROOM_URL },
    });
    for (const c of items) {
      // The feed package writes entries as type="html": notes and claims are plain text, so they are
      // escaped, or a reader would render "A & B <i>differ</i>" as markup (and run what it can).
      feed.addItem({
        id: `${base}/api/v1/corrections#${c.id}`,
        title: escapeHtml(`Correction: “${c.claimReviewed}” is now ${c.verdict} (was ${c.previousVerdict})`),
        link: c.url,
        date: new Date(c.publishedAt),
        description: escapeHtml(c.note),
        content: escapeHtml(c.note),
      });
    }
    return feed.atom1();
  }

  /** The public page that shows the review and carries its markup: the `url` search engines want. */
  private reviewUrl(claimId: string): string {
    return `${publicUrl(this.config)}/reviews/${claimId}`;
  }

  private async reviews(claims: Claim[]): Promise<ClaimReviewDto[]> {
    if (claims.length === 0) return [];
    const verdicts = await this.dataSource.getRepository(Verdict).findBy({ id: In(claims.map((c) => c.publishedVerdictId!)) });
    const articleIds = claims.map((c) => c.articleId).filter((id): id is string => id !== null);
    const articles = articleIds.length ? await this.dataSource.getRepository(Article).findBy({ id: In(articleIds) }) : [];
    const verdictById = new Map(verdicts.map((v) => [v.id, v]));
    const articleById = new Map(articles.map((a) => [a.id, a]));
    return claims.map((c) => {
      const verdict = verdictById.get(c.publishedVerdictId!)!;
      const article = c.articleId ? articleById.get(c.articleId) : undefined;
      return toClaimReview({
        url: this.reviewUrl(c.id),
        claimText: c.text,
        verdict: verdict.verdict,
        note: verdict.note,
        firstPublishedAt: c.firstPublishedAt ?? c.publishedAt!,
        publishedAt: c.publishedAt!,
        newsroom: { name: this.config.NEWSROOM_NAME, url: this.config.NEWSROOM_URL },
        article: article ? { url: article.url, outlet: article.outlet, author: article.author, publishedOn: article.publishedOn } : null,
      }) as unknown as ClaimReviewDto;
    });
  }

  private async correctionDtos(corrections: Correction[]): Promise<CorrectionDto[]> {
    if (corrections.length === 0) return [];
    const verdicts = await this.dataSource.getRepository(Verdict).findBy({ id: In(corrections.flatMap((k) => [k.verdictId, k.previousVerdictId])) });
    const claims = await this.dataSource.getRepository(Claim).findBy({ id: In(corrections.map((k) => k.claimId)) });
    const verdictOf = new Map(verdicts.map((v) => [v.id, v.verdict]));
    const claimText = new Map(claims.map((c) => [c.id, c.text]));
    return corrections.map((k) => ({
      id: k.id,
      claimId: k.claimId,
      claimReviewed: claimText.get(k.claimId)!,
      previousVerdict: verdictOf.get(k.previousVerdictId)!,
      verdict: verdictOf.get(k.verdictId)!,
      note: k.note,
      publishedAt: k.publishedAt.toISOString(),
      url: this.reviewUrl(k.claimId),
    }));
  }
}
