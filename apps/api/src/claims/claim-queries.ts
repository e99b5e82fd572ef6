import type { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/pagination.js';
import { ProblemError } from '../common/problem.js';
import { escapeLike } from '../common/sql.js';
import type { Claim } from './claim.entity.js';

/**
 * The claim list queries, in plain SQL. They are the hottest reads of the API (the dashboard's queue,
 * CMS polling), and TypeORM's entity hydration cost more CPU per page than the query itself
 * (BENCHMARKS.md, Scale). Each filter the list offers has an index: status → ix_claim_status
 * (status, seq), articleId → ix_claim_article (article_id, seq), revision → uq_claim_span, q → the
 * trigram index ix_claim_text_trgm; the keyset `seq > cursor` keeps deep pages as cheap as the first.
 * The score orders (the desk's queue) walk ix_claim_status_score / ix_claim_score / ix_claim_kind_score
 * (…, score DESC, seq DESC) with a row-value keyset, outlet goes through ix_article_outlet, assignee
 * through ix_claim_assignee (assignee_token_id, seq) and review through ix_claim_review (review_status, seq).
 */
export const CLAIM_COLUMNS = `c.id, c.seq, c.article_id, c.revision_id, c.start_offset, c.end_offset, c.text, c.prefix, c.suffix,
  to_char(c.claimed_on, 'YYYY-MM-DD') AS claimed_on, c.kind, c.kinds, c.score, c.signals, c.origin, c.status, c.current_verdict_id,
  c.first_published_at, c.published_at, c.published_verdict_id, c.publication_seq, c.assignee_token_id, c.assignee_name, c.review_status, c.version, c.created_by, c.created_at, c.updated_at`;

export interface ClaimRow {
  id: string;
  seq: string;
  article_id: string | null;
  revision_id: string | null;
  start_offset: number | null;
  end_offset: number | null;
  text: string;
  prefix: string | null;
  suffix: string | null;
  claimed_on: string | null;
  kind: Claim['kind'];
  kinds: Claim['kinds'];
  score: number;
  signals: string[];
  origin: Claim['origin'];
  status: Claim['status'];
  current_verdict_id: string | null;
  first_published_at: Date | null;
  published_at: Date | null;
  published_verdict_id: string | null;
  publication_seq: string | null;
  assignee_token_id: string | null;
  assignee_name: string | null;
  review_status: Claim['reviewStatus'];
  version: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

/** `seq`: creation order; `-score`: most check-worthy first; `score`: least first. Ties follow seq, so every order is total. */
export const CLAIM_SORTS = ['seq', '-score', 'score'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

/** The review filter: a review status, or `for-me`, awaiting a review the caller may give. */
export const CLAIM_REVIEW_FILTERS = ['awaiting', 'approved', 'rejected', 'for-me'] as const;
export type ClaimReviewFilter = (typeof CLAIM_REVIEW_FILTERS)[number];

/** personKey (auth/person-name.ts) in SQL, so the review queue leaves out exactly the verdicts the review route would refuse. */
const PERSON_KEY_SQL = (column: string) => `lower(btrim(regexp_replace(normalize(${column}, NFKC), '\\s+', ' ', 'g')))`;

/** Where the previous page ended, in the page's own order. */
export interface ClaimKey {
  seq: string;
  score?: number;
}

/** A score-order cursor also names its order, so a cursor from one order is never read under another. */
export function encodeClaimCursor(last: { seq: string; score: number }, sort: ClaimSort): string {
  if (sort === 'seq') return encodeCursor(last.seq);
  return Buffer.from(JSON.stringify({ k: last.seq, s: last.score, o: sort }), 'utf8').toString('base64url');
}

/** A number PostgreSQL's real holds: outside it (or below its smallest normal) the cast is an error, which would be a 500. */
const isReal = (s: unknown): s is number => typeof s === 'number' && (s === 0 || (Math.abs(s) >= 1.2e-38 && Math.abs(s) <= 3.4e38));

export function decodeClaimCursor(cursor: string | undefined, sort: ClaimSort): ClaimKey | null {
  const seq = decodeCursor(cursor);
  if (seq === null) return null;
  const { s, o } = JSON.parse(Buffer.from(cursor!, 'base64url').toString('utf8')) as { s?: unknown; o?: unknown };
  if (sort === 'seq' && o === undefined) return { seq };
  if (o === sort && isReal(s)) return { seq, score: s };
  throw new ProblemError('malformed-cursor', `The cursor is not one this API returned for sort=${sort}.`);
}

export interface ClaimFilter {
  /** Keyset cursor: only claims after this one in the requested order. */
  after?: ClaimKey | null;
  sort?: ClaimSort;
  kind?: string;
  /** Claims in articles of this outlet (exact name). */
  outlet?: string;
  articleId?: string;
  revisionId?: string;
  status?: string;
  /** Case-insensitive substring of the claim text. */
  q?: string;
  /** A token id, or null for claims nobody has. */
  assigneeTokenId?: string | null;
  review?: ClaimReviewFilter;
  /** With review `for-me`: the caller's person name, whose own verdicts are left out. */
  reviewerName?: string;
}

const ORDER: Record<ClaimSort, string> = { seq: 'c.seq ASC', '-score': 'c.score DESC, c.seq DESC', score: 'c.score ASC, c.seq ASC' };

/** One page of claims in the requested order, `limit + 1` rows so the caller can tell whether another page exists. */
export async function selectClaimPage(em: EntityManager, filter: ClaimFilter, limit: number): Promise<Claim[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  const sort = filter.sort ?? 'seq';
  if (filter.after && sort === 'seq') add((p) => `c.seq > ${p}`, filter.after.seq);
  if (filter.after && sort !== 'seq') {
    params.push(filter.after.score, filter.after.seq);
    // A row comparison in the index's own order, so the keyset is one index range, ties and all.
    where.push(`(c.score, c.seq) ${sort === '-score' ? '<' : '>'} ($${params.length - 1}::real, $${params.length}::bigint)`);
  }
  if (filter.kind) add((p) => `c.kind = ${p}`, filter.kind);
  if (filter.outlet) add((p) => `c.article_id IN (SELECT a.id FROM article a WHERE a.outlet = ${p})`, filter.outlet);
  if (filter.articleId) add((p) => `c.article_id = ${p}`, filter.articleId);
  if (filter.revisionId) add((p) => `c.revision_id = ${p}`, filter.revisionId);
  if (filter.status) add((p) => `c.status = ${p}`, filter.status);
  if (filter.q) add((p) => `c.text ILIKE ${p}`, `%${escapeLike(filter.q)}%`);
  if (filter.assigneeTokenId === null) where.push('c.assignee_token_id IS NULL');
  if (filter.assigneeTokenId) add((p) => `c.assignee_token_id = ${p}`, filter.assigneeTokenId);
  if (filter.review) add((p) => `c.review_status = ${p}`, filter.review === 'for-me' ? 'awaiting' : filter.review);
  if (filter.review === 'for-me') {
    add((p) => `NOT EXISTS (SELECT 1 FROM verdict v WHERE v.id = c.current_verdict_id AND ${PERSON_KEY_SQL('v.decided_by')} = ${PERSON_KEY_SQL(p)})`, filter.reviewerName ?? '');
  }
  params.push(limit + 1);
  const rows: ClaimRow[] = await em.query(
    `SELECT ${CLAIM_COLUMNS} FROM claim c ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${ORDER[sort]} LIMIT $${params.length}`,
    params,
  );
  return rows.map(toClaim);
}

export function toClaim(r: ClaimRow): Claim {
  return {
    id: r.id,
    seq: r.seq,
    articleId: r.article_id,
    revisionId: r.revision_id,
    start: r.start_offset,
    end: r.end_offset,
    text: r.text,
    prefix: r.prefix,
    suffix: r.suffix,
    claimedOn: r.claimed_on,
    kind: r.kind,
    kinds: r.kinds,
    score: r.score,
    signals: r.signals,
    origin: r.origin,
    status: r.status,
    currentVerdictId: r.current_verdict_id,
    firstPublishedAt: r.first_published_at,
    publishedAt: r.published_at,
    publishedVerdictId: r.published_verdict_id,
    publicationSeq: r.publication_seq,
    assigneeTokenId: r.assignee_token_id,
    assigneeName: r.assignee_name,
    reviewStatus: r.review_status,
    version: r.version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
