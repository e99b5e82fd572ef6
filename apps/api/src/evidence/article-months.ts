import { articleEventMonths, BoundedCache, OPENING_SENTENCES, publishedMonths, type Evidence, type EvidenceCandidate, type RankClaim } from '#evidence';
import type { Query } from './retrieval.js';

/** Revisions are immutable, so what one dates its operation to is read once per process (bounded). */
const CACHE_LIMIT = 5_000;
const cache = new BoundedCache<number[]>(CACHE_LIMIT);

/** A revision of an article: passages are its current revision's sentences, found by article (indexed). */
interface RevisionRef {
  articleId: string;
  revisionId: string;
}

/** Months each revision's dated sentences give its operation (articleEventMonths), read from its passages. */
async function monthsOfRevisions(query: Query, refs: RevisionRef[]): Promise<Map<string, number[]>> {
  const missing = [...new Map(refs.filter((r) => !cache.has(r.revisionId)).map((r) => [r.revisionId, r])).values()];
  if (missing.length) {
    // Only sentences naming a month can date an event to one: the rest are not read. The opening is the
    // revision's first sentences that are not photo captions (a file photo is dated by its own day).
    const rows = (await query(
      `SELECT revision_id, text, opening FROM (
         SELECT revision_id, text, start_offset, NOT caption AND row_number() OVER (PARTITION BY revision_id, caption ORDER BY start_offset) <= $3 AS opening
           FROM (SELECT p.revision_id, p.text, p.start_offset,
                        EXISTS (SELECT 1 FROM jsonb_array_elements(r.segments) s
                                 WHERE s->>'kind' = 'caption' AND (s->>'start')::int < p.end_offset AND (s->>'end')::int > p.start_offset) AS caption
                   FROM passage p JOIN revision r ON r.id = p.revision_id
                  WHERE p.article_id = ANY($1::uuid[]) AND p.revision_id = ANY($2::uuid[])) c) o
        WHERE text ~* '\\m(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)'
        ORDER BY revision_id, start_offset`,
      [missing.map((r) => r.articleId), missing.map((r) => r.revisionId), OPENING_SENTENCES],
    )) as Array<{ revision_id: string; text: string; opening: boolean }>;
    for (const { revisionId } of missing) {
      const own = rows.filter((r) => r.revision_id === revisionId);
      cache.set(revisionId, articleEventMonths(own.map((r) => r.text), own.filter((r) => r.opening).map((r) => r.text)));
    }
  }
  return new Map(refs.map((r) => [r.revisionId, cache.get(r.revisionId)!]));
}

/**
 * When decisive evidence comes from articles without a publication date: the claim and those candidates
 * with the months their articles date the operation to (for a dated claim, its date's), so the stance rules
 * can tell a report of another operation from one of the same (libs/evidence compareEvents). Null when there
 * is nothing to tell apart (no decisive passage from an undated article, or no undated article that dates its
 * operation): the ranking stands.
 */
export async function withArticleMonths<C extends EvidenceCandidate>(
  query: Query,
  claim: RankClaim & { revisionId: string | null },
  candidates: ReadonlyArray<C & { revisionId: string }>,
  ranked: readonly Evidence[],
): Promise<{ claim: RankClaim; candidates: C[] } | null> {
  if (!ranked.some((e) => (e.stance === 'supports' || e.stance === 'contradicts') && !e.published)) return null;
  const own = !claim.published && claim.articleId && claim.revisionId ? { articleId: claim.articleId, revisionId: claim.revisionId } : null;
  const months = await monthsOfRevisions(query, [...(own ? [own] : []), ...candidates.filter((c) => !c.published)]);
  // A standalone undated claim has no article: only what its own words date can be set against the passages'.
  const claimMonths = claim.published ? publishedMonths(claim.published) : own ? months.get(own.revisionId)! : [];
  // No undated source dates its operation: a second ranking would decide everything as the first did.
  if (!candidates.some((c) => !c.published && months.get(c.revisionId)!.length > 0)) return null;
  return {
    claim: { ...claim, articleMonths: claimMonths },
    candidates: candidates.map((c) => (c.published ? c : { ...c, articleMonths: months.get(c.revisionId) })),
  };
}
