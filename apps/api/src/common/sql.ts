/** Escapes LIKE wildcards so a search for "50%" looks for that text. */
export function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}
