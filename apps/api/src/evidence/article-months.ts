import { articleEventMonths, type Evidence, type EvidenceCandidate, type RankClaim } from '#evidence';
import type { Query } from './retrieval.js';

/** Revisions are immutable, so what one dates its operation to is read once per process (bounded). */
const CACHE_LIMIT = 5_000;
const cache = new Map<string, number[]>();

/** Months each revision's dated sentences give its operation (articleEventMonths), read from its passages. */
async function monthsOfRevisions(query: Query, revisionIds: string[]): Promise<Map<string, number[]>> {
  const missing = revisionIds.filter((id) => !cache.has(id));
  if (missing.length) {
    // Only sentences naming a month can date an event to one: the rest are not read.
    const rows = (await query(
      `SELECT revision_id, text FROM passage
        WHERE revision_id = ANY($1::uuid[]) AND text ~* '\\m(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)'
        ORDER BY revision_id, start_offset`,
      [missing],
    )) as Array<{ revision_id: string; text: string }>;
    for (const id of missing) {
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
      cache.set(id, articleEventMonths(rows.filter((r) => r.revision_id === id).map((r) => r.text)));
    }
  }
  return new Map(revisionIds.map((id) => [id, cache.get(id)!]));
}

/**
 * For a claim whose article has no publication date, when decisive evidence comes from undated articles:
 * the claim and candidates with the months their articles date the operation to, so the stance rules can
 * tell a report of another operation from one of the same (libs/evidence compareEvents). Null when there
 * is nothing to tell apart (a dated claim, no decisive undated passage): the ranking stands as it is.
 */
export async function withArticleMonths<C extends EvidenceCandidate>(
  query: Query,
  claim: RankClaim & { revisionId: string | null },
  candidates: ReadonlyArray<C & { revisionId: string }>,
  ranked: readonly Evidence[],
): Promise<{ claim: RankClaim; candidates: C[] } | null> {
  if (claim.published || !claim.revisionId) return null;
  const undated = new Set(ranked.filter((e) => (e.stance === 'supports' || e.stance === 'contradicts') && !e.published).map((e) => e.id));
  if (undated.size === 0) return null;
  const months = await monthsOfRevisions(query, [...new Set([claim.revisionId, ...candidates.filter((c) => !c.published).map((c) => c.revisionId)])]);
  const own = months.get(claim.revisionId)!;
  if (own.length === 0) return null;
  return {
    claim: { ...claim, articleMonths: own },
    candidates: candidates.map((c) => (c.published ? c : { ...c, articleMonths: months.get(c.revisionId) })),
  };
}
