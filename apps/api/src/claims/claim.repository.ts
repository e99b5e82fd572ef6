import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProblemError } from '../common/problem.js';
import { preparedQuery } from '../common/sql.js';
import { Claim } from './claim.entity.js';
import type { ClaimPatch } from './claim-lifecycle/index.js';
import { CLAIM_COLUMNS, toClaim, type ClaimRow } from './claim-queries.js';

export type NewClaim = Pick<Claim, 'articleId' | 'revisionId' | 'start' | 'end' | 'text' | 'prefix' | 'suffix' | 'claimedOn' | 'kind' | 'kinds' | 'score' | 'signals' | 'origin' | 'createdBy'>;

/** The one writer of the claim table. Every method runs on the caller's transaction manager. */
@Injectable()
export class ClaimRepository {
  /** The claim, its row locked until the transaction ends: of several editors deciding it at once, one goes first and the others see its version. */
  async lock(em: EntityManager, id: string): Promise<Claim> {
    const claim = await em.findOne(Claim, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!claim) throw new ProblemError('not-found', `No claim with id ${id}.`);
    return claim;
  }

  /** Inserts claims in one statement (array parameters), open at version 1, and returns them as stored. */
  async insertMany(em: EntityManager, claims: NewClaim[]): Promise<Claim[]> {
    if (claims.length === 0) return [];
    const column = <T>(pick: (c: NewClaim) => T) => claims.map(pick);
    const rows = await preparedQuery<ClaimRow>(
      em,
      'factdesk_claim_insert',
      `INSERT INTO claim AS c (article_id, revision_id, start_offset, end_offset, text, prefix, suffix, claimed_on, kind, kinds, score, signals, origin, created_by, version)
       SELECT article_id, revision_id, s, e, t, p, x, d, k, ARRAY(SELECT kk.value FROM jsonb_array_elements_text(ks) WITH ORDINALITY kk(value, i) ORDER BY kk.i), score, sig, o, by, 1
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[], $10::jsonb[], $11::real[], $12::jsonb[], $13::text[], $14::text[])
              WITH ORDINALITY AS u(article_id, revision_id, s, e, t, p, x, d, k, ks, score, sig, o, by, n)
        ORDER BY n
       RETURNING ${CLAIM_COLUMNS}`,
      [
        column((c) => c.articleId),
        column((c) => c.revisionId),
        column((c) => c.start),
        column((c) => c.end),
        column((c) => c.text),
        column((c) => c.prefix),
        column((c) => c.suffix),
        column((c) => c.claimedOn),
        column((c) => c.kind),
        column((c) => JSON.stringify(c.kinds)),
        column((c) => c.score),
        column((c) => JSON.stringify(c.signals)),
        column((c) => c.origin),
        column((c) => c.createdBy),
      ],
    );
    return rows.map(toClaim);
  }

  async insertOne(em: EntityManager, claim: NewClaim): Promise<Claim> {
    const [inserted] = await this.insertMany(em, [claim]);
    return inserted;
  }

  /**
   * One UPDATE that also bumps the version and updated_at (em.save would first re-read the row).
   * Publishing (a new publishedVerdictId) takes the next publication_seq, the cursor of GET /claim-reviews.
   */
  async applyPatch(em: EntityManager, id: string, patch: ClaimPatch): Promise<Pick<Claim, 'version' | 'updatedAt'>> {
    const publicationSeq = patch.publishedVerdictId ? { publicationSeq: () => `nextval('claim_publication_seq')` } : {};
    const updated = await em
      .createQueryBuilder()
      .update(Claim)
      .set({ ...patch, ...publicationSeq })
      .where('id = :id', { id })
      .returning('version, updated_at')
      .execute();
    const [{ version, updated_at: updatedAt }] = updated.raw as Array<{ version: number; updated_at: Date }>;
    return { version, updatedAt };
  }
}
