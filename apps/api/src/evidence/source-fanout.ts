import type { Query } from './retrieval.js';

/** At most this many open claims elsewhere are marked stale by one source change (see markSourceChange)… */
export const SOURCE_FANOUT = 200;
/** …found through at most this many of the article's rarest terms… */
export const FANOUT_TERMS = 24;
/** …and at most this many open claims per term, so a source change costs the same on a corpus of any size. */
export const FANOUT_POSTINGS = 500;

/**
 * The fan-out of one source change (see applySourceChanges), through any query function so the
 * scale bench times exactly this statement; returns how many stored evidence rows it marked stale.
 *
 * It follows retrieval (retrieveCandidates) from the other side: the changed article's rarest terms
 * (at most FANOUT_TERMS, by the same term statistics), for each at most FANOUT_POSTINGS open claims
 * whose words include it (any of them: the index hands them over without a sort), scored by the IDF they share with the article; the
 * SOURCE_FANOUT best are those whose retrieval can rank its passages. No recency window over the
 * claims and no word list: a claim sharing a figure or a name with the article is found however old.
 */
export async function markSourceChange(query: Query, articleId: string): Promise<number> {
  const [{ n }] = (await query(
    `WITH corpus AS (SELECT greatest(sum(passages), 1)::float8 AS n FROM passage_corpus),
     own AS (SELECT DISTINCT term FROM passage_term WHERE article_id = $1),
     terms AS (
       SELECT o.term, ln(1 + (corpus.n - s.df + 0.5) / (s.df + 0.5)) AS idf
         FROM own o CROSS JOIN corpus CROSS JOIN LATERAL (SELECT coalesce(sum(t.df), 0)::float8 AS df FROM term_stat t WHERE t.term = o.term) s
        WHERE s.df > 0
        ORDER BY s.df, o.term
        LIMIT $3::int),
     related AS (
       SELECT c.id, sum(t.idf) AS score
         FROM terms t
              CROSS JOIN LATERAL (SELECT c.id FROM claim c
                                   WHERE c.search_tsv @@ quote_literal(t.term)::tsquery AND c.status = 'open' AND c.article_id IS DISTINCT FROM $1
                                   LIMIT $4::int) c
        GROUP BY c.id
        ORDER BY score DESC, c.id
        LIMIT $2::int),
     marked AS (
       UPDATE claim_evidence ce SET stale = true, generation = ce.generation + 1
        WHERE ce.claim_id IN (
                SELECT c.id FROM claim c WHERE c.article_id = $1
                UNION
                SELECT q.claim_id FROM claim_evidence q WHERE q.source_article_ids @> ARRAY[$1]::uuid[]
                UNION
                SELECT id FROM related)
        RETURNING 1)
     SELECT count(*)::int AS n FROM marked`,
    [articleId, SOURCE_FANOUT, FANOUT_TERMS, FANOUT_POSTINGS],
  )) as Array<{ n: number }>;
  return n;
}
