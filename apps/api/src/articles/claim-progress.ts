import type { DataSource } from 'typeorm';
import { Claim } from '../claims/claim.entity.js';
import { emptyProgress } from './article.mapper.js';
import type { ClaimProgressDto } from './articles.dto.js';

/** Claim counts per status for several revisions in one query. */
export async function claimProgressOf(dataSource: DataSource, revisionIds: string[]): Promise<Map<string, ClaimProgressDto>> {
  const result = new Map<string, ClaimProgressDto>();
  if (revisionIds.length === 0) return result;
  const rows: Array<{ revision_id: string; status: string; n: string }> = await dataSource
    .getRepository(Claim)
    .createQueryBuilder('c')
    .select('c.revision_id', 'revision_id')
    .addSelect('c.status', 'status')
    .addSelect('count(*)', 'n')
    .where('c.revision_id IN (:...revisionIds)', { revisionIds })
    .groupBy('c.revision_id')
    .addGroupBy('c.status')
    .getRawMany();
  for (const row of rows) {
    const p = result.get(row.revision_id) ?? emptyProgress();
    p[row.status as keyof ClaimProgressDto] += Number(row.n);
    p.total += Number(row.n);
    result.set(row.revision_id, p);
  }
  return result;
}
