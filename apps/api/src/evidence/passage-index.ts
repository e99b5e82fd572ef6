import type { EntityManager } from 'typeorm';

/** Term statistics are split over this many counter rows per term (by article), so concurrent ingests rarely share one. */
export const PASSAGE_INDEX_SLOTS = 16;

const slotOf = (param: string) => `abs(hashtext(${param}::text)) % ${PASSAGE_INDEX_SLOTS}`;

/**
 * The BM25 index of passages (migration 1765000000000-passage-terms): postings in passage_term,
 * document frequencies in term_stat, passage count and total length in passage_corpus.
 *
 * The one hook into ingest: `removeArticle` before an article's passages are deleted, `indexing` in
 * the statement that inserts its new passages, both in the same transaction (EvidenceService.indexRevision).
 * Each is a few set-based steps of one statement whatever the article's size; terms are upserted in sorted
 * order so two concurrent ingests lock shared counter rows in the same order (no deadlock).
 */
export const PassageIndex = {
  async removeArticle(em: EntityManager, articleId: string): Promise<void> {
    await em.query(
      `WITH gone AS (DELETE FROM passage_term WHERE article_id = $1 RETURNING term, passage_id, len),
       df AS (SELECT term, count(*)::int AS n FROM gone GROUP BY term ORDER BY term),
       stat AS (UPDATE term_stat s SET df = s.df - df.n FROM df WHERE s.term = df.term AND s.slot = ${slotOf('$1')} RETURNING 1),
       corpus AS (SELECT count(DISTINCT passage_id)::bigint AS n, coalesce(sum(len) FILTER (WHERE first), 0)::bigint AS len
                    FROM (SELECT passage_id, len, row_number() OVER (PARTITION BY passage_id) = 1 AS first FROM gone) g)
       UPDATE passage_corpus c SET passages = c.passages - corpus.n, total_len = c.total_len - corpus.len
         FROM corpus WHERE c.slot = ${slotOf('$1')} AND corpus.n > 0`,
      [articleId],
    );
  },

  /** Indexes the current passages of many articles in one statement (the scale bench's corpus builder uses it too). */
  async indexArticles(query: (sql: string, params: unknown[]) => Promise<unknown>, articleIds: string[]): Promise<void> {
    await query(
      `WITH ${PassageIndex.indexing(`SELECT id, article_id, tsv FROM passage WHERE article_id = ANY($1::uuid[])`)}
       ${PassageIndex.countIndexed}`,
      [articleIds],
    );
  },

  /**
   * The WITH items (ending in \`indexed\`) that index the passages \`source\` yields (id, article_id, tsv),
   * so a caller indexes passages in the statement that inserts them (INSERT … RETURNING). Term
   * statistics are upserted before the corpus row is touched (\`indexed\` reads \`df\`), the one lock order
   * of every indexing statement.
   */
  indexing(source: string): string {
    return `p AS (SELECT p.id, p.article_id, p.tsv, ${slotOf('p.article_id')} AS slot,
                         (SELECT coalesce(sum(array_length(m.positions, 1)), 0) FROM unnest(p.tsv) m) AS len
                    FROM (${source}) p),
       added AS (INSERT INTO passage_term (term, passage_id, article_id, tf, len)
                 SELECT l.lexeme, p.id, p.article_id, least(array_length(l.positions, 1), 32767), least(p.len, 32767) FROM p, unnest(p.tsv) l
                 RETURNING term, article_id),
       df AS (INSERT INTO term_stat (term, slot, df)
              SELECT term, ${slotOf('article_id')}, count(*) FROM added GROUP BY 1, 2 ORDER BY 1, 2
              ON CONFLICT (term, slot) DO UPDATE SET df = term_stat.df + excluded.df RETURNING 1),
       indexed AS (UPDATE passage_corpus c SET passages = c.passages + s.n, total_len = c.total_len + s.len
         FROM (SELECT slot, count(*) AS n, coalesce(sum(len), 0) AS len FROM p GROUP BY slot) s
        WHERE c.slot = s.slot AND (SELECT count(*) FROM df) >= 0
        RETURNING 1)`;
  },

  /** The main statement after PassageIndex.indexing: it reads \`indexed\`, so the indexing runs in the order written there. */
  countIndexed: `SELECT count(*)::int AS slots FROM indexed`,
};
