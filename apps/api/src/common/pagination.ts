import { ProblemError } from './problem.js';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A keyset cursor: the sort key of the last item seen, never an offset, so deep pages cost the same. */
export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify({ k: key }), 'utf8').toString('base64url');
}

const MAX_BIGINT = 9_223_372_036_854_775_807n;

export function decodeCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { k?: unknown };
    // A bigint sequence number: 19 digits can still exceed PostgreSQL's bigint, which would be a 500.
    if (typeof parsed.k === 'string' && /^\d{1,19}$/.test(parsed.k) && BigInt(parsed.k) <= MAX_BIGINT) return parsed.k;
  } catch {
    // fall through to the problem below
  }
  throw new ProblemError('malformed-cursor', 'The cursor is not one this API returned.');
}

/** The page size of every list endpoint when the query names none. */
export const pageLimit = (query: { limit?: number }): number => query.limit ?? 50;

/**
 * Builds a page from limit+1 rows: the extra row only tells whether another page exists.
 * `cursorOf` encodes the last item's sort key (its seq, id or publication seq; a pair for a score order).
 */
export function toPage<T, R>(rows: T[], limit: number, cursorOf: (last: T) => string, map: (row: T) => R): Page<R> {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? cursorOf(items[items.length - 1]) : null;
  return { items: items.map(map), nextCursor };
}
