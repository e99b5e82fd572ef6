import { execFileSync } from 'node:child_process';

/** The commit measured, and whether the working tree had changes on top of it. */
export function gitHead(cwd = process.cwd()): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} with uncommitted changes` : head;
  } catch {
    return 'an unknown commit';
  }
}
