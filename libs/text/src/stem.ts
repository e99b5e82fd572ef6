const SUFFIXES: Array<[string, string]> = [
  ['ifications', 'if'],
  ['ification', 'if'],
  ['izations', ''],
  ['isations', ''],
  ['ization', ''],
  ['isation', ''],
  ['ations', ''],
  ['ation', ''],
  ['ified', 'if'],
  ['ifies', 'if'],
  ['ify', 'if'],
  ['ings', ''],
  ['ing', ''],
  ['ised', ''],
  ['ized', ''],
  ['ises', ''],
  ['izes', ''],
  ['ise', ''],
  ['ize', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ed', ''],
  ['es', ''],
  ['ly', ''],
  ['s', ''],
  ['e', ''],
];

/** SUFFIXES by their last letter, each list in SUFFIXES' order: a word is tried only against the suffixes it can end with (stem runs for every token read). */
const SUFFIXES_BY_LAST = new Map<string, Array<[string, string]>>();
for (const entry of SUFFIXES) {
  const last = entry[0].at(-1)!;
  SUFFIXES_BY_LAST.set(last, [...(SUFFIXES_BY_LAST.get(last) ?? []), entry]);
}
/** Consonants whose doubling a suffix leaves behind. */
const DOUBLED = new Set('bdfgklmnprt');

/**
 * Light suffix stripping: enough to meet "identify"/"identification" and "seize"/"seized"/"seizing".
 * Its output is stored (the passage_term table): any change to it needs a reindex.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w === 'news') return w;
  for (const [suffix, replacement] of SUFFIXES_BY_LAST.get(w[w.length - 1]) ?? []) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  // "stopped" → "stopp" → "stop"
  const n = w.length;
  if (n > 4 && w[n - 1] === w[n - 2] && DOUBLED.has(w[n - 1])) w = w.slice(0, -1);
  return w;
}
