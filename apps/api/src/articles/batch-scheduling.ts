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

/**
 * Resolves once every earlier item that `related` says touches the same thing as item `index` is
 * written (`writes[j]`, set before item j+1 starts), so only writes whose order cannot matter overlap.
 */
export async function afterRelatedWrites<T>(index: number, ready: ReadonlyArray<Promise<Settled<T>>>, writes: ReadonlyArray<Promise<unknown>>, related: (a: T, b: T) => boolean): Promise<void> {
  const own = await ready[index];
  if (!('ok' in own)) return;
  for (let j = 0; j < index; j++) {
    const other = await ready[j];
    if ('ok' in other && related(own.ok, other.ok)) await writes[j];
  }
}
