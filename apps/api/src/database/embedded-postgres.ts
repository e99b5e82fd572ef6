import { fsyncSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { DataDirLock, DataDirLockedError } from './data-dir-lock.js';
import { FILE_ERROR_CAUSES } from './storage-check.js';

export { DataDirLockedError };

/** The running server's socket URL, for `npm run backup` (loopback only, no password: like the socket itself). */
const URL_FILE = 'embedded-postgres.url';

/** The URL of the embedded database a running server serves from `dataDir`, if a file says so. */
export function runningEmbeddedUrl(dataDir: string): string | null {
  try {
    return readFileSync(join(resolve(dataDir), URL_FILE), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

export interface EmbeddedOptions {
  /** fsync every commit (the default); off only for benchmarks that measure what it costs. */
  durable?: boolean;
}

/**
 * Embedded PostgreSQL: PGlite served on a loopback socket so TypeORM talks the ordinary
 * postgres wire protocol. PGlite is one session underneath; the socket server queues
 * statements and keeps a transaction's statements on the connection that opened it.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly lock: DataDirLock,
    private readonly dir: string,
    readonly url: string,
  ) {}

  static async start(dataDir: string, maxConnections: number, options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
    const dir = resolve(dataDir);
    let lock: DataDirLock | undefined;
    try {
      mkdirSync(dir, { recursive: true });
      lock = DataDirLock.take(dir);
      const pgdata = join(dir, 'pgdata');
      const db = await PGlite.create({ ...(options.durable === false ? { dataDir: pgdata } : durableStorage(pgdata)), extensions: { pgcrypto, pg_trgm } });
      const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
      await server.start();
      const url = `postgres://postgres@${server.getServerConn()}/postgres`;
      writeFileSync(join(dir, URL_FILE), `${url}\n`, { mode: 0o600 });
      return new EmbeddedPostgres(db, server, lock, dir, url);
    } catch (error) {
      lock?.release();
      throw startError(dir, error);
    }
  }

  async stop(): Promise<void> {
    try {
      await this.server.stop();
      await this.db.close();
    } finally {
      rmSync(join(this.dir, URL_FILE), { force: true });
      this.lock.release();
    }
  }
}

/**
 * PGlite starts PostgreSQL with `-F` (fsync off), and Emscripten's Node file system has no fsync,
 * so by default a commit reaches the OS page cache but not the disk. Here PostgreSQL keeps fsync on
 * with `wal_sync_method=fsync` (Emscripten's fdatasync is a no-op, its fsync calls the file
 * system's `fsync` if it has one), and the Node file system gets one that calls fsync(2). A commit
 * is then acknowledged only after its WAL is on disk, and checkpoints sync data files before WAL is
 * recycled, exactly as PostgreSQL does on its own.
 */
function durableStorage(pgdata: string): Pick<PGliteOptions, 'fs' | 'startParams'> {
  return {
    fs: new DurableNodeFS(pgdata),
    startParams: [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'fsync=on', '-c', 'wal_sync_method=fsync'],
  };
}

interface EmscriptenNode {
  name: string;
}
interface EmscriptenModule {
  FS: {
    filesystems: {
      NODEFS: {
        stream_ops: { fsync?: (stream: { nfd: number }) => number };
        node_ops: { mknod: (parent: EmscriptenNode, name: string, mode: number, dev: number) => EmscriptenNode };
      };
    };
    lookupNode(parent: EmscriptenNode, name: string): EmscriptenNode;
    hashRemoveNode(node: EmscriptenNode): void;
  };
}
type InitResult = Awaited<ReturnType<NodeFS['init']>>;

/** PGlite's Node file system, made to keep PostgreSQL's promises about files. */
class DurableNodeFS extends NodeFS {
  override async init(...args: Parameters<NodeFS['init']>): Promise<InitResult> {
    const result = await super.init(...args);
    const preRun = (result.emscriptenOpts.preRun ?? []) as Array<(mod: EmscriptenModule) => void>;
    preRun.push(({ FS }) => {
      const nodefs = FS.filesystems.NODEFS;
      // A failed fsync throws, and PostgreSQL PANICs on it, as it must.
      nodefs.stream_ops.fsync = (stream) => {
        fsyncSync(stream.nfd);
        return 0;
      };
      // Emscripten registers a new file before creating it on disk; when the disk refuses (full,
      // read-only) the name stays behind and every later attempt fails with "File exists", long
      // after space or permission is back. Forget the name when the creation fails.
      const mknod = nodefs.node_ops.mknod;
      nodefs.node_ops.mknod = (parent, name, mode, dev) => {
        try {
          return mknod(parent, name, mode, dev);
        } catch (error) {
          try {
            FS.hashRemoveNode(FS.lookupNode(parent, name));
          } catch {
            // not registered: nothing to forget
          }
          throw error;
        }
      };
    });
    result.emscriptenOpts.preRun = preRun;
    return result;
  }
}

/** Emscripten's errno numbers (not Linux's) for the causes an operator can fix. */
const EMSCRIPTEN_ERRNO: Record<number, string> = { 2: 'EACCES', 51: 'ENOSPC', 63: 'EPERM', 69: 'EROFS' };

/** "Cannot open the embedded database in /data: the disk is full." — the directory and the cause in one sentence. */
function startError(dir: string, error: unknown): Error {
  if (error instanceof DataDirLockedError) return error;
  const e = error as { code?: string; errno?: number; message?: string };
  const code = e?.code ?? (typeof e?.errno === 'number' ? EMSCRIPTEN_ERRNO[e.errno] : undefined);
  const cause = (code && FILE_ERROR_CAUSES[code]) ?? e?.message ?? String(error);
  return new Error(`Cannot open the embedded database in ${dir}: ${cause}${code ? ` (${code})` : ''}.`, { cause: error });
}
