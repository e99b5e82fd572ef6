import { wordCount } from './lines.js';
import type { SentenceSpan } from './types.js';

/** Passages of four words or more inside curly or straight double quotes. */
export function quotedPassages(text: string): string[] {
  const passages: string[] = [];
  for (const match of text.matchAll(/“([^”]+)”?|"([^"]+)"/g)) {
    const inner = (match[1] ?? match[2]).trim();
    if (wordCount(inner) >= 4) passages.push(inner);
  }
  return passages;
}

/** Sentences joined while a quotation stays open, so a multi-sentence quote is one claim with its speaker. */
export function claimUnits(text: string, sentences: SentenceSpan[]): SentenceSpan[] {
  const units: SentenceSpan[] = [];
  let open: SentenceSpan | undefined;
  let sentencesInOpen = 0;
  const isOpen = (s: string) => (s.match(/“/g)?.length ?? 0) > (s.match(/”/g)?.length ?? 0) || (s.match(/"/g)?.length ?? 0) % 2 === 1;
  for (const sentence of sentences) {
    if (open && !text.slice(open.end, sentence.start).includes('\n') && sentencesInOpen < 6) {
      open = { start: open.start, end: sentence.end, text: text.slice(open.start, sentence.end) };
      sentencesInOpen++;
    } else {
      if (open) units.push(open);
      open = sentence;
      sentencesInOpen = 1;
    }
    if (!isOpen(open.text)) {
      units.push(open);
      open = undefined;
    }
  }
  if (open) units.push(open);
  return units;
}
