/** An edit on an intermediate view of the text (offsets into that view). */
export interface ViewEdit {
  start: number;
  end: number;
  inserted: string;
  reason: 'whitespace' | 'sentence-split';
}

/**
 * Abbreviations whose period never ends a sentence when glued to a capital ("Nov.The" stays).
 * Initialisms such as "U.S." / "a.m." / "e.g." are recognised by shape instead.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'mt', 'ft', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'capt',
  'sgt', 'cmdr', 'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'no', 'nos', 'vol', 'fig', 'vs', 'etc',
  'inc', 'ltd', 'co', 'corp', 'approx', 'dept', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const DOMAIN = /^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|eu|gov|edu|int|io|co|uk|fr|de|be|nl)$/i;

/**
 * Whitespace normalisation: trims the text and every line, collapses blank-line runs to one
 * paragraph break, and collapses horizontal runs inside a line to one space. Single spaces and
 * single no-break spaces are left alone. Edits are minimal (common prefix/suffix kept).
 */
export function whitespaceEdits(text: string): ViewEdit[] {
  const edits: ViewEdit[] = [];
  for (const match of text.matchAll(/\s+/g)) {
    const run = match[0];
    const start = match.index;
    const end = start + run.length;
    // Most runs are one space between words, which stays (the general rule below gives the same).
    if (run === ' ' && start !== 0 && end !== text.length) continue;
    const newlines = run.split('\n').length - 1;
    let target: string;
    if (start === 0 || end === text.length) target = '';
    else if (newlines >= 2) target = '\n\n';
    else if (newlines === 1) target = '\n';
    else target = run === ' ' || run === '\u00a0' ? run : ' ';
    if (target === run) continue;
    let prefix = 0;
    while (prefix < target.length && run[prefix] === target[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < target.length - prefix &&
      run[run.length - 1 - suffix] === target[target.length - 1 - suffix]
    ) suffix++;
    edits.push({ start: start + prefix, end: end - suffix, inserted: target.slice(prefix, target.length - suffix), reason: 'whitespace' });
  }
  return edits;
}

const CLOSERS = new Set(['”', '’', ')', ']', "'"]);
const OPENERS = new Set(['“', '‘', '(', '"']);
const isUpper = (ch: string | undefined) => ch !== undefined && /\p{Lu}/u.test(ch);

function quoteParity(text: string, position: number): number {
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  let count = 0;
  for (let i = lineStart; i < position; i++) if (text[i] === '"') count++;
  return count % 2;
}

function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  return text.slice(start, end).replace(/^[“"‘'([]+/, '');
}

function wordAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && !/\s/.test(text[end])) end++;
  return text.slice(start, end);
}

/** True when the period at `index` belongs to an abbreviation, initialism or domain name. */
function isNonTerminalPeriod(text: string, index: number): boolean {
  const word = wordBefore(text, index);
  if (word === '') return false;
  if (INITIALISM.test(word) || /^\p{Lu}$/u.test(word)) return true; // U.S. / a.m. / e.g. / initials
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (/[/@]|www/i.test(word)) return true;
  const token = `${word}.${wordAfter(text, index + 1)}`.replace(/[^\w.-]+$/, '');
  return DOMAIN.test(token);
}

/**
 * Splits sentences the source glued together ("said Monday.A four-day", "fighters.”The action")
 * by inserting one space. Abbreviations, initialisms, decimals and domains are left intact.
 */
export function sentenceGlueEdits(text: string): ViewEdit[] {
  const edits: ViewEdit[] = [];
  for (const match of text.matchAll(/[.!?]+/g)) {
    const mark = match.index + match[0].length - 1;
    let next = mark + 1;
    let closed = false;
    while (next < text.length) {
      const ch = text[next];
      if (ch === '"' ? quoteParity(text, next) === 1 : CLOSERS.has(ch)) {
        closed = true;
        next++;
      } else break;
    }
    const ch = text[next];
    const startsSentence = isUpper(ch) || (OPENERS.has(ch) && isUpper(text[next + 1]));
    if (!startsSentence) continue;
    // A closing quote or bracket ends the sentence even after "etc." or "U.S.".
    if (!closed && text[mark] === '.' && match[0].length === 1 && isNonTerminalPeriod(text, mark)) continue;
    edits.push({ start: next, end: next, inserted: ' ', reason: 'sentence-split' });
  }
  return edits;
}
