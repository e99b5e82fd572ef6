export interface Line {
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset of the line's end, before its newline. */
  end: number;
  /** Offset after the newline (equals `end` on the last line). */
  next: number;
  text: string;
  /** `text` without surrounding whitespace. */
  trimmed: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; ; index++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end);
    lines.push({ index, start, end, next: newline === -1 ? end : end + 1, text: content, trimmed: content.trim() });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}
