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

/**
 * Light suffix stripping: enough to meet "identify"/"identification" and "seize"/"seized"/"seizing".
 * Its output is stored (the passage_term table): any change to it needs a reindex.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w === 'news') return w;
  for (const [suffix, replacement] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  // "stopped" → "stopp" → "stop"
  if (/([bdfgklmnprt])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}
