import type { DataSource, EntityManager } from 'typeorm';
import { claimIdempotencyKey, isIdempotencyKeyCollision, releaseIdempotencyClaim } from './idempotency.js';
import { ProblemError } from './problem.js';

/**
 * PostgreSQL errors that mean "a concurrent writer got there first; the same work may now succeed":
 * a unique violation in a create race (the retry finds the winner's row), a serialization failure,
 * a deadlock.
 */
const RETRYABLE = new Set(['23505', '40001', '40P01']);
const ATTEMPTS = 3;

export const sqlState = (error: unknown): string | undefined =>
  (error as { driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;

/** One transaction for one write and its audit event (and the request's Idempotency-Key), retried when it lost a race. */
export async function inTransaction<T>(dataSource: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(async (em) => {
        await claimIdempotencyKey(em);
        return work(em);
      });
    } catch (error) {
      releaseIdempotencyClaim();
      if (isIdempotencyKeyCollision(error)) {
        throw new ProblemError('conflict', 'A request with this Idempotency-Key is being processed or just completed; retry to receive its response.');
      }
      if (attempt >= ATTEMPTS || !RETRYABLE.has(sqlState(error) ?? '')) throw error;
    }
  }
}
