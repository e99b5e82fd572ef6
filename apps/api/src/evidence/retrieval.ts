import { queryTerms, RETRIEVAL } from '#evidence';

/** How many passages PostgreSQL hands to the stance rules for one claim. */
const CANDIDATES = 100;

export interface CandidateRow {
  id: string;
  article_id: string;
  revision_id: string;
  start_offset: number;
  end_offset: number;
  text: string;
  published_on: string | null;
  source: string;
  /** Retrieval score (BM25 with the title field and coordination). */
  score: number;
}

/**
 * How a rationale names an article (alias a), the way an editor would recognise it: its title; else its
 * outlet and date; else its opening words in quotes — never an id.
 */
const SOURCE_NAME = `coalesce(a.title,
  a.outlet || coalesce(', ' || to_char(a.published_on, 'FMDD Mon YYYY'), ''),
  (SELECT '"' || CASE WHEN length(f.text) > 60 THEN regexp_replace(left(f.text, 60), '\\s+\\S*$', '') || '…' ELSE f.text END || '"'
     FROM passage f WHERE f.article_id = a.id ORDER BY f.start_offset LIMIT 1),
  'an article without text')`;

/** How Factdesk names each of these articles (SOURCE_NAME): for rationales, public pages, anything a person reads. */
export async function sourceNames(query: Query, articleIds: readonly string[]): Promise<Map<string, string>> {
  if (articleIds.length === 0) return new Map();
  const rows = (await query(`SELECT a.id, ${SOURCE_NAME} AS name FROM article a WHERE a.id = ANY($1::uuid[])`, [articleIds])) as Array<{ id: string; name: string }>;
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface RetrievalOptions {
  synonymWeight?: number;
  limit?: number;
  /** Overrides of RETRIEVAL's parameters, for evaluations that compare settings in one run. */
  params?: Partial<typeof RETRIEVAL>;
}

/**
 * Ranked retrieval over the whole corpus: BM25 over the postings table (passage-index.ts) with the
 * claim's words stemmed by PostgreSQL (`english`), spellings from the variant table and, when
 * enabled, WordNet synonyms weighted below them; IDF from term_stat, length normalisation from
 * passage_corpus. A claim term a passage lacks but its article's title has counts as RETRIEVAL.titleTf
 * occurrences (the subject a sentence leaves implicit), and the score is scaled by the share of the
 * claim's IDF the passage covers. No recency window and no all-words requirement: the cost is bounded
 * by reading the claim's rarest terms first (at most RETRIEVAL.maxTerms), at most
 * RETRIEVAL.postingsPerTerm postings of each of the RETRIEVAL.rareTerms rarest and
 * RETRIEVAL.commonPostings of the others, shortest passages first, so a common word costs the same on
 * any corpus and an old article is found as well as a new one; the pool found so is then scored on
 * every claim term from the passages' own lexemes (`exact`).
 *
 * The statement runs through any query function, so benches and evals time exactly it.
 */
export async function retrieveCandidates(query: Query, text: string, articleId: string | null, options: RetrievalOptions = {}): Promise<CandidateRow[]> {
  const terms = queryTerms(text, { synonymWeight: options.synonymWeight });
  const R = { ...RETRIEVAL, ...options.params };
  const rows = (await query(
    `WITH q AS (
       SELECT l.lexeme AS term, max(x.w) AS w
         FROM jsonb_to_recordset($1::jsonb) AS x(t text, w float8), unnest(to_tsvector('english', x.t)) l
        GROUP BY l.lexeme),
     corpus AS (
       SELECT greatest(sum(passages), 1)::float8 AS n, greatest(sum(total_len), 1)::float8 / greatest(sum(passages), 1) AS avgdl FROM passage_corpus),
     ranked AS (
       SELECT q.term, q.w, ln(1 + (corpus.n - s.df + 0.5) / (s.df + 0.5)) AS idf, row_number() OVER (ORDER BY q.w < 1, s.df, q.term) AS k
         FROM q CROSS JOIN corpus CROSS JOIN LATERAL (SELECT coalesce(sum(t.df), 0)::float8 AS df FROM term_stat t WHERE t.term = q.term) s
        WHERE s.df > 0),
     -- Each term one bit, so a passage's matched terms are one integer rather than an array to build and search.
     terms AS (SELECT term, w, idf, k, 1::bigint << (k - 1)::int AS bit FROM ranked WHERE k <= least($4::int, 63)),
     own AS (SELECT coalesce(sum(idf) FILTER (WHERE w >= 1), 0) AS idf FROM terms),
     hits AS (
       SELECT pt.passage_id, pt.article_id, max(pt.len) AS len, bit_or(t.bit) AS matched,
              sum(t.w * t.idf * pt.tf * ($5::float8 + 1) / (pt.tf + $5::float8 * (1 - $6::float8 + $6::float8 * pt.len / corpus.avgdl))) AS bm25
         FROM terms t CROSS JOIN corpus
              CROSS JOIN LATERAL (SELECT p.passage_id, p.article_id, p.tf, p.len FROM passage_term p
                                   WHERE p.term = t.term AND p.article_id IS DISTINCT FROM $2::uuid
                                   ORDER BY p.len LIMIT CASE WHEN t.k <= $11::int THEN $3::int ELSE $12::int END) pt
        GROUP BY pt.passage_id, pt.article_id
        ORDER BY bm25 DESC
        LIMIT $8::int),
     -- The pool scored again on every claim term, from each passage's own lexemes: a common term read
     -- only in part above (its shortest passages) still counts wherever a pool passage has it.
     exact AS (
       SELECT h.passage_id, h.article_id, h.len, bit_or(t.bit) AS matched,
              sum(t.w * t.idf * u.tf * ($5::float8 + 1) / (u.tf + $5::float8 * (1 - $6::float8 + $6::float8 * h.len / corpus.avgdl))) AS bm25
         FROM hits h JOIN passage p ON p.id = h.passage_id CROSS JOIN corpus
              CROSS JOIN LATERAL (SELECT l.lexeme, least(array_length(l.positions, 1), 32767) AS tf FROM unnest(p.tsv) l) u
              JOIN terms t ON t.term = u.lexeme
        GROUP BY h.passage_id, h.article_id, h.len),
     -- Which claim terms each hit article's title has, once per article.
     titles AS (
       SELECT d.article_id, coalesce(bit_or(t.bit), 0) AS mask
         FROM (SELECT DISTINCT article_id FROM exact) d CROSS JOIN LATERAL (SELECT title_tsv FROM article WHERE id = d.article_id) a
              LEFT JOIN terms t ON t.term = ANY(tsvector_to_array(a.title_tsv))
        GROUP BY d.article_id),
     scored AS (
       SELECT h.passage_id, h.article_id,
              (h.bm25 + coalesce(sum(t.w * t.idf * $7::float8 * ($5::float8 + 1) / ($7::float8 + $5::float8 * (1 - $6::float8 + $6::float8 * h.len / corpus.avgdl)))
                                   FILTER (WHERE h.matched & t.bit = 0), 0))
              * CASE WHEN own.idf > 0 THEN power(coalesce(sum(t.idf) FILTER (WHERE t.w >= 1), 0) / own.idf, $9::float8) ELSE 1 END AS score
         FROM exact h JOIN titles tm ON tm.article_id = h.article_id CROSS JOIN own CROSS JOIN corpus
              JOIN terms t ON (h.matched | tm.mask) & t.bit <> 0
        GROUP BY h.passage_id, h.article_id, h.bm25, h.len, own.idf, corpus.avgdl
        ORDER BY score DESC, h.passage_id
        LIMIT $10::int)
     SELECT p.id, p.article_id, p.revision_id, p.start_offset, p.end_offset, p.text, s.score,
            to_char(a.published_on, 'YYYY-MM-DD') AS published_on,
            ${SOURCE_NAME} AS source
       FROM scored s JOIN passage p ON p.id = s.passage_id JOIN article a ON a.id = p.article_id
      ORDER BY s.score DESC, p.id`,
    [JSON.stringify(terms), articleId, R.postingsPerTerm, R.maxTerms, R.k1, R.b, R.titleTf, R.pool, R.coordination, options.limit ?? CANDIDATES, R.rareTerms, R.commonPostings],
  )) as unknown as CandidateRow[];
  return rows.map((r) => ({ ...r, score: Number(r.score) }));
}

/** Any function that runs a statement with parameters and resolves to its rows: a TypeORM manager's, a pg client's. */
export type Query = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

