import { analyse } from './nlp.js';
import type { SentenceSpan } from './types.js';

// A period after these never ends a sentence (month abbreviations before a day, titles before a name).
const NEVER_FINAL = /(?:^|[\s(“"])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|Mt|Ft|Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|Col|Lt|Capt|Sgt|Rev|No|Nos|Fig|vs)\.$/;

const QUOTE_CLOSES_SENTENCE = /[.!?]["”’)\]]+[ \t\u00a0]+(?=[“"‘(]?\p{Lu})/gu;

function trimmed(text: string, start: number, end: number): SentenceSpan | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end, text: text.slice(start, end) } : undefined;
}

/**
 * Sentence spans with exact offsets (`text.slice(start, end) === span.text`). wink-nlp decides
 * sentence boundaries; every line break also ends a sentence, so headlines and captions stand
 * alone and no span crosses a paragraph.
 */
export function splitSentences(text: string): SentenceSpan[] {
  if (text.trim() === '') return [];
  const { tokens, sentences } = analyse(text);
  const boundaries = new Set<number>();
  for (const [first] of sentences) if (tokens[first]) boundaries.add(tokens[first].start);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) boundaries.add(i + 1);
  // A closing quote after terminal punctuation, then a capital: wink misses this after "etc.”".
  for (const match of text.matchAll(QUOTE_CLOSES_SENTENCE)) boundaries.add(match.index + match[0].length);

  const cuts = [...boundaries].filter((b) => b > 0 && b < text.length).sort((a, b) => a - b);
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    const span = trimmed(text, start, cut);
    start = cut;
    if (!span) continue;
    const previous = spans.at(-1);
    const sameLine = previous !== undefined && !text.slice(previous.end, span.start).includes('\n');
    // Repair boundaries wink put after "Nov." or "St.", or before a lower-case continuation.
    if (previous && sameLine && (NEVER_FINAL.test(previous.text) || (/^\p{Ll}/u.test(span.text) && !/[!?]["”’]?$/.test(previous.text)))) {
      spans[spans.length - 1] = { start: previous.start, end: span.end, text: text.slice(previous.start, span.end) };
    } else spans.push(span);
  }
  return spans;
}
