import { statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Below this the next relation extension or WAL segment may not fit. */
const MIN_FREE_BYTES = 1024 * 1024;
const PROBE = Buffer.alloc(8192);

export type StorageState = { writable: true; freeBytes: number } | { writable: false; reason: string };

/**
 * Whether the embedded database's directory takes a write right now: free space from statfs, and
 * a page-sized file written and removed (which also catches a read-only mount or lost permission).
 */
export function checkStorage(dir: string): StorageState {
  let freeBytes: number;
  try {
    const fs = statfsSync(dir);
    freeBytes = fs.bavail * fs.bsize;
  } catch (error) {
    return { writable: false, reason: `${dir} cannot be read: ${describe(error)}` };
  }
  if (freeBytes < MIN_FREE_BYTES) return { writable: false, reason: `the disk holding ${dir} is full (${Math.floor(freeBytes / 1024)} KiB free)` };
  const probe = join(dir, '.factdesk-write-probe');
  try {
    writeFileSync(probe, PROBE);
    unlinkSync(probe);
  } catch (error) {
    return { writable: false, reason: `${dir} does not take writes: ${describe(error)}` };
  }
  return { writable: true, freeBytes };
}

/** What an operator can fix, in words: "the disk is full (ENOSPC)". */
export const FILE_ERROR_CAUSES: Record<string, string> = { ENOSPC: 'the disk is full', EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'the file system is read-only' };

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code && FILE_ERROR_CAUSES[code] ? `${FILE_ERROR_CAUSES[code]} (${code})` : ((error as Error)?.message ?? String(error));
}
