import type { CleanResult } from '#text';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../common/sql.js';
import { Article } from './article.entity.js';
import type { CreateArticleDto } from './articles.dto.js';
import { hashContent } from './content-hash.js';
import { Revision } from './revision.entity.js';

/** What identifies an article and describes it, as an ingest gives it. */
export type ArticleMeta = Pick<CreateArticleDto, 'title' | 'outlet' | 'author' | 'publishedOn' | 'url'> & { seedKey?: string };

/**
 * The article a URL or seed key names, locked for the write that follows. Most ingests name a new
 * article: a prepared lookup of its id finds none without TypeORM building a query (and the server
 * planning it) per ingest; a known article is then read whole, already locked.
 */
export async function findByIdentity(em: EntityManager, meta: ArticleMeta): Promise<Article | null> {
  const [row] = meta.seedKey
    ? await preparedQuery<{ id: string }>(em, 'factdesk_article_by_seed_key', `SELECT id FROM article WHERE seed_key = $1 LIMIT 1 FOR UPDATE`, [meta.seedKey])
    : meta.url
      ? await preparedQuery<{ id: string }>(em, 'factdesk_article_by_url', `SELECT id FROM article WHERE url = $1 LIMIT 1 FOR UPDATE`, [meta.url])
      : [];
  return row ? em.findOneByOrFail(Article, { id: row.id }) : null;
}

/** The advisory lock class of article content (the two-key form, apart from the migration lock's one key). */
const ARTICLE_CONTENT_LOCK = 1_100;

/**
 * The oldest article without URL or seed key whose current revision has this content, locked; and the
 * content locked until commit, for the write that creates that article when there is none. No
 * constraint can say "one URL-less article per content" (the hash is the revision's), so on a server
 * two writes of one content at once each found none and each created a copy. The lock is taken in a
 * statement of its own, so the lookup after it sees what the previous holder committed; writes of
 * other content do not wait.
 */
export async function findUrlLessByContent(em: EntityManager, contentHash: string): Promise<Article | null> {
  await preparedQuery(em, 'factdesk_article_content_lock', `SELECT pg_advisory_xact_lock($1, hashtext($2))`, [ARTICLE_CONTENT_LOCK, contentHash]);
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

/** The revision row to insert, numbered `number` of its article. */
function newRevision(em: EntityManager, articleId: string, number: number, { content, clean, restored, createdBy }: RevisionContent): Revision {
  return em.create(Revision, {
    articleId,
    number,
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
}

/** The revision's columns after article_id and number, as the revision inserts bind them. */
const revisionValues = (r: Revision) => [r.format, r.original, r.sourceText, r.text, r.contentHash, JSON.stringify(r.edits), JSON.stringify(r.segments), JSON.stringify(r.restored), r.createdBy];

/** Inserts the article's next revision and makes it current, updating `article` to match. */
export async function insertRevision(em: EntityManager, article: Article, content: RevisionContent): Promise<Revision> {
  const revision = newRevision(em, article.id, article.revisionCount + 1, content);
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
    [revision.articleId, revision.number, ...revisionValues(revision)],
  );
  revision.id = row.id;
  revision.createdAt = row.created_at;
  article.currentRevisionId = revision.id;
  article.revisionCount = revision.number;
  article.updatedAt = revision.createdAt;
  return revision;
}

/**
 * Inserts a new article with its first revision, current from the start: one statement (prepared on a
 * server) where TypeORM's save, then the revision insert with its update of the article, took two
 * round trips, a query built and planned per ingest and a second version of the article row. The
 * rows are those the two steps stored: created_at and updated_at are both now(), the transaction's
 * start, and each id comes from gen_random_uuid() as the columns' defaults do. The article's
 * pointer to its revision is checked at the end of the statement, when the revision exists.
 */
export async function insertArticle(em: EntityManager, meta: ArticleMeta, content: RevisionContent): Promise<{ article: Article; revision: Revision }> {
  const revision = newRevision(em, '', 1, content);
  const described = { title: meta.title ?? null, outlet: meta.outlet ?? null, author: meta.author ?? null, publishedOn: meta.publishedOn ?? null, url: meta.url ?? null, seedKey: meta.seedKey ?? null };
  const [row] = await preparedQuery<{ id: string; seq: string; revision_id: string; created_at: Date }>(
    em,
    'factdesk_article_insert',
    `WITH a AS (INSERT INTO article (title, outlet, author, published_on, url, seed_key, current_revision_id, revision_count)
                VALUES ($1, $2, $3, $4, $5, $6, gen_random_uuid(), 1)
                RETURNING id, seq, current_revision_id, created_at),
     r AS (INSERT INTO revision (id, article_id, number, format, original, source_text, text, content_hash, edits, segments, restored, created_by)
           SELECT a.current_revision_id, a.id, 1, $7, $8, $9, $10, $11, $12::jsonb, $13::jsonb, $14::jsonb, $15 FROM a
           RETURNING id)
     SELECT a.id, a.seq, r.id AS revision_id, a.created_at FROM a, r`,
    [described.title, described.outlet, described.author, described.publishedOn, described.url, described.seedKey, ...revisionValues(revision)],
  );
  const article = em.create(Article, {
    id: row.id,
    seq: row.seq,
    ...described,
    currentRevisionId: row.revision_id,
    revisionCount: 1,
    createdAt: row.created_at,
    updatedAt: row.created_at,
  });
  revision.id = row.revision_id;
  revision.articleId = row.id;
  revision.createdAt = row.created_at;
  return { article, revision };
}
