import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';

/** Escapes LIKE wildcards so a search for "50%" looks for that text. */
export function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Data sources on a PostgreSQL server, whose connections may keep named prepared statements (see preparedQuery). */
const preparing = new WeakSet<DataSource>();

/** Lets preparedQuery prepare statements on this data source's connections: only for a real server (see database.module.ts). */
export function allowPreparedStatements(dataSource: DataSource): void {
  preparing.add(dataSource);
}

/**
 * em.query for a hot statement of fixed text: on a PostgreSQL server it is prepared once per pooled
 * connection under `name` and then only bound and executed, so the server neither parses nor plans it
 * again (an ingest's statements each took ~0.3–0.5 ms of server CPU to plan, BENCHMARKS.md "Batch
 * ingest"). The embedded database serves every connection from one PGlite session, where one
 * connection's statement names would clash with another's, so there it is an ordinary query.
 * Errors are the QueryFailedError em.query throws, so sqlState and the problem filter read them alike.
 */
export async function preparedQuery<T = Record<string, unknown>>(em: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  const runner = em.queryRunner;
  if (!runner || runner.isReleased || !preparing.has(em.connection)) return em.query(text, values);
  const client = (await runner.connect()) as { query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }> };
  try {
    return (await client.query({ name, text, values })).rows;
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
