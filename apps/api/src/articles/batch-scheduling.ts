/* How a batch ingest overlaps its analysis, its page fetches and its writes. */

/** A value, or the error computing it threw. */
export type Settled<T> = { ok: T } | { error: unknown };

/** A promise settled from outside, with a value or the error it was given (never rejected, so never unhandled). */
export function settleable<T>(): { promise: Promise<Settled<T>>; resolve(value: Settled<T>): void } {
  let resolve!: (value: Settled<T>) => void;
  const promise = new Promise<Settled<T>>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets I/O callbacks (database replies) run before the next stage of CPU work. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs task(0…count-1), at most `concurrency` at a time. */
export async function eachConcurrently(count: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
}
