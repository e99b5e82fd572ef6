import { Injectable, Logger } from '@nestjs/common';
import { blendMeaning, queryTerms, rankEvidence, RETRIEVAL, suggestVerdict, wordVectors, type EvidenceCandidate } from '#evidence';
import { round3, splitSentences, type CleanResult, type SentenceSpan } from '#text';
import { DataSource, type EntityManager } from 'typeorm';
import { Article } from '../articles/article.entity.js';
import type { Revision } from '../articles/revision.entity.js';
import { Claim } from '../claims/claim.entity.js';
import { ProblemError } from '../common/problem.js';
import { preparedQuery } from '../common/sql.js';
import type { ClaimEvidenceDto } from './evidence.dto.js';
import { ClaimEvidence, type StoredEvidence } from './evidence.entity.js';
import { PassageIndex } from './passage-index.js';

/** How many passages PostgreSQL hands to the stance rules for one claim. */
export const CANDIDATES = 100;
export const EVIDENCE_LIMIT = 10;
/** At most this many open claims elsewhere are marked stale by one source change (see markSourceChange)… */
export const SOURCE_FANOUT = 200;
/** …found through at most this many of the article's rarest terms… */
export const FANOUT_TERMS = 24;
/** …and at most this many open claims per term, so a source change costs the same on a corpus of any size. */
export const FANOUT_POSTINGS = 500;
/** How long a worker may hold a stale claim before another worker may take it. */
const LEASE_SECONDS = 60;

/** Segments whose sentences are never evidence: credits and off-topic blocks say nothing about the story. */
const NOT_EVIDENCE = new Set(['byline', 'off-topic']);

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

/** The sentences of a cleaned text that become passages (evidence other claims may cite). */
export function passagesOf(clean: CleanResult): SentenceSpan[] {
  const skip = clean.segments.filter((s) => NOT_EVIDENCE.has(s.kind));
  return splitSentences(clean.text).filter((s) => !skip.some((seg) => s.start < seg.end && s.end > seg.start));
}

@Injectable()
export class EvidenceService {
  private readonly logger = new Logger(EvidenceService.name);

  constructor(private readonly dataSource: DataSource) {}

  /**
   * A revision became current: replace its article's passages, queue its new claims, and record that
   * the source changed. Marking the claims it touches elsewhere is the worker's job (see
   * applySourceChanges): it can touch much of a corpus, and this runs in the ingest transaction,
   * which holds the audit chain lock until it commits.
   */
  async indexRevision(em: EntityManager, revision: Revision, clean: CleanResult, newClaimIds: string[], passages: SentenceSpan[] = passagesOf(clean)): Promise<void> {
    // A first revision has nothing to replace: its article was created in this transaction.
    if (revision.number > 1) {
      await PassageIndex.removeArticle(em, revision.articleId);
      await em.query(`DELETE FROM passage WHERE article_id = $1`, [revision.articleId]);
    }
    // One statement (one round trip, prepared once per connection) for what an ingest used to send as
    // four: the passages with their postings, the new claims' evidence due, and the source change.
    await preparedQuery(
      em,
      'factdesk_index_revision',
      `WITH ins AS (INSERT INTO passage (article_id, revision_id, start_offset, end_offset, text)
                    SELECT $1, $2, s, e, t FROM unnest($3::int[], $4::int[], $5::text[]) AS u(s, e, t)
                    RETURNING id, article_id, tsv),
       ${PassageIndex.indexing('SELECT id, article_id, tsv FROM ins')},
       due AS (INSERT INTO claim_evidence (claim_id) SELECT unnest($6::uuid[]) ON CONFLICT DO NOTHING),
       changed AS (INSERT INTO evidence_source_change (article_id) VALUES ($1))
       ${PassageIndex.countIndexed}`,
      [revision.articleId, revision.id, passages.map((s) => s.start), passages.map((s) => s.end), passages.map((s) => s.text), newClaimIds],
    );
  }

  /** An article's text or metadata changed (its date decides which event it reports): record it, durably, in the same transaction. */
  async markArticleChanged(em: EntityManager, articleId: string): Promise<void> {
    await em.query(`INSERT INTO evidence_source_change (article_id) VALUES ($1)`, [articleId]);
  }

