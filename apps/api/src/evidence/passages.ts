import { splitSentences, type CleanResult, type SentenceSpan } from '#text';

/** Segments whose sentences are never evidence: credits and off-topic blocks say nothing about the story. */
const NOT_EVIDENCE = new Set(['byline', 'off-topic']);

/** The sentences of a cleaned text that become passages (evidence other claims may cite). */
export function passagesOf(clean: CleanResult): SentenceSpan[] {
  const skip = clean.segments.filter((s) => NOT_EVIDENCE.has(s.kind));
  return splitSentences(clean.text).filter((s) => !skip.some((seg) => s.start < seg.end && s.end > seg.start));
}
