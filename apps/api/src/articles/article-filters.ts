/** The filters of `GET /articles`, as SQL over the list's article alias `a`. */

/**
 * `q`: part of the title or the outlet (ILIKE :like), or every stem of :q among the article's postings
 * (passage_term, the stems retrieval reads, so "teachers" finds "teacher"); stop words alone match no text.
 */
export const ARTICLE_MATCHES_TEXT = `(a.title ILIKE :like OR a.outlet ILIKE :like OR a.id IN (
  SELECT pt.article_id FROM passage_term pt, (SELECT array_agg(DISTINCT lexeme) AS terms FROM unnest(to_tsvector('english', CAST(:q AS text)))) q
  WHERE pt.term = ANY(q.terms) GROUP BY pt.article_id, q.terms HAVING count(DISTINCT pt.term) = cardinality(q.terms)))`;

/** `progress`: the current revision's claims (uq_claim_span leads with revision_id). */
export const PROGRESS_FILTERS = {
  open: `EXISTS (SELECT 1 FROM claim c WHERE c.revision_id = a.current_revision_id AND c.status = 'open')`,
  checked: `EXISTS (SELECT 1 FROM claim c WHERE c.revision_id = a.current_revision_id) AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.revision_id = a.current_revision_id AND c.status = 'open')`,
  disputed: `EXISTS (SELECT 1 FROM claim c WHERE c.revision_id = a.current_revision_id AND c.status = 'disputed')`,
} as const;