  /**
   * Marks stale the claims each recorded source change may touch — the article's own claims, claims
   * whose evidence quotes it, and up to SOURCE_FANOUT open claims elsewhere that share its rarest
   * terms, found the way retrieval finds passages (markSourceChange) — then forgets the change, each
   * change in one short transaction, so a crash in between loses nothing and a repeat is harmless.
   * The fan-out is bounded so a source change costs the same on a corpus of any size; decided claims
   * keep the evidence their editor saw. Workers in several processes take different changes (SKIP LOCKED).
   */
  async applySourceChanges(batch = 10): Promise<number> {
    let applied = 0;
    // One change per transaction: short transactions keep the embedded database's single connection
    // free for requests, and two workers never hold overlapping row locks long enough to deadlock.
    while (applied < batch) {
      const done = await this.dataSource.transaction(async (em) => {
        const [change]: Array<{ id: string; article_id: string }> = await em.query(
          `SELECT id, article_id FROM evidence_source_change ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        );
        if (!change) return false;
        await markSourceChange((sql, params) => em.query(sql, params), change.article_id);
        await em.query(`DELETE FROM evidence_source_change WHERE id = $1`, [change.id]);
        return true;
      });
      if (!done) break;
      applied++;
    }
    return applied;
  }

  /** New claims: their evidence is due, in the same transaction that creates them. */
  async enqueue(em: EntityManager, claimIds: string[]): Promise<void> {
    if (claimIds.length === 0) return;
    await em.query(`INSERT INTO claim_evidence (claim_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`, [claimIds]);
  }

  /** A claim's evidence: stored if fresh, otherwise computed now and stored. */
  async forClaim(claimId: string): Promise<ClaimEvidenceDto> {
    const stored = await this.dataSource.getRepository(ClaimEvidence).findOneBy({ claimId });
    if (stored && !stored.stale && stored.evidence && stored.suggestion && stored.computedAt) return toDto(stored);
    if (!(await this.dataSource.getRepository(Claim).existsBy({ id: claimId }))) throw new ProblemError('not-found', `No claim with id ${claimId}.`);
    return toDto(await this.refresh(claimId));
  }

  /**
   * Applies recorded source changes, then computes and stores stale evidence; returns how much work
   * it did. Stale rows are leased (SKIP LOCKED, then leased_until) so workers in several processes
   * never compute the same claim at once; a worker that dies only delays its rows until the lease ends.
   */
  async refreshStale(batch = 20): Promise<number> {
    // A failed expansion (a deadlock with another worker, say) is retried next tick; stale rows are computed meanwhile.
    const changes = await this.applySourceChanges().catch((error: unknown) => {
      this.logger.warn(`Expanding source changes failed; will retry: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    });
    const rows: Array<{ claim_id: string }> = await this.dataSource.query(
      // A SELECT around the UPDATE, so the driver hands back plain rows.
      `WITH leased AS (
         UPDATE claim_evidence SET leased_until = now() + interval '${LEASE_SECONDS} seconds'
          WHERE claim_id IN (SELECT claim_id FROM claim_evidence
                              WHERE stale AND (leased_until IS NULL OR leased_until < now())
                              LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING claim_id)
       SELECT claim_id FROM leased`,
      [batch],
    );
    for (const row of rows) await this.refresh(row.claim_id);
    return changes + rows.length;
  }

  private async refresh(claimId: string): Promise<ClaimEvidence> {
    const repo = this.dataSource.getRepository(ClaimEvidence);
    await this.enqueue(this.dataSource.manager, [claimId]);
    const { generation } = await repo.findOneByOrFail({ claimId });
    const claim = await this.dataSource.getRepository(Claim).findOneByOrFail({ id: claimId });
    const published = (claim.articleId ? (await this.dataSource.getRepository(Article).findOneBy({ id: claim.articleId }))?.publishedOn : claim.claimedOn) ?? undefined;

    const candidates = await this.candidates(claim);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    // BM25 found them by shared words; meaning (word vectors over the passage and its article's name) re-ranks them.
    const relevance = blendMeaning(wordVectors(), claim.text, candidates.map((c) => ({ text: `${c.source} ${c.text}`, retrieval: c.score })));
    const ranked = rankEvidence(
      { text: claim.text, published, articleId: claim.articleId ?? undefined },
      candidates.map((c, i): EvidenceCandidate => ({ id: c.id, articleId: c.article_id, text: c.text, published: c.published_on ?? undefined, source: c.source, retrieval: relevance[i] })),
      EVIDENCE_LIMIT,
    );
    const evidence: StoredEvidence[] = ranked.map((e) => {
      const row = byId.get(e.id)!;
      return { articleId: row.article_id, revisionId: row.revision_id, start: row.start_offset, end: row.end_offset, text: row.text, stance: e.stance, score: round3(e.score), reasons: e.reasons };
    });
    const suggestion = suggestVerdict(ranked);
    const result = { stale: false, computedAt: new Date(), evidence, suggestion: { ...suggestion, confidence: round3(suggestion.confidence) }, sourceArticleIds: [...new Set(evidence.map((e) => e.articleId))] };
    // Only if nothing changed meanwhile; otherwise the row stays stale and is computed again.
    await repo.update({ claimId, generation }, result);
    await this.dataSource.query(`UPDATE claim_evidence SET leased_until = NULL WHERE claim_id = $1 AND leased_until IS NOT NULL`, [claimId]);
    return Object.assign(new ClaimEvidence(), { claimId, generation, ...result });
  }

  /**
   * Ranked retrieval over the whole corpus: BM25 over the postings table (passage-index.ts) with the
   * claim's words stemmed by PostgreSQL (`english`), spellings from the variant table and, when
   * enabled, WordNet synonyms weighted below them; IDF from term_stat, length normalisation from
   * passage_corpus. A claim term a passage lacks but its article's title has counts as RETRIEVAL.titleTf
   * occurrences (the subject a sentence leaves implicit), and the score is scaled by the share of the
   * claim's IDF the passage covers. No recency window and no all-words requirement: the cost is bounded
   * by reading the claim's rarest terms first (at most RETRIEVAL.maxTerms) and at most
   * RETRIEVAL.postingsPerTerm postings of each, shortest passages first, so a common word costs the
   * same on any corpus and an old article is found as well as a new one.
   */
  private async candidates(claim: Claim): Promise<CandidateRow[]> {
    return retrieveCandidates((sql, params) => this.dataSource.query(sql, params), claim.text, claim.articleId ?? null);
  }
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

export interface RetrievalOptions {
  synonymWeight?: number;
  limit?: number;
  /** Overrides of RETRIEVAL's parameters, for evaluations that compare settings in one run. */
  params?: Partial<typeof RETRIEVAL>;
}

/** The retrieval statement (see EvidenceService.candidates), through any query function so benches and evals time exactly it. */
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
     terms AS (SELECT term, w, idf, 1::bigint << (k - 1)::int AS bit FROM ranked WHERE k <= least($4::int, 63)),
     own AS (SELECT coalesce(sum(idf) FILTER (WHERE w >= 1), 0) AS idf FROM terms),
     hits AS (
       SELECT pt.passage_id, pt.article_id, max(pt.len) AS len, bit_or(t.bit) AS matched,
              sum(t.w * t.idf * pt.tf * ($5::float8 + 1) / (pt.tf + $5::float8 * (1 - $6::float8 + $6::float8 * pt.len / corpus.avgdl))) AS bm25
         FROM terms t CROSS JOIN corpus
              CROSS JOIN LATERAL (SELECT p.passage_id, p.article_id, p.tf, p.len FROM passage_term p
                                   WHERE p.term = t.term AND p.article_id IS DISTINCT FROM $2::uuid
                                   ORDER BY p.len LIMIT $3::int) pt
        GROUP BY pt.passage_id, pt.article_id
        ORDER BY bm25 DESC
        LIMIT $8::int),
     -- Which claim terms each hit article's title has, once per article.
     titles AS (
       SELECT d.article_id, coalesce(bit_or(t.bit), 0) AS mask
         FROM (SELECT DISTINCT article_id FROM hits) d JOIN article a ON a.id = d.article_id
              LEFT JOIN terms t ON t.term = ANY(tsvector_to_array(a.title_tsv))
        GROUP BY d.article_id),
     scored AS (
       SELECT h.passage_id, h.article_id,
              (h.bm25 + coalesce(sum(t.w * t.idf * $7::float8 * ($5::float8 + 1) / ($7::float8 + $5::float8 * (1 - $6::float8 + $6::float8 * h.len / corpus.avgdl)))
                                   FILTER (WHERE h.matched & t.bit = 0), 0))
              * CASE WHEN own.idf > 0 THEN power(coalesce(sum(t.idf) FILTER (WHERE t.w >= 1), 0) / own.idf, $9::float8) ELSE 1 END AS score
         FROM hits h JOIN titles tm ON tm.article_id = h.article_id CROSS JOIN own CROSS JOIN corpus
              JOIN terms t ON (h.matched | tm.mask) & t.bit <> 0
        GROUP BY h.passage_id, h.article_id, h.bm25, h.len, own.idf, corpus.avgdl
        ORDER BY score DESC, h.passage_id
        LIMIT $10::int)
     SELECT p.id, p.article_id, p.revision_id, p.start_offset, p.end_offset, p.text, s.score,
            to_char(a.published_on, 'YYYY-MM-DD') AS published_on,
            ${SOURCE_NAME} AS source
       FROM scored s JOIN passage p ON p.id = s.passage_id JOIN article a ON a.id = p.article_id
      ORDER BY s.score DESC, p.id`,
    [JSON.stringify(terms), articleId, R.postingsPerTerm, R.maxTerms, R.k1, R.b, R.titleTf, R.pool, R.coordination, options.limit ?? CANDIDATES],
  )) as unknown as CandidateRow[];
  return rows.map((r) => ({ ...r, score: Number(r.score) }));
}

type Query = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

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

function toDto(e: ClaimEvidence): ClaimEvidenceDto {
  return { claimId: e.claimId, computedAt: e.computedAt!.toISOString(), suggestion: e.suggestion!, evidence: e.evidence! };
}
