import { splitLines, wordCount, type Line } from './lines.js';
import { offTopicBlocks } from './off-topic.js';
import type { SegmentKind, TextSegment } from './types.js';

/** Photo captions: agency photo credits, "Photographer, AFP | …" prefixes, "file photo shows". */
const CAPTION_PATTERNS: readonly RegExp[] = [
  /\((?:[\p{L}.&' ]+\s)?Photos?\s*(?:\/|:|,|\))[^)]*\)?$/u,
  /^[\p{Lu}][\p{L}.'’ -]{1,60},\s*(?:AFP|AP|Reuters|EPA|Getty(?: Images)?|Bloomberg|[\p{Lu}]{2,6})\s*\|/u,
  /\b(?:file\s+)?(?:photo|picture|image)\s+(?:shows|taken)\b/i,
  /^(?:photo|image|picture|caption)(?:\s+credit)?\s*:/i,
  /\b(?:Getty Images|Shutterstock|AP Photo)\b/,
];

/** Credit lines: contributor notes, "By …" lines, wire-service tags. */
const BYLINE_PATTERNS: readonly RegExp[] = [
  /\b(?:writers?|reporters?|correspondents?|staff)\b.{0,80}\bcontributed\b.*\.?$/i,
  /^by\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|van|von|de|der|la|al-\p{L}+)){0,4}(?:\s*(?:,|\||and\b).*)?$/u,
  /^\((?:[^()]*\b(?:with|AFP|AP|Reuters|agencies)\b[^()]*)\)$/,
  /^(?:©|copyright\b)/i,
];

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|van|von|de|der|da|di|le|la|al-\p{L}+)$/u;

/** "Pierluigi Paganini": a bare author signature. */
function isNameLine(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w)) && /^\p{Lu}/u.test(words[0]);
}

/** A whole line in parentheses: a source tag such as "(Security Affairs – Europol, …)". */
const isParentheticalLine = (text: string) => /^\([^()]+\)$/.test(text);

/** Short, no closing punctuation: a headline or subhead rather than a sentence. */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  return words >= 2 && words <= 20 && text.length <= 160 && !/[.!?:;,…]["”’')\]]*$/.test(text) && /^[\p{Lu}\p{N}"“‘']/u.test(text);
}

/**
 * A paragraph of a few words cut off by an ellipsis with no sentence finished inside: a CMS teaser
 * ("National police forces fanned...") or speech someone interrupted. Either way it is kept as text
 * (a transcript must not lose lines) and is never a claim: there is no complete statement in it.
 */
const TEASER_END = /(?:\.\.\.|…)["”’]?$/;
const TEASER_MAX_WORDS = 8;
function isTeaser(text: string): boolean {
  const body = text.replace(TEASER_END, '');
  return body !== text && wordCount(body) >= 1 && wordCount(body) <= TEASER_MAX_WORDS && !/[.!?]["”’)\]]*\s/.test(body);
}

const isCaption = (line: Line) => CAPTION_PATTERNS.some((p) => p.test(line.trimmed));
const isByline = (line: Line) => BYLINE_PATTERNS.some((p) => p.test(line.trimmed));

/**
 * Marks headline, caption, byline and off-topic regions of cleaned text. `hints` (from HTML markup)
 * win over the line heuristics where they overlap.
 */
export function detectSegments(text: string, hints: readonly TextSegment[] = []): TextSegment[] {
  const lines = splitLines(text);
  const content = lines.filter((l) => l.trimmed !== '');
  const kinds = new Map<number, SegmentKind>();
  const soleLineOfParagraph = (line: Line) =>
    (line.index === 0 || lines[line.index - 1].trimmed === '') &&
    (line.index === lines.length - 1 || lines[line.index + 1].trimmed === '');

  if (content[0] && isHeadlineLike(content[0].trimmed) && !isCaption(content[0])) kinds.set(content[0].index, 'headline');

  for (const line of content) {
    if (kinds.has(line.index)) continue;
    if (isCaption(line)) kinds.set(line.index, 'caption');
    else if (isByline(line)) kinds.set(line.index, 'byline');
  }

  // Signatures and source tags trail the story; a name right under the headline is a byline too.
  for (let i = content.length - 1; i > 0; i--) {
    const line = content[i];
    if (kinds.get(line.index) === 'byline') continue;
    if (kinds.has(line.index) || !(isNameLine(line.trimmed) || isParentheticalLine(line.trimmed))) break;
    kinds.set(line.index, 'byline');
  }
  if (content[1] && kinds.get(content[0].index) === 'headline' && isNameLine(content[1].trimmed)) kinds.set(content[1].index, 'byline');

  for (const line of content) if (!kinds.has(line.index) && soleLineOfParagraph(line) && isTeaser(line.trimmed)) kinds.set(line.index, 'teaser');

  const lastBody = [...content].reverse().find((l) => !kinds.has(l.index));
  for (const line of content) {
    const isSubhead = !kinds.has(line.index) && line !== lastBody && soleLineOfParagraph(line) && isHeadlineLike(line.trimmed) && line.index < (lastBody?.index ?? 0);
    if (isSubhead) kinds.set(line.index, 'headline');
  }

  const lineSegments: TextSegment[] = content
    .filter((l) => kinds.has(l.index))
    .map((l) => {
      const lead = l.text.length - l.text.trimStart().length;
      return { start: l.start + lead, end: l.start + lead + l.trimmed.length, kind: kinds.get(l.index)! };
    });
  const offTopic = offTopicBlocks(text, lines, kinds);

  return mergeSegments([...hints], [...offTopic, ...lineSegments]);
}

/** Keeps `primary` segments and adds each `secondary` one that does not overlap what is kept. */
function mergeSegments(primary: TextSegment[], secondary: TextSegment[]): TextSegment[] {
  const kept: TextSegment[] = [];
  for (const segment of [...primary, ...secondary]) {
    if (segment.end <= segment.start) continue;
    if (kept.some((k) => k.start < segment.end && segment.start < k.end)) continue;
    kept.push(segment);
  }
  return kept.sort((a, b) => a.start - b.start);
}
