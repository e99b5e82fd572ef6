import { Injectable } from '@nestjs/common';
import { cleanArticle, extractClaims, pageMetadata, type CleanResult, type ExtractedClaim, type SentenceSpan } from '#text';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ClaimsService } from '../claims/claims.service.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { passagesOf } from '../evidence/passages.js';
import { sourceNames } from '../evidence/retrieval.js';
import { decodeCursor, encodeCursor, pageLimit, toPage, type Page } from '../common/pagination.js';
import { escapeLike } from '../common/sql.js';
import { hasVisibleText } from '../common/visible-text.js';
import { ProblemError } from '../common/problem.js';
import { IdempotencyKeyTaken } from '../common/idempotency.js';
import { inTransaction } from '../common/transaction.js';
import type { AuditActor } from '../audit/audit-entry.js';
import type { Written } from '../common/written.js';
import { AppConfig } from '../config/app-config.js';
import { Article } from './article.entity.js';
import { PageFetcher } from './page-fetcher.js';
import type { ArticleDto, ArticleListQuery, ArticleSummaryDto, CreateArticleDto, BatchItemResultDto, BatchResultDto, CreateRevisionDto, UpdateArticleDto } from './articles.dto.js';
import { emptyProgress, toArticleDto, toSummary } from './article.mapper.js';
import { findByIdentity, findUrlLessByContent, insertArticle, insertRevision, type ArticleMeta } from './article-rows.js';
import { failedItem, sameArticle, validItem } from './batch-item.js';
import { afterRelatedWrites, eachConcurrently, nextTurn, settleable, type Settled } from './batch-scheduling.js';
import { ARTICLE_MATCHES_TEXT, PROGRESS_FILTERS } from './article-filters.js';
import { claimProgressOf } from './claim-progress.js';
import { hashContent } from './content-hash.js';
import { Revision } from './revision.entity.js';

