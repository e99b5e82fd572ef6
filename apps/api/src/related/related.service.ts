import { Injectable } from '@nestjs/common';
import { compareClaims } from '#evidence';
import { DataSource, In } from 'typeorm';
import { round3 } from '#text';
import { Claim } from '../claims/claim.entity.js';
import { ClaimsService } from '../claims/claims.service.js';
import { sourceNames } from '../evidence/retrieval.js';
import type { RelatedClaimsDto } from './related.dto.js';

/** Trigram candidates read per claim; the pure comparison then keeps only the same claims. */
const CANDIDATES = 50;
const MAX_RELATED = 10;

interface Candidate {
  id: string;
  text: string;
  article_id: string | null;
  title: string | null;
  outlet: string | null;
  published_on: string | null;
}

/**
 * Claims already checked: decided claims in other articles (or standalone) that state the same thing
 * as this one. Read, never stored, so a correction of the earlier verdict shows at once.
 */
@Injectable()
export class RelatedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly claims: ClaimsService,
  ) {}

  async related(id: string): Promise<RelatedClaimsDto> {
    const claim = await this.claims.find(id);
    // `%` is pg_trgm's similarity test, answered from ix_claim_text_trgm.
    const candidates: Candidate[] = await this.dataSource.query(
      `SELECT c.id, c.text, c.article_id, a.title, a.outlet, a.published_on::text AS published_on
         FROM claim c LEFT JOIN article a ON a.id = c.article_id
        WHERE c.text % $2 AND c.id <> $1 AND c.current_verdict_id IS NOT NULL
          AND ($3::uuid IS NULL OR c.article_id IS DISTINCT FROM $3::uuid)
        ORDER BY similarity(c.text, $2) DESC, c.seq
        LIMIT ${CANDIDATES}`,
      [id, claim.text, claim.articleId],
    );
    const same = candidates
      .map((c) => ({ candidate: c, result: compareClaims(claim.text, c.text) }))
      .filter((m) => m.result.same)
      .sort((a, b) => b.result.similarity - a.result.similarity)
      .slice(0, MAX_RELATED);
    if (same.length === 0) return { items: [] };
    const rows = await this.dataSource.getRepository(Claim).findBy({ id: In(same.map((m) => m.candidate.id)) });
    const dtos = new Map((await this.claims.toDtos(rows)).map((d) => [d.id, d]));
    // Named as rationales name them, so "already checked in …" names an untitled article by its outlet and date or words.
    const articleIds = [...new Set(same.flatMap((m) => m.candidate.article_id ?? []))];
    const names = await sourceNames((sql, params) => this.dataSource.query(sql, params), articleIds);
    return {
      items: same.flatMap(({ candidate: c, result }) => {
        const dto = dtos.get(c.id);
        if (!dto) return [];
        return [{ claim: dto, article: c.article_id ? { id: c.article_id, name: names.get(c.article_id)!, title: c.title, outlet: c.outlet, publishedOn: c.published_on } : null, similarity: round3(result.similarity) }];
      }),
    };
  }
}
