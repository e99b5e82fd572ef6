import type { DataSource, EntityManager } from 'typeorm';
import { claimIdempotencyKey, IdempotencyKeyTaken, isIdempotencyKeyCollision, releaseIdempotencyClaim } from './idempotency.js';

/**
 * PostgreSQL errors that mean "a concurrent writer got there first; the same work may now succeed":
 * a unique violation in a create race (the retry finds the winner's row), a serialization failure,
 * a deadlock.
 */
const RETRYABLE = new Set(['23505', '40001', '40P01']);
const ATTEMPTS = 3;

export const sqlState = (error: unknown): string | undefined =>
  (error as { driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;

const beforeCommit = new WeakMap<EntityManager, Array<() => Promise<void>>>();

/**
 * Queues work to run as the last statements of an inTransaction transaction, just before it commits;
 * false when `em` is not such a transaction (the caller then does the work at once). The audit trail
 * uses it: its hash-chain trigger locks the chain head until commit, so an audit event written last
 * holds that lock — which every audited write in every process waits for — only for the commit.
 */
export function runBeforeCommit(em: EntityManager, task: () => Promise<void>): boolean {
  const tasks = beforeCommit.get(em);
  tasks?.push(task);
  return tasks !== undefined;
}

/** One transaction for one write and its audit event (and the request's Idempotency-Key), retried when it lost a race. */
export async function inTransaction<T>(dataSource: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let claimedKey = false;
    try {
      return await dataSource.transaction(async (em) => {
        const tasks: Array<() => Promise<void>> = [];
        beforeCommit.set(em, tasks);
        claimedKey = await claimIdempotencyKey(em);
        const result = await work(em);
        for (const task of tasks) await task();
        return result;
      });
    } catch (error) {
      if (claimedKey) releaseIdempotencyClaim();
      if (isIdempotencyKeyCollision(error)) throw new IdempotencyKeyTaken();
      if (attempt >= ATTEMPTS || !RETRYABLE.has(sqlState(error) ?? '')) throw error;
    }
  }
}
