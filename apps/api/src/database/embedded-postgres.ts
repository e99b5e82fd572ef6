import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export class DataDirLockedError extends Error {}

/**
 * Embedded PostgreSQL: PGlite served on a loopback socket so TypeORM talks the ordinary
 * postgres wire protocol. PGlite is one session underneath; the socket server queues
 * statements and keeps a transaction's statements on the connection that opened it.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly lockFile: string,
    readonly url: string,
  ) {}

  static async start(dataDir: string, maxConnections: number): Promise<EmbeddedPostgres> {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const lockFile = takeLock(dir);
    try {
      const db = await PGlite.create(join(dir, 'pgdata'), { extensions: { pgcrypto, pg_trgm } });
      const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
      await server.start();
      const url = `postgres://postgres@${server.getServerConn()}/postgres`;
      return new EmbeddedPostgres(db, server, lockFile, url);
    } catch (error) {
      rmSync(lockFile, { force: true });
      throw error;
    }
  }

  async stop(): Promise<void> {
    try {
      await this.server.stop();
      await this.db.close();
    } finally {
      rmSync(this.lockFile, { force: true });
    }
  }
}

/** One process per data directory: PGlite would corrupt files shared by two writers. */
function takeLock(dir: string): string {
  const lockFile = join(dir, 'factdesk.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return lockFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8').trim());
      if (owner && isAlive(owner)) {
        throw new DataDirLockedError(
          `The data directory ${dir} is in use by another Factdesk process (pid ${owner}). ` +
            'Stop that process, or set DATA_DIR to another directory or DATABASE_URL to a PostgreSQL server.',
        );
      }
      // The previous owner died without cleaning up: the lock is stale.
      if (existsSync(lockFile)) rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the data directory ${dir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
