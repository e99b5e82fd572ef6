import type { TextEdit } from './types.js';

export type OffsetAffinity = 'forward' | 'backward';

/** Applies source-ordered, non-overlapping edits to `source`. */
export function applyEdits(source: string, edits: readonly Pick<TextEdit, 'start' | 'end' | 'inserted'>[]): string {
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > source.length) {
      throw new RangeError(`edit ${edit.start}-${edit.end} overlaps or is out of range`);
    }
    out += source.slice(cursor, edit.start) + edit.inserted;
    cursor = edit.end;
  }
  return out + source.slice(cursor);
}

/**
 * Maps an offset in the cleaned text back to the source text.
 * 'forward' (default) treats the offset as a character position: at the boundary of a removal it
 * lands after the removed text, which suits span starts. 'backward' lands before it, which suits
 * exclusive span ends. An offset inside inserted text maps to the start of that edit.
 */
export function mapToSource(edits: readonly TextEdit[], cleanOffset: number, affinity: OffsetAffinity = 'forward'): number {
  let delta = 0; // source - clean, for positions between edits
  for (const edit of edits) {
    const insertedEnd = edit.at + edit.inserted.length;
    if (cleanOffset < edit.at || (cleanOffset === edit.at && affinity === 'backward')) break;
    if (cleanOffset < insertedEnd) return edit.start;
    delta = edit.end - insertedEnd;
  }
  return cleanOffset + delta;
}

/** Maps a source offset to the cleaned text; offsets inside a removed range collapse to its edge. */
export function mapToClean(edits: readonly TextEdit[], sourceOffset: number, affinity: OffsetAffinity = 'forward'): number {
  let delta = 0; // clean - source, for positions between edits
  for (const edit of edits) {
    if (sourceOffset < edit.start || (sourceOffset === edit.start && affinity === 'backward')) break;
    if (sourceOffset < edit.end) {
      return affinity === 'forward' ? edit.at + edit.inserted.length : edit.at;
    }
    delta = edit.at + edit.inserted.length - edit.end;
  }
  return sourceOffset + delta;
}

/** Fills in `at` (the cleaned-text offset) for source-ordered edits. */
export function withCleanOffsets(edits: readonly Omit<TextEdit, 'at'>[]): TextEdit[] {
  let delta = 0;
  return edits.map((edit) => {
    const at = edit.start + delta;
    delta += edit.inserted.length - (edit.end - edit.start);
    return { ...edit, at };
  });
}
