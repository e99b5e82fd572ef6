import { Parser } from 'htmlparser2';
import type { EditReason, SegmentKind } from './types.js';
import { wordTable } from './word-table.js';

interface HtmlRemovalHint {
  start: number;
  end: number;
  reason: EditReason;
}

interface HtmlSegmentHint {
  start: number;
  end: number;
  kind: SegmentKind;
}

export interface HtmlExtraction {
  text: string;
  /** Ranges of `text` that markup identifies as page furniture (nav, footer, ad slots…). */
  removals: HtmlRemovalHint[];
  /** Ranges of `text` that markup identifies as headline, caption or byline. */
  segments: HtmlSegmentHint[];
}

// Never part of the page's readable text.
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'canvas', 'select']);

// 2 = paragraph break, 1 = line break.
const BLOCK_BREAK = wordTable<1 | 2>({
  p: 2, h1: 2, h2: 2, h3: 2, h4: 2, h5: 2, h6: 2, blockquote: 2, figure: 2, ul: 2, ol: 2, dl: 2,
  table: 2, pre: 2, hr: 2, section: 2, article: 2, header: 2, footer: 2, nav: 2, aside: 2, main: 2,
  address: 2, form: 2,
  div: 1, li: 1, tr: 1, dt: 1, dd: 1, figcaption: 1, caption: 1, details: 1, summary: 1, body: 1,
});

const REMOVED_ELEMENTS = wordTable<EditReason>({
  nav: 'navigation',
  footer: 'navigation',
  button: 'navigation',
  aside: 'related-link',
});

const SEGMENT_ELEMENTS = wordTable<SegmentKind>({
  h1: 'headline', h2: 'headline', h3: 'headline', h4: 'headline', h5: 'headline', h6: 'headline',
  figcaption: 'caption',
  address: 'byline',
});

// class/id tokens (split on space, "-" and "_") that mark furniture.
const AD_TOKENS = new Set(['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsored', 'sponsor', 'adchoices', 'dfp', 'promo', 'outbrain', 'taboola']);
const RELATED_TOKENS = new Set(['related', 'recommended', 'readmore', 'more-stories']);
const NAV_TOKENS = new Set(['share', 'social', 'newsletter', 'breadcrumb', 'breadcrumbs', 'menu', 'subscribe', 'cookie', 'cookies', 'paywall']);
const BYLINE_TOKENS = new Set(['byline', 'author', 'credit', 'credits', 'dateline']);
const CAPTION_TOKENS = new Set(['caption', 'wp-caption-text']);

interface Frame {
  name: string;
  dropped: boolean;
  removal?: EditReason;
  segment?: SegmentKind;
  start: number | null;
}

function classTokens(attribs: Record<string, string>): string[] {
  const raw = `${attribs.class ?? ''} ${attribs.id ?? ''}`.toLowerCase();
  const whole = raw.split(/\s+/).filter(Boolean);
  return [...whole, ...whole.flatMap((token) => token.split(/[-_]/))];
}

function removalFor(name: string, attribs: Record<string, string>): EditReason | undefined {
  if (REMOVED_ELEMENTS[name]) return REMOVED_ELEMENTS[name];
  const tokens = classTokens(attribs);
  const label = (attribs['aria-label'] ?? '').toLowerCase();
  if (tokens.some((t) => AD_TOKENS.has(t)) || /advert|sponsor/.test(label)) return 'advertisement';
  if (tokens.some((t) => RELATED_TOKENS.has(t))) return 'related-link';
  if (tokens.some((t) => NAV_TOKENS.has(t)) || attribs.role === 'navigation') return 'navigation';
  return undefined;
}

function segmentFor(name: string, attribs: Record<string, string>): SegmentKind | undefined {
  if (SEGMENT_ELEMENTS[name]) return SEGMENT_ELEMENTS[name];
  const tokens = classTokens(attribs);
  if (attribs.rel === 'author' || tokens.some((t) => BYLINE_TOKENS.has(t))) return 'byline';
  if (tokens.some((t) => CAPTION_TOKENS.has(t))) return 'caption';
  return undefined;
}

