import { Injectable } from '@nestjs/common';
import { rankEvidence, searchTerms, suggestVerdict, type EvidenceCandidate } from '#evidence';
import { splitSentences, type CleanResult } from '#text';
import { DataSource, type EntityManager } from 'typeorm';
import { Article } from '../articles/article.entity.js';
import type { Revision } from '../articles/revision.entity.js';
import { Claim } from '../claims/claim.entity.js';
import { ProblemError } from '../common/problem.js';
import type { ClaimEvidenceDto } from './evidence.dto.js';
import { ClaimEvidence, Passage, type StoredEvidence } from './evidence.entity.js';

/** How many passages PostgreSQL hands to the stance rules for one claim. */
export const CANDIDATES = 100;
export const EVIDENCE_LIMIT = 10;

/** Segments whose sentences are never evidence: credits and off-topic blocks say nothing about the story. */
const NOT_EVIDENCE = new Set(['byline', 'off-topic']);

interface CandidateRow {
  id: string;
  article_id: string;
  revision_id: string;
  start_offset: number;
  end_offset: number;
  text: string;
  published_on: string | null;
  source: string;
}

@Injectable()
export class EvidenceService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A revision became current: replace its article's passages, queue its new claims, and record that
   * the source changed. Marking the claims it touches elsewhere is the worker's job (see
   * applySourceChanges): it can touch much of a corpus, and this runs in the ingest transaction,
   * which holds the audit chain lock until it commits.
   */
  async indexRevision(em: EntityManager, revision: Revision, clean: CleanResult, newClaimIds: string[]): Promise<void> {
    const skip = clean.segments.filter((s) => NOT_EVIDENCE.has(s.kind));
    const sentences = splitSentences(clean.text).filter((s) => !skip.some((seg) => s.start < seg.end && s.end > seg.start));
    await em.delete(Passage, { articleId: revision.articleId });
    if (sentences.length > 0) {
      await em.insert(
        Passage,
        sentences.map((s) => ({ articleId: revision.articleId, revisionId: revision.id, start: s.start, end: s.end, text: s.text })),
      );
    }
    await this.enqueue(em, newClaimIds);
    await this.markArticleChanged(em, revision.articleId);
  }

  /** An article's text or metadata changed (its date decides which event it reports): record it, durably, in the same transaction. */
  async markArticleChanged(em: EntityManager, articleId: string): Promise<void> {
    await em.query(`INSERT INTO evidence_source_change (article_id) VALUES ($1)`, [articleId]);
  }

  /**
   * Marks stale the claims each recorded source change may touch — the article's own claims, claims
   * whose evidence quoted it, and claims elsewhere sharing a search term with its passages — then
   * forgets the change. Repeating a change is harmless, so a crash in between loses nothing.
   */
  async applySourceChanges(batch = 10): Promise<number> {
    const changes: Array<{ id: string; article_id: string }> = await this.dataSource.query(`SELECT id, article_id FROM evidence_source_change ORDER BY id LIMIT $1`, [batch]);
    for (const change of changes) {
      await this.dataSource.query(
        `UPDATE claim_evidence ce SET stale = true, generation = ce.generation + 1
           FROM claim c
          WHERE c.id = ce.claim_id
            AND (c.article_id = $1
                 OR $1 = ANY(ce.source_article_ids)
                 OR c.search_tsv @@ (SELECT coalesce(string_agg(DISTINCT quote_literal(l.lexeme), ' | '), '')::tsquery
                                       FROM passage p, unnest(p.tsv) l WHERE p.article_id = $1))`,
        [change.article_id],
      );
      await this.dataSource.query(`DELETE FROM evidence_source_change WHERE id = $1`, [change.id]);
    }
    return changes.length;
  }

  /** New claims: their evidence is due, in the same transaction that creates them. */
  async enqueue(em: EntityManager, claimIds: string[]): Promise<void> {
    if (claimIds.length === 0) return;
    await em.createQueryBuilder().insert().into(ClaimEvidence).values(claimIds.map((claimId) => ({ claimId }))).orIgnore().execute();
  }

  /** A claim's evidence: stored if fresh, otherwise computed now and stored. */
  async forClaim(claimId: string): Promise<ClaimEvidenceDto> {
    const stored = await this.dataSource.getRepository(ClaimEvidence).findOneBy({ claimId });
    if (stored && !stored.stale && stored.evidence && stored.suggestion && stored.computedAt) return toDto(stored);
    if (!(await this.dataSource.getRepository(Claim).existsBy({ id: claimId }))) throw new ProblemError('not-found', `No claim with id ${claimId}.`);
    return toDto(await this.refresh(claimId));
  }

  /** Applies recorded source changes, then computes and stores stale evidence; returns how much work it did. */
  async refreshStale(batch = 20): Promise<number> {
    const changes = await this.applySourceChanges();
    const rows: Array<{ claim_id: string }> = await this.dataSource.query(`SELECT claim_id FROM claim_evidence WHERE stale LIMIT $1`, [batch]);
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
    const ranked = rankEvidence(
      { text: claim.text, published, articleId: claim.articleId ?? undefined },
      candidates.map((c): EvidenceCandidate => ({ id: c.id, articleId: c.article_id, text: c.text, published: c.published_on ?? undefined, source: c.source })),
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
    return Object.assign(new ClaimEvidence(), { claimId, generation, ...result });
  }

  /** Full-text retrieval with every spelling of the claim's names, ranked with trigram similarity. */
  private async candidates(claim: Claim): Promise<CandidateRow[]> {
    const terms = [...new Set([...searchTerms(claim.text), ...contentWords(claim.text)])];
    if (terms.length === 0) return [];
    return this.dataSource.query(
      `WITH q AS (
         SELECT coalesce(string_agg('(' || pq::text || ')', ' | '), '')::tsquery AS query
           FROM (SELECT phraseto_tsquery('english', t) AS pq FROM unnest($1::text[]) t) x
          WHERE pq::text <> '')
       SELECT p.id, p.article_id, p.revision_id, p.start_offset, p.end_offset, p.text, to_char(a.published_on, 'YYYY-MM-DD') AS published_on,
              coalesce(a.title, a.outlet, 'untitled article ' || left(a.id::text, 8)) AS source
         FROM passage p JOIN article a ON a.id = p.article_id, q
        WHERE p.tsv @@ q.query AND p.article_id IS DISTINCT FROM $2
        ORDER BY ts_rank_cd(p.tsv, q.query) + similarity(p.text, $3) DESC, p.id
        LIMIT $4`,
      [terms, claim.articleId, claim.text, CANDIDATES],
    );
  }
}

function contentWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

function toDto(e: ClaimEvidence): ClaimEvidenceDto {
  return { claimId: e.claimId, computedAt: e.computedAt!.toISOString(), suggestion: e.suggestion!, evidence: e.evidence! };
}
