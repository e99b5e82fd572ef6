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

const WORD_START = /^[\p{L}\p{N}]$/u;
/** Non-ASCII code points already tested against WORD_START. */
const wordStarts = new Map<number, boolean>();

function startsWord(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  let starts = wordStarts.get(code);
  if (starts === undefined) wordStarts.set(code, (starts = WORD_START.test(String.fromCodePoint(code))));
  return starts;
}

/**
 * The number of words: matches of /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu, counted in one pass without
 * building the matches (it runs on every line and unit of an ingest, several times).
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    if (inWord && (code === 39 || code === 45 || code === 46 || code === 0x2019)) continue;
    if (!startsWord(code)) inWord = false;
    else if (!inWord) {
      count++;
      inWord = true;
    }
  }
  return count;
}
