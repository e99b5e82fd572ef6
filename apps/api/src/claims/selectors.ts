/** Pure anchoring logic for W3C text selectors over a revision's cleaned text. */

export interface Span {
  start: number;
  end: number;
}

export type QuoteMatch = { ok: true; span: Span } | { ok: false; reason: 'not-found' | 'ambiguous'; count: number };

const CONTEXT = 32;

/**
 * Finds the one span a TextQuoteSelector names. Whitespace may differ (a quote copied from a
 * browser joins lines with spaces); prefix and suffix pick one occurrence among several.
 */
export function resolveQuote(text: string, quote: { exact: string; prefix?: string; suffix?: string }): QuoteMatch {
  const occurrences = findAll(text, quote.exact);
  const matching = occurrences.filter(
    (span) => contextMatches(text.slice(Math.max(0, span.start - 500), span.start), quote.prefix, 'end') && contextMatches(text.slice(span.end, span.end + 500), quote.suffix, 'start'),
  );
  if (matching.length === 1) return { ok: true, span: matching[0] };
  if (matching.length === 0) return { ok: false, reason: 'not-found', count: occurrences.length };
  return { ok: false, reason: 'ambiguous', count: matching.length };
}

/**
 * The W3C quote selector of a span: the exact text with up to 32 code units of context on each side,
 * one fewer where the 32nd would cut an emoji in half (half a pair cannot be stored as text).
 */
export function quoteOf(text: string, span: Span): { exact: string; prefix: string; suffix: string } {
  let from = Math.max(0, span.start - CONTEXT);
  if (splitsSurrogatePair(text, from)) from += 1;
  let to = Math.min(text.length, span.end + CONTEXT);
  if (splitsSurrogatePair(text, to)) to -= 1;
  return { exact: text.slice(span.start, span.end), prefix: text.slice(from, span.start), suffix: text.slice(span.end, to) };
}

/**
 * True when the offset falls between the two UTF-16 code units of one character outside the Basic
 * Multilingual Plane (an emoji, many CJK extension characters): text cut there is not valid Unicode.
 */
function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** The first end of the span that splits a surrogate pair, or null. */
export function splitOffsetOf(text: string, span: Span): number | null {
  return [span.start, span.end].find((offset) => splitsSurrogatePair(text, offset)) ?? null;
}

export const splitMessage = (offset: number) =>
  `offset ${offset} splits a surrogate pair: the character there (an emoji, for example) takes two UTF-16 code units; move the offset before or after it.`;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A span must lie inside the text and cover something other than white space. */
export function isValidSpan(text: string, span: Span): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end > span.start && span.end <= text.length && /\S/.test(text.slice(span.start, span.end));
}

function findAll(text: string, exact: string): Span[] {
  const spans: Span[] = [];
  for (let i = text.indexOf(exact); exact.length > 0 && i !== -1; i = text.indexOf(exact, i + 1)) spans.push({ start: i, end: i + exact.length });
  if (spans.length > 0) return spans;
  const words = exact.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return spans;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
  for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

function contextMatches(context: string, wanted: string | undefined, side: 'start' | 'end'): boolean {
  if (!wanted) return true;
  const a = normalise(context);
  const b = normalise(wanted);
  return side === 'end' ? a.endsWith(b) : a.startsWith(b);
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
