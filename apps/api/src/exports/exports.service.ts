import { once } from 'node:events';
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource, In } from 'typeorm';
import { round3 } from '#text';
import { Claim } from '../claims/claim.entity.js';
import { Citation, Verdict } from '../claims/verdict.entity.js';
import { csvHeader, csvLine, jsonLine, type ExportRow } from './claim-rows.js';

const BATCH = 1000;

@Injectable()
export class ExportsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Streams every claim in keyset batches: memory stays flat however many claims there are, and the
   * database connection is free between batches (the embedded database has only one).
   */
  async streamClaims(format: 'csv' | 'jsonl', res: Response): Promise<void> {
    res.status(200);
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="claims.${format}"`);
    const line = format === 'csv' ? csvLine : jsonLine;
    if (format === 'csv') res.write(csvHeader());
    let after = '0';
    let closed = false;
    res.on('close', () => (closed = true));
    while (!closed) {
      const claims = await this.dataSource.getRepository(Claim).createQueryBuilder('c').where('c.seq > :after', { after }).orderBy('c.seq', 'ASC').limit(BATCH).getMany();
      if (claims.length === 0) break;
      for (const row of await this.rows(claims)) {
        // Respect backpressure: wait for the client to take what was written.
        if (!res.write(line(row)) && !closed) await once(res, 'drain');
      }
      after = claims[claims.length - 1].seq;
    }
    res.end();
  }

  private async rows(claims: Claim[]): Promise<ExportRow[]> {
    const verdictIds = claims.map((c) => c.currentVerdictId).filter((id): id is string => id !== null);
    const [verdicts, citations, history] = await Promise.all([
      verdictIds.length ? this.dataSource.getRepository(Verdict).findBy({ id: In(verdictIds) }) : [],
      verdictIds.length ? this.dataSource.getRepository(Citation).find({ where: { verdictId: In(verdictIds) }, order: { position: 'ASC' } }) : [],
      this.dataSource.query(
        `SELECT entity_id, count(*)::int AS n FROM audit_event WHERE entity_type = 'claim' AND entity_id = ANY($1::text[]) GROUP BY entity_id`,
        [claims.map((c) => c.id)],
      ) as Promise<Array<{ entity_id: string; n: number }>>,
    ]);
    const verdictById = new Map(verdicts.map((v) => [v.id, v]));
    const historyById = new Map(history.map((h) => [h.entity_id, h.n]));
    return claims.map((c) => {
      const v = c.currentVerdictId ? verdictById.get(c.currentVerdictId) : undefined;
      return {
        id: c.id,
        articleId: c.articleId,
        revisionId: c.revisionId,
        start: c.start,
        end: c.end,
        text: c.text,
        kind: c.kind,
        score: round3(c.score),
        origin: c.origin,
        status: c.status,
        verdict: v?.verdict ?? null,
        note: v?.note ?? null,
        decidedBy: v?.decidedBy ?? null,
        decidedAt: v?.decidedAt.toISOString() ?? null,
        publishedAt: c.publishedAt?.toISOString() ?? null,
        citations: citations.filter((x) => x.verdictId === v?.id).map(({ articleId, revisionId, start, end, stance, quote }) => ({ articleId, revisionId, start, end, stance, quote })),
        historySize: historyById.get(c.id) ?? 0,
        createdAt: c.createdAt.toISOString(),
      };
    });
  }
}
