import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { cleanArticle, extractClaims, pageMetadata, type CleanResult, type ExtractedClaim, type SentenceSpan } from '#text';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ClaimsService } from '../claims/claims.service.js';
import { Claim } from '../claims/claim.entity.js';
import { EvidenceService, passagesOf } from '../evidence/evidence.service.js';
import { decodeCursor, encodeCursor, pageLimit, toPage, type Page } from '../common/pagination.js';
import { escapeLike, preparedQuery } from '../common/sql.js';
import { ProblemError } from '../common/problem.js';
import { problemBodyOf } from '../common/problem.filter.js';
import { inTransaction } from '../common/transaction.js';
import type { AuditActor } from '../audit/audit-entry.js';
import type { Written } from '../common/written.js';
import { AppConfig } from '../config/app-config.js';
import { Article } from './article.entity.js';
import { PageFetcher } from './page-fetcher.js';
import { CreateArticleDto, type ArticleDto, type ArticleListQuery, type ArticleSummaryDto, type BatchItemResultDto, type BatchResultDto, type ClaimProgressDto, type CreateRevisionDto, type UpdateArticleDto } from './articles.dto.js';
import { Revision } from './revision.entity.js';

type ArticleMeta = Pick<CreateArticleDto, 'title' | 'outlet' | 'author' | 'publishedOn' | 'url'> & { seedKey?: string };

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
   * with different content it becomes a new revision of that article.
   */
  async ingest(dto: CreateArticleDto & { seedKey?: string }, actor: AuditActor): Promise<Written<ArticleDto>> {
    const written = await this.write(dto, actor, {});
    if (!written.created) return { created: false, body: await this.get(written.article.id) };
    // What was just written is the answer: no need to read it back (an ingest is the write path that must scale).
    const progress = { ...emptyProgress(), total: written.claims, open: written.claims };
    return { created: true, body: toArticleDto(written.article, written.revision, progress) };
  }

  /**
   * Ingests many articles, each on its own: validated alone, written in its own transaction with its
   * audit events, so a bad item never undoes a good one. An item without a URL is the same article as a
   * URL-less one with identical content, so a resumed load skips what it already sent. Evidence is
   * queued by each write (source changes and stale claims), never computed here.
   */
  async ingestMany(items: object[], actor: AuditActor): Promise<BatchResultDto> {
    const results: BatchItemResultDto[] = new Array(items.length);
    const failed = (index: number, error: unknown): BatchItemResultDto => {
      const problem = problemBodyOf(error);
      // Reported per item like the rest (the client learns which items to resend), and logged like any 5xx.
      if (problem.status >= 500) logger.error({ requestId: actor.requestId, item: index, err: error }, (error as Error)?.stack ?? String(error));
      return { index, status: problem.status, problem };
    };
    // Items are analysed ahead of the writes, which wait for their own item: the database works on one
    // item while the event loop analyses the next. The analysis yields between its stages (prepare), so
    // a write holding the audit chain lock (from its audit insert to its commit) waits for one stage at
    // most, not for a whole article; it once waited for whole analyses and every write queued behind it.
    const ready = items.map(() => settleable<PreparedArticle>());
    void eachConcurrently(items.length, PREPARE_CONCURRENCY, async (index) => {
      try {
        ready[index].resolve({ ok: await this.prepare(await validItem(items[index])) });
      } catch (error) {
        ready[index].resolve({ error });
      }
    });
    const one = async (index: number): Promise<BatchItemResultDto> => {
      const item = await ready[index].promise;
      if (!('ok' in item)) return failed(index, item.error);
      try {
        const { created, article, revision, claims } = await this.persist(item.ok, actor, { sameContentIsSameArticle: true });
        return { index, status: created ? 201 : 200, id: article.id, revisionId: revision.id, revisionNumber: revision.number, contentHash: revision.contentHash, url: article.url, ...(created ? { claims } : {}) };
      } catch (error) {
        return failed(index, error);
      }
    };
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
    if (clean.text.trim() === '') throw emptyArticle();
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
      const existing = (await this.findByIdentity(em, dto)) ?? (options.sameContentIsSameArticle && !dto.url && !dto.seedKey ? await this.findUrlLessByContent(em, contentHash) : null);
      if (existing) {
        const current = await em.findOneByOrFail(Revision, { id: existing.currentRevisionId! });
        if (current.contentHash === contentHash) return { created: false, article: existing, revision: current, claims: 0 };
        return { created: true, article: existing, ...(await this.addRevision(em, existing, content, clean, [], actor, { found, passages })) };
      }
      const article = await this.createArticle(em, dto, actor);
      return { created: true, article, ...(await this.addRevision(em, article, content, clean, [], actor, { found, passages })) };
    });
  }

  /** The page at dto.url as content: the whole page is kept as the original; title, author and date come from its metadata unless given. */
  private async fetched(dto: CreateArticleDto & { seedKey?: string }): Promise<CreateArticleDto & { seedKey?: string }> {
    const page = await this.pages.fetch(dto.url!);
    if (page.kind === 'text') return { ...dto, content: page.body, format: 'text' };
    const meta = pageMetadata(page.body);
    return { title: meta.title, author: meta.author, publishedOn: meta.publishedOn, ...withoutUndefined(dto), content: page.body, format: 'page' };
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
      if (clean.text.trim() === '') throw emptyArticle();
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
    const limit = pageLimit(query);
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
    return toPage(rows, limit, (a) => encodeCursor(a.seq), (a) => toSummary(a, a.revision, progress.get(a.revision.id)));
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

  private async findUrlLessByContent(em: EntityManager, contentHash: string): Promise<Article | null> {
    return em
      .createQueryBuilder(Article, 'a')
      .innerJoin(Revision, 'r', 'r.id = a.current_revision_id')
      .where('a.url IS NULL AND a.seed_key IS NULL AND r.content_hash = :contentHash', { contentHash })
      .orderBy('a.seq')
      .limit(1)
      .setLock('pessimistic_write', undefined, ['a'])
      .getOne();
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
    analysed?: { found: ExtractedClaim[]; passages: SentenceSpan[] },
  ): Promise<{ revision: Revision; claims: number }> {
    const previousRevisionId = article.currentRevisionId;
    const revision = em.create(Revision, {
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
    });
    // The revision and the article's pointer to it in one statement (one round trip, prepared on a
    // server); updated_at becomes now(), the transaction's start, as revision.created_at is.
    const [row] = await preparedQuery<{ id: string; created_at: Date }>(
      em,
      'factdesk_revision_insert',
      `WITH r AS (INSERT INTO revision (article_id, number, format, original, source_text, text, content_hash, edits, segments, restored, created_by)
                  VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10::jsonb, $11)
                  RETURNING id, number, created_at),
       a AS (UPDATE article SET current_revision_id = r.id, revision_count = r.number, updated_at = now() FROM r WHERE article.id = $1 RETURNING 1)
       SELECT r.id, r.created_at FROM r WHERE (SELECT count(*) FROM a) = 1`,
      [revision.articleId, revision.number, revision.format, revision.original, revision.sourceText, revision.text, revision.contentHash, JSON.stringify(revision.edits), JSON.stringify(revision.segments), JSON.stringify(revision.restored), revision.createdBy],
    );
    revision.id = row.id;
    revision.createdAt = row.created_at;
    article.currentRevisionId = revision.id;
    article.revisionCount = revision.number;
    article.updatedAt = revision.createdAt;
    await this.audit.record(em, actor, {
      action: 'revision.created',
      entityType: 'article',
      entityId: article.id,
      before: previousRevisionId ? { revisionId: previousRevisionId } : null,
      after: { revisionId: revision.id, number: revision.number, contentHash: revision.contentHash, edits: clean.edits.length, restored },
    });
    const claims = await this.claims.extractInto(em, revision, clean, actor, analysed?.found);
    await this.evidence.indexRevision(em, revision, clean, claims.map((c) => c.id), analysed?.passages);
    return { revision, claims: claims.length };
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

/** A promise settled from outside, with a value or the error it was given (never rejected, so never unhandled). */
function settleable<T>(): { promise: Promise<{ ok: T } | { error: unknown }>; resolve(value: { ok: T } | { error: unknown }): void } {
  let resolve!: (value: { ok: T } | { error: unknown }) => void;
  const promise = new Promise<{ ok: T } | { error: unknown }>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets I/O callbacks (database replies) run before the next stage of CPU work. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs task(0…count-1), at most `concurrency` at a time. */
async function eachConcurrently(count: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
}
const logger = new Logger('ArticlesBatch');

const emptyArticle = () => new ProblemError('empty-article', 'The content is empty once page furniture and whitespace are removed; nothing was stored.');

const withoutUndefined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** One batch item, validated as the body of POST /articles would be. */
async function validItem(item: object): Promise<CreateArticleDto> {
  const dto = plainToInstance(CreateArticleDto, item);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length === 0) return dto;
  const flat = errors.map((e) => ({ field: e.property, messages: Object.values(e.constraints ?? {}) }));
  throw new ProblemError('validation-failed', flat.map((e) => `${e.field}: ${e.messages.join('; ')}`).join('. '), { errors: flat });
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
