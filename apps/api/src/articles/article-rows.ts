import type { CleanResult } from '#text';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../common/sql.js';
import { Article } from './article.entity.js';
import type { CreateArticleDto } from './articles.dto.js';
import { hashContent } from './content-hash.js';
import { Revision } from './revision.entity.js';

/** What identifies an article and describes it, as an ingest gives it. */
export type ArticleMeta = Pick<CreateArticleDto, 'title' | 'outlet' | 'author' | 'publishedOn' | 'url'> & { seedKey?: string };

/** The article a URL or seed key names, locked for the write that follows. */
export async function findByIdentity(em: EntityManager, meta: ArticleMeta): Promise<Article | null> {
  if (meta.seedKey) return em.findOne(Article, { where: { seedKey: meta.seedKey }, lock: { mode: 'pessimistic_write' } });
  if (meta.url) return em.findOne(Article, { where: { url: meta.url }, lock: { mode: 'pessimistic_write' } });
  return null;
}

/** The oldest article without URL or seed key whose current revision has this content, locked. */
export async function findUrlLessByContent(em: EntityManager, contentHash: string): Promise<Article | null> {
  return em
    .createQueryBuilder(Article, 'a')
    .innerJoin(Revision, 'r', 'r.id = a.current_revision_id')
    .where('a.url IS NULL AND a.seed_key IS NULL AND r.content_hash = :contentHash', { contentHash })
    .orderBy('a.seq')
    .limit(1)
    .setLock('pessimistic_write', undefined, ['a'])
    .getOne();
}

/** What a new revision is made of: the posted content, its cleaning, the cleaning edits undone, and who posted it. */
export interface RevisionContent {
  content: string;
  clean: CleanResult;
  restored: Array<{ start: number; end: number }>;
  createdBy: string;
}

/** Inserts the article's next revision and makes it current, updating `article` to match. */
export async function insertRevision(em: EntityManager, article: Article, { content, clean, restored, createdBy }: RevisionContent): Promise<Revision> {
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
    createdBy,
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
  return revision;
}
