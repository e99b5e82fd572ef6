import { createHash } from 'node:crypto';

/** A revision's identity: its posted content and, when some cleaning edits were undone, which (in order). */
export function hashContent(content: string, restored: Array<{ start: number; end: number }>): string {
  const h = createHash('sha256').update(content, 'utf8');
  if (restored.length > 0) h.update(`\0restore:${JSON.stringify([...restored].sort((a, b) => a.start - b.start))}`);
  return h.digest('hex');
}
