import type { EditCandidate } from './furniture-rules.js';
import type { ViewEdit } from './inline-rules.js';

/** The source with structural edits applied, remembering where each character came from. */
export interface TextView {
  text: string;
  /** Source offset of each view character; -1 for characters an edit inserted. */
  origin: number[];
  sourceLength: number;
}

export function buildView(source: string, edits: readonly EditCandidate[]): TextView {
  let text = '';
  const origin: number[] = [];
  let cursor = 0;
  const keep = (from: number, to: number) => {
    text += source.slice(from, to);
    for (let i = from; i < to; i++) origin.push(i);
  };
  for (const edit of edits) {
    keep(cursor, edit.start);
    text += edit.inserted;
    for (let i = 0; i < edit.inserted.length; i++) origin.push(-1);
    cursor = edit.end;
  }
  keep(cursor, source.length);
  return { text, origin, sourceLength: source.length };
}

/**
 * Maps a view edit to source edits: one per contiguous source run it covers (structural removals
 * may sit in between). Edits that would touch inserted characters are dropped.
 */
export function toSourceEdits(view: TextView, edit: ViewEdit): EditCandidate[] {
  if (edit.start === edit.end) {
    const at = edit.start < view.origin.length ? view.origin[edit.start] : view.sourceLength;
    return at < 0 ? [] : [{ start: at, end: at, inserted: edit.inserted, reason: edit.reason }];
  }
  const covered = view.origin.slice(edit.start, edit.end);
  if (covered.some((o) => o < 0)) return [];
  const pieces: EditCandidate[] = [];
  let pieceStart = covered[0];
  for (let i = 1; i <= covered.length; i++) {
    if (i < covered.length && covered[i] === covered[i - 1] + 1) continue;
    pieces.push({ start: pieceStart, end: covered[i - 1] + 1, inserted: pieces.length === 0 ? edit.inserted : '', reason: edit.reason });
    pieceStart = covered[i];
  }
  return pieces;
}
