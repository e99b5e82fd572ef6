import { applyEdits, mapToClean, withCleanOffsets } from './edits.js';
import { furnitureCandidates, type EditCandidate } from './furniture-rules.js';
import { extractHtmlText, looksLikeHtml } from './html-extract.js';
import { mainContentHtml } from './web-page.js';
import { sentenceGlueEdits, whitespaceEdits } from './inline-rules.js';
import { detectSegments } from './segments.js';
import type { ArticleFormat, CleanOptions, CleanResult, TextSegment } from './types.js';
import { buildView, toSourceEdits } from './view.js';

const rangeKey = (range: { start: number; end: number }) => `${range.start}:${range.end}`;

const overlaps = (a: EditCandidate, b: EditCandidate) => a.start < b.end && b.start < a.end;

/** A block removed from its own paragraph also takes the paragraph break after it, as whole-line rules do. */
function withTrailingBreaks<T extends { start: number; end: number }>(text: string, range: T): T {
  const ownParagraph = range.start === 0 || text.slice(range.start - 2, range.start) === '\n\n';
  let end = range.end;
  if (ownParagraph) while (text[end] === '\n') end++;
  return { ...range, end };
}

function resolveFormat(input: string, format: CleanOptions['format']): ArticleFormat {
  if (format === 'text' || format === 'html' || format === 'page') return format;
  return looksLikeHtml(input) ? 'html' : 'text';
}

/**
 * Cleans a scraped article in two passes over the source text:
 * 1. structural removals (furniture lines, promo widgets, error-page tails, separators,
 *    and for HTML the nav/footer/ad regions markup identifies); on overlap the earlier rule wins;
 * 2. whitespace normalisation and glued-sentence splitting on the text those removals leave,
 *    mapped back to source offsets.
 * Each pass skips edits whose exact source range the editor restored.
 */
export function cleanArticle(input: string, options: CleanOptions = {}): CleanResult {
  const format = resolveFormat(input, options.format);
  const extraction = format === 'html' ? extractHtmlText(input) : format === 'page' ? extractHtmlText(mainContentHtml(input)) : undefined;
  const sourceText = extraction?.text ?? input;
  const restored = new Set((options.restore ?? []).map(rangeKey));

  const structural: EditCandidate[] = [];
  const candidates = [
    ...(extraction?.removals ?? []).map((hint) => ({ ...withTrailingBreaks(sourceText, hint), inserted: '' })),
    ...furnitureCandidates(sourceText),
  ];
  for (const candidate of candidates) {
    if (restored.has(rangeKey(candidate))) continue;
    if (structural.some((kept) => overlaps(kept, candidate))) continue;
    structural.push(candidate);
  }
  structural.sort((a, b) => a.start - b.start || a.end - b.end);

  const view = buildView(sourceText, structural);
  const inline = [...whitespaceEdits(view.text), ...sentenceGlueEdits(view.text)]
    .flatMap((edit) => toSourceEdits(view, edit))
    .filter((edit) => !restored.has(rangeKey(edit)));

  const edits = withCleanOffsets(
    [...structural, ...inline]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((edit) => ({ start: edit.start, end: edit.end, removed: sourceText.slice(edit.start, edit.end), inserted: edit.inserted, reason: edit.reason })),
  );
  const text = applyEdits(sourceText, edits);

  const hints: TextSegment[] = (extraction?.segments ?? []).flatMap((hint) => {
    const start = mapToClean(edits, hint.start, 'forward');
    const end = mapToClean(edits, hint.end, 'backward');
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trimmedEnd = start + slice.trimEnd().length;
    return start + lead < trimmedEnd ? [{ start: start + lead, end: trimmedEnd, kind: hint.kind }] : [];
  });

  return { format, sourceText, text, edits, segments: detectSegments(text, hints) };
}
