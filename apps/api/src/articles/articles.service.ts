import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { cleanArticle, type CleanResult } from '#text';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ClaimsService } from '../claims/claims.service.js';
import { Claim } from '../claims/claim.entity.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { decodeCursor, toPage, type Page } from '../common/pagination.js';
import { escapeLike } from '../common/sql.js';
import { ProblemError } from '../common/problem.js';
import { inTransaction } from '../common/transaction.js';
import type { Actor } from '../common/request-context.js';
import type { Written } from '../common/written.js';
import { Article } from './article.entity.js';
import type { ArticleDto, ArticleListQuery, ArticleSummaryDto, ClaimProgressDto, CreateArticleDto, CreateRevisionDto, UpdateArticleDto } from './articles.dto.js';
import { Revision } from './revision.entity.js';

type ArticleMeta = Pick<CreateArticleDto, 'title' | 'outlet' | 'author' | 'publishedOn' | 'url'> & { seedKey?: string };
type AuditActor = Pick<Actor, 'name' | 'requestId'>;

@Injectable()
export class ArticlesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly claims: ClaimsService,
    private readonly evidence: EvidenceService,
  ) {}

  /**
   * Ingests an article. A known URL (or seed key) with the same content changes nothing;
   * with different content it becomes a new revision of that article.
   */
  async ingest(dto: CreateArticleDto & { seedKey?: string }, actor: AuditActor): Promise<Written<ArticleDto>> {
    const clean = cleanArticle(dto.content, { format: dto.format ?? 'auto' });
    const contentHash = hashContent(dto.content, []);
    const result = await inTransaction(this.dataSource, async (em) => {
      const existing = await this.findByIdentity(em, dto);
      if (existing) {
        const current = await em.findOneByOrFail(Revision, { id: existing.currentRevisionId! });
        if (current.contentHash === contentHash) return { created: false as const, id: existing.id };
        return { created: true as const, article: existing, ...(await this.addRevision(em, existing, dto.content, clean, [], actor)) };
      }
      const article = await this.createArticle(em, dto, actor);
      return { created: true as const, article, ...(await this.addRevision(em, article, dto.content, clean, [], actor)) };
    });
    if (!result.created) return { created: false, body: await this.get(result.id) };
    // What was just written is the answer: no need to read it back (an ingest is the write path that must scale).
    const progress = { ...emptyProgress(), total: result.claims, open: result.claims };
    return { created: true, body: toArticleDto(result.article, result.revision, progress) };
  }

  /** A new revision from new content, or from the current original with some cleaning edits undone. */
  async revise(articleId: string, dto: CreateRevisionDto, actor: AuditActor): Promise<Written<ArticleDto>> {
    const created = await inTransaction(this.dataSource, async (em) => {
      const article = await em.findOne(Article, { where: { id: articleId }, lock: { mode: 'pessimistic_write' } });
      if (!article) throw new ProblemError('not-found', `No article with id ${articleId}.`);
      const current = await em.findOneByOrFail(Revision, { id: article.currentRevisionId! });
      const content = dto.content ?? current.original;
      const format = dto.content === undefined ? current.format : (dto.format ?? 'auto');
      const restore = (dto.restore ?? []).map(({ start, end }) => ({ start, end }));
      const edits = cleanArticle(content, { format }).edits;
      const unknown = restore.filter((r) => !edits.some((e) => e.start === r.start && e.end === r.end));
      if (unknown.length > 0) {
        const ranges = unknown.map((r) => `${r.start}-${r.end}`).join(', ');
        throw new ProblemError('validation-failed', `restore names ranges that are not cleaning edits of this content: ${ranges}.`);
      }
      const clean = cleanArticle(content, { format, restore });
      if (hashContent(content, restore) === current.contentHash) return false;
      await this.addRevision(em, article, content, clean, restore, actor);
      return true;
    });
    return { created, body: await this.get(articleId) };
  }

  /** Corrects an article's metadata (null clears a field); its evidence and the evidence quoting it are recomputed. */
  async update(id: string, dto: UpdateArticleDto, actor: AuditActor): Promise<ArticleDto> {
    await inTransaction(this.dataSource, async (em) => {
      const article = await em.findOne(Article, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!article) throw new ProblemError('not-found', `No article with id ${id}.`);
      const fields = (['title', 'outlet', 'author', 'publishedOn'] as const).filter((f) => dto[f] !== undefined && dto[f] !== article[f]);
      if (fields.length === 0) return;
      const before = Object.fromEntries(fields.map((f) => [f, article[f]]));
      const after = Object.fromEntries(fields.map((f) => [f, dto[f] ?? null]));
      await em.update(Article, { id }, after);
      await this.audit.record(em, actor, { action: 'article.updated', entityType: 'article', entityId: id, before, after });
      // The date decides which event an article reports; the title and outlet name it in rationales.
      await this.evidence.markArticleChanged(em, id);
    });
    return this.get(id);
  }

  async get(id: string, revisionId?: string): Promise<ArticleDto> {
    const article = await this.dataSource.getRepository(Article).findOneBy({ id });
    if (!article) throw new ProblemError('not-found', `No article with id ${id}.`);
    const revision = await this.dataSource.getRepository(Revision).findOneBy({ id: revisionId ?? article.currentRevisionId!, articleId: id });
    if (!revision) throw new ProblemError('not-found', `Article ${id} has no revision ${revisionId}.`);
    const progress = await this.progressOf([revision.id]);
    return toArticleDto(article, revision, progress.get(revision.id));
  }

  async list(query: ArticleListQuery): Promise<Page<ArticleSummaryDto>> {
    const limit = query.limit ?? 50;
    const before = decodeCursor(query.cursor);
    const qb = this.dataSource
      .getRepository(Article)
      .createQueryBuilder('a')
      .innerJoinAndMapOne('a.revision', Revision, 'r', 'r.id = a.current_revision_id')
      .orderBy('a.seq', 'DESC')
      .limit(limit + 1);
    if (before) qb.andWhere('a.seq < :before', { before });
    if (query.q) qb.andWhere('(a.title ILIKE :q OR a.outlet ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    // Only the summary columns: a list must not drag every article's full text along.
    qb.select(['a', 'r.id', 'r.number', 'r.format', 'r.contentHash', 'r.createdAt', 'r.createdBy']);
    const rows = (await qb.getMany()) as Array<Article & { revision: Revision }>;
    const progress = await this.progressOf(rows.map((r) => r.revision.id));
    return toPage(rows, limit, (a) => toSummary(a, a.revision, progress.get(a.revision.id)));
  }

  /** Claim counts per status for several revisions in one query. */
  private async progressOf(revisionIds: string[]): Promise<Map<string, ClaimProgressDto>> {
    const result = new Map<string, ClaimProgressDto>();
    if (revisionIds.length === 0) return result;
    const rows: Array<{ revision_id: string; status: string; n: string }> = await this.dataSource
      .getRepository(Claim)
      .createQueryBuilder('c')
      .select('c.revision_id', 'revision_id')
      .addSelect('c.status', 'status')
      .addSelect('count(*)', 'n')
      .where('c.revision_id IN (:...revisionIds)', { revisionIds })
      .groupBy('c.revision_id')
      .addGroupBy('c.status')
      .getRawMany();
    for (const row of rows) {
      const p = result.get(row.revision_id) ?? emptyProgress();
      p[row.status as keyof ClaimProgressDto] += Number(row.n);
      p.total += Number(row.n);
      result.set(row.revision_id, p);
    }
    return result;
  }

  private async findByIdentity(em: EntityManager, meta: ArticleMeta): Promise<Article | null> {
    if (meta.seedKey) return em.findOne(Article, { where: { seedKey: meta.seedKey }, lock: { mode: 'pessimistic_write' } });
    if (meta.url) return em.findOne(Article, { where: { url: meta.url }, lock: { mode: 'pessimistic_write' } });
    return null;
  }

  private async createArticle(em: EntityManager, meta: ArticleMeta, actor: AuditActor): Promise<Article> {
    const article = await em.save(
      em.create(Article, {
        title: meta.title ?? null,
        outlet: meta.outlet ?? null,
        author: meta.author ?? null,
        publishedOn: meta.publishedOn ?? null,
        url: meta.url ?? null,
        seedKey: meta.seedKey ?? null,
        currentRevisionId: null,
        revisionCount: 0,
      }),
    );
    const { title, outlet, author, publishedOn, url, seedKey } = article;
    await this.audit.record(em, actor, { action: 'article.created', entityType: 'article', entityId: article.id, after: { title, outlet, author, publishedOn, url, seedKey } });
    return article;
  }

  private async addRevision(
    em: EntityManager,
    article: Article,
    content: string,
    clean: CleanResult,
    restored: Array<{ start: number; end: number }>,
    actor: AuditActor,
  ): Promise<{ revision: Revision; claims: number }> {
    const previousRevisionId = article.currentRevisionId;
    const revision = await em.save(
      em.create(Revision, {
        articleId: article.id,
        number: article.revisionCount + 1,
        format: clean.format,
        original: content,
        sourceText: clean.sourceText,
        text: clean.text,
        contentHash: hashContent(content, restored),
        edits: clean.edits,
        segments: clean.segments,
        restored,
        createdBy: actor.name,
      }),
    );
    await em.update(Article, { id: article.id }, { currentRevisionId: revision.id, revisionCount: revision.number });
    article.currentRevisionId = revision.id;
    article.revisionCount = revision.number;
    // The update stamped updated_at with now(), the transaction's start, as revision.created_at is.
    article.updatedAt = revision.createdAt;
    await this.audit.record(em, actor, {
      action: 'revision.created',
      entityType: 'article',
      entityId: article.id,
      before: previousRevisionId ? { revisionId: previousRevisionId } : null,
      after: { revisionId: revision.id, number: revision.number, contentHash: revision.contentHash, edits: clean.edits.length, restored },
    });
    const claims = await this.claims.extractInto(em, revision, clean, actor);
    await this.evidence.indexRevision(em, revision, clean, claims.map((c) => c.id));
    return { revision, claims: claims.length };
  }
}

function hashContent(content: string, restored: Array<{ start: number; end: number }>): string {
  const h = createHash('sha256').update(content, 'utf8');
  if (restored.length > 0) h.update(`\0restore:${JSON.stringify([...restored].sort((a, b) => a.start - b.start))}`);
  return h.digest('hex');
}


const emptyProgress = (): ClaimProgressDto => ({ total: 0, open: 0, verified: 0, disputed: 0, unsupported: 0 });

function toArticleDto(a: Article, r: Revision, progress?: ClaimProgressDto): ArticleDto {
  return { ...toSummary(a, r, progress), text: r.text, sourceText: r.sourceText, original: r.original, edits: r.edits, segments: r.segments, restored: r.restored };
}

function toSummary(a: Article, r: Revision, progress = emptyProgress()): ArticleSummaryDto {
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    publishedOn: a.publishedOn,
    url: a.url,
    revision: { id: r.id, number: r.number, format: r.format, contentHash: r.contentHash, createdAt: r.createdAt.toISOString(), createdBy: r.createdBy },
    revisionCount: a.revisionCount,
    progress,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