@Injectable()
export class ArticlesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly claims: ClaimsService,
    private readonly evidence: EvidenceService,
    private readonly config: AppConfig,
    private readonly pages: PageFetcher,
  ) {}

  /**
   * Ingests an article. A known URL (or seed key) with the same content changes nothing;
   * with different content it becomes a new revision of that article. A URL no article has, with the
   * content of an article without URL, is that article and changes nothing.
   */
  async ingest(dto: CreateArticleDto & { seedKey?: string }, actor: AuditActor): Promise<Written<ArticleDto>> {
    const written = await this.write(dto, actor, {});
    if (!written.created) return { created: false, body: await this.get(written.article.id) };
    // What was just written is the answer: no need to read it back (an ingest is the write path that must scale).
    const progress = { ...emptyProgress(), total: written.claims, open: written.claims };
    // The name reads the committed passages (an untitled article is named by its opening words).
    const names = await this.names([written.article.id]);
    return { created: true, body: toArticleDto(written.article, written.revision, names.get(written.article.id)!, progress) };
  }

  /**
   * Ingests many articles, each on its own: validated alone, written in its own transaction with its
   * audit events, so a bad item never undoes a good one. An item without a URL, or with a URL no article
   * has, is the same article as a URL-less one with identical content, so a resumed load skips what it
   * already sent. Evidence is queued by each write (source changes and stale claims), never computed here.
   */
  async ingestMany(items: object[], actor: AuditActor): Promise<BatchResultDto> {
    const results: BatchItemResultDto[] = new Array(items.length);
    const ready = this.prepareAhead(items);
    const writes: Array<Promise<BatchItemResultDto>> = [];
    // Items naming one article are written in request order: the last is its current revision, and a copy finds the first.
    const one = (index: number) => (writes[index] = afterRelatedWrites(index, ready, writes, sameArticle).then(() => this.writeItem(index, ready[index], actor)));
    // The first write runs alone because it claims the request's Idempotency-Key (a later one sees it claimed).
    let first = 0;
    while (first < items.length) {
      results[first] = await one(first);
      if (results[first++].status < 300) break;
    }
    // The embedded database has one connection; on a server a few writes in flight overlap their round trips.
    const concurrency = this.config.DATABASE_URL ? Math.min(BATCH_CONCURRENCY, this.config.DB_POOL_SIZE) : 1;
    await eachConcurrently(items.length - first, concurrency, async (k) => {
      results[first + k] = await one(first + k);
    });
    const count = (test: (r: BatchItemResultDto) => boolean) => results.filter(test).length;
    return { results, created: count((r) => r.status === 201), unchanged: count((r) => r.status === 200), failed: count((r) => r.status >= 300) };
  }

  /**
   * Items are analysed ahead of the writes, which wait for their own item: the database works on one
   * item while the event loop analyses the next. The analysis yields between its stages (prepare), so
   * a write holding the audit chain lock (from its audit insert to its commit) waits for one stage at
   * most, not for a whole article; it once waited for whole analyses and every write queued behind it.
   */
  private prepareAhead(items: object[]): Array<Promise<Settled<PreparedArticle>>> {
    const ready = items.map(() => settleable<PreparedArticle>());
    void eachConcurrently(items.length, PREPARE_CONCURRENCY, async (index) => {
      try {
        ready[index].resolve({ ok: await this.prepare(await validItem(items[index])) });
      } catch (error) {
        ready[index].resolve({ error });
      }
    });
    return ready.map((r) => r.promise);
  }

  /** Writes one prepared batch item; a failure is its result, not thrown, but for the Idempotency-Key taken by a copy of this request (a 409 as a whole). */
  private async writeItem(index: number, prepared: Promise<Settled<PreparedArticle>>, actor: AuditActor): Promise<BatchItemResultDto> {
    const item = await prepared;
    if (!('ok' in item)) return failedItem(index, item.error, actor);
    try {
      const { created, article, revision, claims } = await this.persist(item.ok, actor, { sameContentIsSameArticle: true });
      return { index, status: created ? 201 : 200, id: article.id, revisionId: revision.id, revisionNumber: revision.number, contentHash: revision.contentHash, url: article.url, ...(created ? { claims } : {}) };
    } catch (error) {
      if (error instanceof IdempotencyKeyTaken) throw error;
      return failedItem(index, error, actor);
    }
  }

  /** Cleans and analyses outside the transaction (CPU work must not hold a connection), then writes. */
  private async write(
    dto: CreateArticleDto & { seedKey?: string },
    actor: AuditActor,
    options: { sameContentIsSameArticle?: boolean },
  ): Promise<{ created: boolean; article: Article; revision: Revision; claims: number }> {
    return this.persist(await this.prepare(dto), actor, options);
  }

  /**
   * Everything an ingest computes before it writes: the cleaned text, its claims and its passages,
   * from one NLP analysis of the text (memoised by #text: the sentence split runs it, and the claims and
   * passages reuse it). It yields to the event loop between stages, a few milliseconds each, so
   * concurrent writes are served in between.
   */
  private async prepare(dto: CreateArticleDto & { seedKey?: string }): Promise<PreparedArticle> {
    if (dto.content === undefined) dto = await this.fetched(dto);
    const content = dto.content!;
    const clean = cleanArticle(content, { format: dto.format ?? 'auto' });
    if (!hasVisibleText(clean.text)) throw emptyArticle();
    // HTML names itself (JSON-LD, og:*, <title>, its first <h1>): what the request leaves out is read from it.
    if (clean.format !== 'text' && (dto.title === undefined || dto.author === undefined || dto.outlet === undefined || dto.publishedOn === undefined)) dto = { ...pageMetadata(content), ...withoutUndefined(dto) };
    await nextTurn();
    const passages = passagesOf(clean);
    await nextTurn();
    const found = extractClaims(clean);
    return { dto, content, clean, found, passages, contentHash: hashContent(content, []) };
  }

  private async persist(
    { dto, content, clean, found, passages, contentHash }: PreparedArticle,
    actor: AuditActor,
    options: { sameContentIsSameArticle?: boolean },
  ): Promise<{ created: boolean; article: Article; revision: Revision; claims: number }> {
    return inTransaction(this.dataSource, async (em) => {
      // A URL no article has may still name content sent before without one (the ingest CLI sent
      // saved pages without their canonical URL): that article, unchanged, not a copy beside it.
      // The URL is not attached to it; an article's URL is set when it is created.
      const byContent = !dto.seedKey && (Boolean(dto.url) || options.sameContentIsSameArticle);
      const existing = (await findByIdentity(em, dto)) ?? (byContent ? await findUrlLessByContent(em, contentHash) : null);
      if (existing) {
        const current = await em.findOneByOrFail(Revision, { id: existing.currentRevisionId! });
        if (current.contentHash === contentHash) return { created: false, article: existing, revision: current, claims: 0 };
        return { created: true, ...(await this.addRevision(em, existing, content, clean, [], actor, { found, passages })) };
      }
      return { created: true, ...(await this.addRevision(em, dto, content, clean, [], actor, { found, passages })) };
    });
  }

  /** The page at dto.url as content: the whole page is kept as the original. */
  private async fetched(dto: CreateArticleDto & { seedKey?: string }): Promise<CreateArticleDto & { seedKey?: string }> {
    const page = await this.pages.fetch(dto.url!);
    if (page.kind === 'text') return { ...dto, content: page.body, format: 'text' };
    // Its title, author and date are read from the page's metadata by `prepare`, as for posted HTML.
    return { ...dto, content: page.body, format: 'page' };
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
      if (!hasVisibleText(clean.text)) throw emptyArticle();
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
    const [progress, names] = await Promise.all([claimProgressOf(this.dataSource, [revision.id]), this.names([id])]);
    return toArticleDto(article, revision, names.get(id)!, progress.get(revision.id));
  }

  async list(query: ArticleListQuery): Promise<Page<ArticleSummaryDto>> {
    const limit = pageLimit(query);
    const before = decodeCursor(query.cursor);
    const qb = this.dataSource
      .getRepository(Article)
      .createQueryBuilder('a')
      .innerJoinAndMapOne('a.revision', Revision, 'r', 'r.id = a.current_revision_id')
      .orderBy('a.seq', 'DESC')
      .limit(limit + 1);
    if (before) qb.andWhere('a.seq < :before', { before });
    if (query.q) qb.andWhere(ARTICLE_MATCHES_TEXT, { like: `%${escapeLike(query.q)}%`, q: query.q });
    if (query.progress) qb.andWhere(PROGRESS_FILTERS[query.progress]);
    // Only the summary columns: a list must not drag every article's full text along.
    qb.select(['a', 'r.id', 'r.number', 'r.format', 'r.contentHash', 'r.createdAt', 'r.createdBy']);
    const rows = (await qb.getMany()) as Array<Article & { revision: Revision }>;
    const [progress, names] = await Promise.all([claimProgressOf(this.dataSource, rows.map((r) => r.revision.id)), this.names(rows.map((a) => a.id))]);
    return toPage(rows, limit, (a) => encodeCursor(a.seq), (a) => toSummary(a, a.revision, names.get(a.id)!, progress.get(a.revision.id)));
  }

  /** Articles named as evidence rationales and review pages name them (SOURCE_NAME), not by a second rule here. */
  private names(articleIds: string[]): Promise<Map<string, string>> {
    return sourceNames((sql, params) => this.dataSource.query(sql, params), articleIds);
  }

  /** A new revision of `to`: an article, or the metadata of a new one, created with it as its first revision. */
  private async addRevision(
    em: EntityManager,
    to: Article | ArticleMeta,
    content: string,
    clean: CleanResult,
    restored: Array<{ start: number; end: number }>,
    actor: AuditActor,
    analysed?: { found: ExtractedClaim[]; passages: SentenceSpan[] },
  ): Promise<{ article: Article; revision: Revision; claims: number }> {
    const rows = { content, clean, restored, createdBy: actor.name };
    const previousRevisionId = to instanceof Article ? to.currentRevisionId : null;
    const { article, revision } = to instanceof Article ? { article: to, revision: await insertRevision(em, to, rows) } : await insertArticle(em, to, rows);
    if (!(to instanceof Article)) {
      const { title, outlet, author, publishedOn, url, seedKey } = article;
      await this.audit.record(em, actor, { action: 'article.created', entityType: 'article', entityId: article.id, after: { title, outlet, author, publishedOn, url, seedKey } });
    }
    await this.audit.record(em, actor, {
      action: 'revision.created',
      entityType: 'article',
      entityId: article.id,
      before: previousRevisionId ? { revisionId: previousRevisionId } : null,
      after: { revisionId: revision.id, number: revision.number, contentHash: revision.contentHash, edits: clean.edits.length, restored },
    });
    const claims = await this.claims.extractInto(em, revision, clean, actor, analysed?.found);
    await this.evidence.indexRevision(em, revision, clean, claims.map((c) => c.id), analysed?.passages);
    return { article, revision, claims: claims.length };
  }
}

/** Writes of one batch in flight at once on a PostgreSQL server: enough to overlap one write's round trips with another's. */
const BATCH_CONCURRENCY = 4;
/** Items of one batch analysed at once: the analysis itself is synchronous, so this overlaps page fetches. */
const PREPARE_CONCURRENCY = 4;

interface PreparedArticle {
  dto: CreateArticleDto & { seedKey?: string };
  content: string;
  clean: CleanResult;
  found: ExtractedClaim[];
  passages: SentenceSpan[];
  contentHash: string;
}

// Zero-width spaces and other invisible marks are no more an article than whitespace is: nothing to read or check.
const emptyArticle = () => new ProblemError('empty-article', 'The content is empty once page furniture, whitespace and invisible marks are removed; nothing was stored.');

const withoutUndefined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
