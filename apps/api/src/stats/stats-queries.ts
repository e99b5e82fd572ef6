import type { EntityManager } from 'typeorm';

/**
 * The desk overview in five aggregate statements, each a range scan of an index on the period:
 * ix_verdict_decided_at (decided_at) for the decisions, ix_claim_status_score for the open claims
 * (an index-only count per quarter). Plain SQL: these are sums and percentiles, not entities.
 */
export interface Period {
  since: Date;
  until: Date;
}

export async function decidedPerDay(em: EntityManager, p: Period): Promise<Array<{ day: string; verified: number; disputed: number; unsupported: number }>> {
  // Verdicts of the period grouped first (one index range), then laid onto every day so empty days show as zeros.
  return em.query(
    `WITH v AS (
       SELECT date_trunc('day', decided_at AT TIME ZONE 'UTC') AS day, verdict, count(*)::int AS n
         FROM verdict WHERE decided_at >= $1 AND decided_at < $2 GROUP BY 1, 2)
     SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
            coalesce(sum(v.n) FILTER (WHERE v.verdict = 'verified'), 0)::int AS verified,
            coalesce(sum(v.n) FILTER (WHERE v.verdict = 'disputed'), 0)::int AS disputed,
            coalesce(sum(v.n) FILTER (WHERE v.verdict = 'unsupported'), 0)::int AS unsupported
       FROM generate_series(date_trunc('day', $1::timestamptz AT TIME ZONE 'UTC'), $2::timestamptz AT TIME ZONE 'UTC' - interval '1 microsecond', interval '1 day') d(day)
       LEFT JOIN v ON v.day = d.day
      GROUP BY d.day ORDER BY d.day`,
    [p.since, p.until],
  );
}

export async function timeToVerdict(em: EntityManager, p: Period): Promise<{ count: number; medianSeconds: number | null; p90Seconds: number | null }> {
  // A first verdict is one that supersedes nothing.
  const [row] = await em.query(
    `SELECT count(*)::int AS count,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY w.wait) AS median,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY w.wait) AS p90
       FROM (SELECT extract(epoch FROM v.decided_at - c.created_at) AS wait
               FROM verdict v JOIN claim c ON c.id = v.claim_id
              WHERE v.decided_at >= $1 AND v.decided_at < $2 AND v.supersedes_id IS NULL) w`,
    [p.since, p.until],
  );
  const seconds = (v: unknown) => (v === null ? null : Math.round(Number(v)));
  return { count: row.count, medianSeconds: seconds(row.median), p90Seconds: seconds(row.p90) };
}

export async function openByScore(em: EntityManager): Promise<Array<{ from: number; to: number; count: number }>> {
  const rows: Array<{ q: number; count: number }> = await em.query(
    `SELECT least(floor(score * 4), 3)::int AS q, count(*)::int AS count FROM claim WHERE status = 'open' GROUP BY 1`,
  );
  return [0, 1, 2, 3].map((q) => ({ from: q / 4, to: (q + 1) / 4, count: rows.find((r) => r.q === q)?.count ?? 0 }));
}

export async function decisionsPerEditor(em: EntityManager, p: Period): Promise<Array<{ editor: string; decisions: number }>> {
  return em.query(
    `SELECT decided_by AS editor, count(*)::int AS decisions FROM verdict WHERE decided_at >= $1 AND decided_at < $2
      GROUP BY decided_by ORDER BY decisions DESC, editor LIMIT 20`,
    [p.since, p.until],
  );
}

export async function disputedByOutlet(em: EntityManager, p: Period): Promise<Array<{ outlet: string; decided: number; disputed: number; share: number }>> {
  const rows: Array<{ outlet: string; decided: number; disputed: number }> = await em.query(
    `SELECT a.outlet, count(*)::int AS decided, count(*) FILTER (WHERE c.status = 'disputed')::int AS disputed
       FROM claim c JOIN article a ON a.id = c.article_id
      WHERE a.outlet IS NOT NULL AND c.id IN (SELECT claim_id FROM verdict WHERE decided_at >= $1 AND decided_at < $2)
      GROUP BY a.outlet ORDER BY count(*) FILTER (WHERE c.status = 'disputed')::float / count(*) DESC, decided DESC, a.outlet LIMIT 10`,
    [p.since, p.until],
  );
  return rows.map((r) => ({ ...r, share: r.disputed / r.decided }));
}