/**
 * Extracts readable text from HTML deterministically: block elements become line or paragraph
 * breaks, whitespace collapses as a browser would, scripts and hidden elements are dropped.
 * Furniture stays in the text and is reported as removal hints so the cleaner records it as edits.
 */
export function extractHtmlText(html: string): HtmlExtraction {
  let out = '';
  let pendingBreak = 0;
  let pendingSpace = false;
  let dropDepth = 0;
  let preDepth = 0;
  const stack: Frame[] = [];
  const removals: HtmlRemovalHint[] = [];
  const segments: HtmlSegmentHint[] = [];

  const requestBreak = (level: number) => {
    if (out.length > 0) pendingBreak = Math.max(pendingBreak, level);
    pendingSpace = false;
  };

  const emit = (chunk: string) => {
    if (out.length > 0) {
      if (pendingBreak > 0) out += pendingBreak === 2 ? '\n\n' : '\n';
      else if (pendingSpace && !out.endsWith('\n')) out += ' ';
    }
    pendingBreak = 0;
    pendingSpace = false;
    for (const frame of stack) if (frame.start === null) frame.start = out.length;
    out += chunk;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const hidden = 'hidden' in attribs || attribs['aria-hidden'] === 'true';
        const dropped = dropDepth > 0 || DROPPED.has(name) || hidden;
        const insideRemoval = stack.some((f) => f.removal);
        const frame: Frame = { name, dropped, start: null };
        if (!dropped) {
          frame.removal = insideRemoval ? undefined : removalFor(name, attribs);
          if (!frame.removal && !insideRemoval) frame.segment = segmentFor(name, attribs);
        }
        stack.push(frame);
        if (dropped) {
          dropDepth++;
          return;
        }
        if (name === 'pre') preDepth++;
        if (name === 'br') {
          if (out.length > 0) pendingBreak = Math.min(2, pendingBreak + 1);
          pendingSpace = false;
        } else if (BLOCK_BREAK[name]) requestBreak(BLOCK_BREAK[name]);
        else if (name === 'td' || name === 'th') pendingSpace = out.length > 0;
      },
      ontext(data) {
        if (dropDepth > 0) return;
        if (preDepth > 0) {
          const lines = data.split('\n');
          lines.forEach((line, i) => {
            if (i > 0) pendingBreak = Math.max(pendingBreak, 1);
            if (line) emit(line);
          });
          return;
        }
        const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ');
        // Only collapsible whitespace is trimmed: a decoded &nbsp; is content.
        const core = collapsed.replace(/^ /, '').replace(/ $/, '');
        if (!core) {
          if (collapsed && out.length > 0) pendingSpace = pendingBreak === 0;
          return;
        }
        if (collapsed.startsWith(' ') && pendingBreak === 0 && out.length > 0) pendingSpace = true;
        emit(core);
        pendingSpace = collapsed.endsWith(' ');
      },
      onclosetag(name) {
        // htmlparser2 closes void and implied elements too, so every open has a matching close.
        const frame = stack.pop();
        if (!frame) return;
        if (frame.dropped) {
          dropDepth--;
          return;
        }
        if (name === 'pre') preDepth--;
        if (frame.start !== null && out.length > frame.start) {
          if (frame.removal) removals.push({ start: frame.start, end: out.length, reason: frame.removal });
          else if (frame.segment) segments.push({ start: frame.start, end: out.length, kind: frame.segment });
        }
        if (BLOCK_BREAK[name]) requestBreak(BLOCK_BREAK[name]);
        else if (name === 'td' || name === 'th') pendingSpace = true;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  removals.sort((a, b) => a.start - b.start || b.end - a.end);
  segments.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text: out, removals, segments };
}

const HTML_SIGNATURE = /<(?:!doctype\s+html|html|head|body|article|main|section|p|div|span|br|h[1-6]|a|ul|ol|li|figure|figcaption|nav|header|footer|aside|script|style|table|blockquote|em|strong|b|i)\b[^>]*>/i;

/** True when the input carries HTML markup rather than plain text. */
export function looksLikeHtml(input: string): boolean {
  return HTML_SIGNATURE.test(input);
}
