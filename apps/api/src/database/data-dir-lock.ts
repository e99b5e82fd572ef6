import { closeSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tryLock } from 'fs-native-extensions';

export class DataDirLockedError extends Error {}

const LOCK_FILE = 'factdesk.lock';

/**
 * One process per data directory: PGlite would corrupt files shared by two writers. The lock is
 * an open-file-description lock the kernel drops when the process dies, however it dies, so it
 * cannot go stale the way a PID file does (a restarted container's PID 1 found its own PID
 * there). The file itself stays; the PID in it is only for the message.
 */
export class DataDirLock {
  private constructor(private fd: number | null) {}

  static take(dir: string): DataDirLock {
    const file = join(dir, LOCK_FILE);
    const fd = openSync(file, 'a+');
    if (!tryLock(fd)) {
      closeSync(fd);
      const owner = readFileSync(file, 'utf8').trim();
      throw new DataDirLockedError(
        `The data directory ${dir} is in use by another Factdesk process${/^\d+$/.test(owner) ? ` (pid ${owner})` : ''}: it holds the lock on ${file}. ` +
          'The operating system releases that lock when the process exits, so stop that process (or point DATA_DIR at another directory, or DATABASE_URL at a PostgreSQL server); deleting the file does not help.',
      );
    }
    ftruncateSync(fd, 0);
    writeSync(fd, `${process.pid}\n`, 0);
    return new DataDirLock(fd);
  }

  /** Closing the last descriptor of the open file releases the lock. */
  release(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}
