import { splitLines, type Line } from './lines.js';
import type { EditReason } from './types.js';

/** A proposed source edit, before overlap resolution and `restore`. */
export interface EditCandidate {
  start: number;
  end: number;
  inserted: string;
  reason: EditReason;
}

/** Whole lines (trimmed, case-insensitive) that are page furniture, never article text. */
export const FURNITURE_LINES: ReadonlyArray<{ pattern: RegExp; reason: EditReason }> = [
  { pattern: /^(?:story continues below )?advertisement$/i, reason: 'advertisement' },
  { pattern: /^sponsored\s+(?:content|links?|stories)$/i, reason: 'advertisement' },
  { pattern: /^adchoices$/i, reason: 'advertisement' },
  { pattern: /^skip\s+to\s+(?:main\s+)?content$/i, reason: 'navigation' },
  { pattern: /^skip\s+navigation$/i, reason: 'navigation' },
  { pattern: /^back\s+to\s+top$/i, reason: 'navigation' },
];

/**
 * Promo widgets that CMS exports splice into running text, even mid-word
 * ("Patrick WilWATCH: …\n…locx"). Mid-line they must be upper case to avoid prose like "watch:".
 */
export const PROMO_MARKERS: ReadonlyArray<{ label: string; reason: EditReason }> = [
  { label: 'READ MORE', reason: 'related-link' },
  { label: 'ALSO READ', reason: 'related-link' },
  { label: 'RELATED', reason: 'related-link' },
  { label: 'WATCH', reason: 'video-embed' },
];

/** "Click to play video: 'Title'"; the player repeats the title on the next line. */
const VIDEO_EMBED_LINE = /^(?:click|tap)\s+to\s+play\s+video\s*:?\s*['‘“"](.+)['’”"]$/i;

/** A "Page not found" line starts a scraped error page: everything after it is not the article. */
const ERROR_PAGE_LINE = /^(?:page\s+not\s+found|404(?:\s*[-–:|]?\s*(?:page\s+)?not\s+found)?|error\s+404)$/i;

const SEPARATOR_LINE = /^(?:[_=~*#•·-]\s*){3,}$/;
/** AP-style "____" run glued between the story and its credit line. */
const INLINE_SEPARATOR = /[ \t\u00a0]*(?:_{3,}|={3,})[ \t\u00a0]*/g;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const markerAlternatives = PROMO_MARKERS.map((m) => escapeRegExp(m.label).replace(/ /g, '\\s+')).join('|');
const PROMO_LINE_START = new RegExp(`^(${markerAlternatives})\\s*:`, 'i');
// Not preceded by a capital, so "SWATCH:" or an acronym run is not a marker.
const PROMO_MID_LINE = new RegExp(`(?<![A-Z])(${markerAlternatives}):`, 'g');

const isBlank = (line: Line | undefined) => line !== undefined && line.trimmed === '';

function promoReason(label: string): EditReason {
  const normal = label.toUpperCase().replace(/\s+/g, ' ');
  return PROMO_MARKERS.find((m) => m.label === normal)?.reason ?? 'related-link';
}

/** Removes a whole line with its newline; a stand-alone paragraph also takes the blank lines after it. */
function wholeLine(lines: Line[], index: number, reason: EditReason): EditCandidate {
  const line = lines[index];
  let end = line.next;
  if (index === 0 || isBlank(lines[index - 1])) {
    for (let j = index + 1; j < lines.length && isBlank(lines[j]); j++) end = lines[j].next;
  }
  return { start: line.start, end, inserted: '', reason };
}

function videoEmbedAt(lines: Line[], index: number): { title: string; lastIndex: number } | undefined {
  const match = VIDEO_EMBED_LINE.exec(lines[index]?.trimmed ?? '');
  if (!match) return undefined;
  const title = match[1].trim();
  let next = index + 1;
  while (isBlank(lines[next])) next++; // HTML exports put the repeat in its own paragraph
  const repeat = lines[next]?.trimmed.toLowerCase() === title.toLowerCase();
  return { title, lastIndex: repeat ? next : index };
}

export function errorPageTail(text: string, lines: Line[]): EditCandidate[] {
  const line = lines.find((l) => ERROR_PAGE_LINE.test(l.trimmed));
  return line ? [{ start: line.start, end: text.length, inserted: '', reason: 'error-page' }] : [];
}

export function promoInsertions(lines: Line[]): EditCandidate[] {
  const edits: EditCandidate[] = [];
  for (const line of lines) {
    const atStart = PROMO_LINE_START.exec(line.trimmed);
    if (atStart) {
      edits.push(wholeLine(lines, line.index, promoReason(atStart[1])));
      continue;
    }
    PROMO_MID_LINE.lastIndex = 0;
    const mid = PROMO_MID_LINE.exec(line.text);
    if (!mid || line.text.slice(0, mid.index).trim() === '') continue;
    let after = line.index + 1;
    for (let embed = videoEmbedAt(lines, after); embed; embed = videoEmbedAt(lines, after)) after = embed.lastIndex + 1;
    // The widget interrupted running text: its newline belongs to the widget, so the text rejoins.
    const rejoin = after < lines.length && !isBlank(lines[after]);
    edits.push({ start: line.start + mid.index, end: rejoin ? line.next : line.end, inserted: '', reason: promoReason(mid[1]) });
  }
  return edits;
}

export function videoEmbeds(lines: Line[]): EditCandidate[] {
  const edits: EditCandidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const embed = videoEmbedAt(lines, i);
    if (!embed) continue;
    edits.push({ start: lines[i].start, end: lines[embed.lastIndex].next, inserted: '', reason: 'video-embed' });
    i = embed.lastIndex;
  }
  return edits;
}

export function furnitureLines(lines: Line[]): EditCandidate[] {
  return lines.flatMap((line) => {
    const rule = FURNITURE_LINES.find((r) => r.pattern.test(line.trimmed));
    return rule ? [wholeLine(lines, line.index, rule.reason)] : [];
  });
}

export function separators(lines: Line[]): EditCandidate[] {
  const edits: EditCandidate[] = [];
  for (const line of lines) {
    if (SEPARATOR_LINE.test(line.trimmed)) {
      edits.push(wholeLine(lines, line.index, 'separator'));
      continue;
    }
    for (const match of line.text.matchAll(INLINE_SEPARATOR)) {
      const start = line.start + match.index;
      const end = start + match[0].length;
      const between = match.index > 0 && match.index + match[0].length < line.text.length;
      // Between text the run divided story from credit line: keep that as a paragraph break.
      edits.push({ start, end, inserted: between ? '\n\n' : '', reason: 'separator' });
    }
  }
  return edits;
}

/**
 * Structural removals in priority order: when two overlap, the earlier one wins
 * (an error-page tail swallows any furniture inside it).
 */
export function furnitureCandidates(text: string): EditCandidate[] {
  const lines = splitLines(text);
  return [
    ...errorPageTail(text, lines),
    ...promoInsertions(lines),
    ...videoEmbeds(lines),
    ...furnitureLines(lines),
    ...separators(lines),
  ];
}
