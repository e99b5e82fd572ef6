import { tagParts, type TermToken as Token, type TaggedWord, wordTable } from '#text';

export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export const TIME_UNITS = wordTable<TimeUnit>({
  minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour', day: 'day', days: 'day',
  week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
});
const IRREGULAR_PLURALS = wordTable<string>({
  people: 'person', men: 'man', women: 'woman', children: 'child', police: 'police', staff: 'staff', media: 'media', data: 'data',
});
const UNIT_BREAKERS = new Set(['of', 'in', 'that', 'which', 'who', 'and', 'or', 'to', 'from', 'for', 'including', 'with', 'by', 'on', 'at', 'as', 'were', 'was', 'are', 'is', 'have', 'had', 'has', 'via', 'across', 'around']);

function singular(word: string): string {
  const w = word.toLowerCase();
  if (w in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[w];
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w)) return w.slice(0, -1);
  return w;
}

const looksPlural = (w: string) => w.toLowerCase() in IRREGULAR_PLURALS || (/[^su'i]s$/i.test(w) && w.length > 3);

let taggerAvailable = true;

/** libs/text's part-of-speech tags; undefined once its model has failed to load (the heuristic then stands alone). */
function tagWords(text: string): TaggedWord[] | undefined {
  if (!taggerAvailable) return undefined;
  try {
    return tagParts(text);
  } catch {
    taggerAvailable = false;
    return undefined;
  }
}

/**
 * The counted noun after a figure. A plural within the next few words wins ("nine online service providers");
 * when none is plural the tagger picks the last noun of the first noun run ("1,200 staff").
 */
export function unitAfter(tokens: Token[], start: number, value: number): string | undefined {
  const window: Token[] = [];
  for (let k = start; k < tokens.length && window.length < 5; k++) {
    const t = tokens[k];
    if (!/\p{L}/u.test(t.raw)) {
      if (t.raw === '-' || t.raw === '"') continue;
      break;
    }
    if (UNIT_BREAKERS.has(t.lower)) break;
    window.push(t);
  }
  if (window.length === 0) return undefined;
  if (value === 1) return singular(window[0].raw);
  const plural = window.find((t) => looksPlural(t.raw));
  if (plural) return singular(plural.raw);
  const tags = tagWords(window.map((t) => t.raw).join(' '));
  if (tags) {
    let head: string | undefined;
    for (const { word, pos } of tags) {
      if (pos === 'NOUN' || pos === 'PROPN') head = word;
      else if (head || pos !== 'ADJ') break;
    }
    if (head) return singular(head);
  }
  return singular(window[window.length - 1].raw);
}

/** Units of measure written with symbols or several words: a percentage is not a count, Celsius is not Fahrenheit. */
export function measureAfter(tokens: Token[], at: number): { unit: string; length: number } | undefined {
  const t = (k: number) => tokens[at + k]?.lower ?? '';
  if (t(0) === '%') return { unit: 'percent', length: 1 };
  if (t(0) === 'percent' || t(0) === 'pct') return { unit: 'percent', length: 1 };
  if (t(0) === 'per' && t(1) === 'cent') return { unit: 'percent', length: 2 };
  if (t(0) === 'ppm' || t(0) === 'ppmv') return { unit: 'ppm', length: 1 };
  if ((t(0) === 'parts' || t(0) === 'part') && t(1) === 'per' && t(2) === 'million') return { unit: 'ppm', length: 3 };
  if (t(0) === 'ppb') return { unit: 'ppb', length: 1 };
  if ((t(0) === 'parts' || t(0) === 'part') && t(1) === 'per' && t(2) === 'billion') return { unit: 'ppb', length: 3 };
  const scale = (k: number) => (/^(c|celsius|centigrade)$/.test(t(k)) ? 'celsius' : /^(f|fahrenheit)$/.test(t(k)) ? 'fahrenheit' : undefined);
  if (t(0) === '°') return { unit: `degree ${scale(1) ?? ''}`.trim(), length: scale(1) ? 2 : 1 };
  if (t(0) === 'degree' || t(0) === 'degrees') return { unit: `degree ${scale(1) ?? ''}`.trim(), length: scale(1) ? 2 : 1 };
  return undefined;
}
