import { Injectable, Logger } from '@nestjs/common';
import { blendMeaning, rankEvidence, suggestVerdict, wordVectors } from '#evidence';
import { round3, type CleanResult, type SentenceSpan } from '#text';
import { DataSource, type EntityManager } from 'typeorm';
import { Article } from '../articles/article.entity.js';
import type { Revision } from '../articles/revision.entity.js';
import { Claim } from '../claims/claim.entity.js';
import { ProblemError } from '../common/problem.js';
import { preparedQuery } from '../common/sql.js';
import type { ClaimEvidenceDto } from './evidence.dto.js';
import { ClaimEvidence, type StoredEvidence } from './evidence.entity.js';
import { withArticleMonths } from './article-months.js';
import { PassageIndex } from './passage-index.js';
import { passagesOf } from './passages.js';
import { retrieveCandidates, type CandidateRow } from './retrieval.js';
import { markSourceChange } from './source-fanout.js';

/** How many ranked passages a claim's evidence keeps. */
const EVIDENCE_LIMIT = 10;
/** How long a worker may hold a stale claim before another worker may take it. */
const LEASE_SECONDS = 60;

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
    const input = { text: claim.text, published, articleId: claim.articleId ?? undefined, revisionId: claim.revisionId };
    const pool = candidates.map((c, i) => ({ id: c.id, articleId: c.article_id, revisionId: c.revision_id, text: c.text, published: c.published_on ?? undefined, source: c.source, retrieval: relevance[i] }));
    let ranked = rankEvidence(input, pool, EVIDENCE_LIMIT);
    // Undated reports: what each article dates its operation to may show a decisive passage is about another one.
    const dated = await withArticleMonths((sql, params) => this.dataSource.query(sql, params), input, pool, ranked);
    if (dated) ranked = rankEvidence(dated.claim, dated.candidates, EVIDENCE_LIMIT);
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

  /** The passages PostgreSQL hands to the stance rules for this claim (retrieval.ts). */
  private async candidates(claim: Claim): Promise<CandidateRow[]> {
    return retrieveCandidates((sql, params) => this.dataSource.query(sql, params), claim.text, claim.articleId ?? null);
  }
}

function toDto(e: ClaimEvidence): ClaimEvidenceDto {
  return { claimId: e.claimId, computedAt: e.computedAt!.toISOString(), suggestion: e.suggestion!, evidence: e.evidence! };
}
