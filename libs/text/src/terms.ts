/** A word, number or punctuation mark of a text, as written and in lower case. */
export interface TermToken {
  raw: string;
  lower: string;
}

/** Any character the typography replacements below rewrite: most text has none, and one scan then skips all four. */
const TYPOGRAPHY = /[\u00a0\u2007\u2009\u202f\u2018\u2019\u02bc`´\u201c\u201d\u201e«»\u2013\u2014]/;

/**
 * Typography that differs between outlets but carries no meaning. Each group of replacements runs only
 * when the text has what it could match ("U." for the three abbreviations of it, and so on): a
 * replacement that finds nothing still scans the whole text, ten times for a sentence.
 */
export function normalise(text: string): string {
  let out = text.normalize('NFC');
  if (TYPOGRAPHY.test(out)) {
    out = out
      .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/[\u201c\u201d\u201e«»]/g, '"')
      .replace(/[\u2013\u2014]/g, ' - ');
  }
  if (out.includes('-')) out = out.replace(/\b(co)-(?=ordinat|operat)/gi, '$1');
  if (out.includes('U.')) {
    out = out
      .replace(/\bU\.S\.A\.?/g, 'USA')
      .replace(/\bU\.S\.(?=[\s,;:)"']|$)/g, 'US')
      .replace(/\bU\.K\.(?=[\s,;:)"']|$)/g, 'UK');
  }
  if (out.includes('E.U.')) out = out.replace(/\bE\.U\.(?=[\s,;:)"']|$)/g, 'EU');
  return out;
}

const TOKEN_RE = /\d+(?:[.,]\d+)*|\p{L}+(?:'\p{L}+)*|\S/gu;

/**
 * The normalised text's tokens: numbers, words (with inner apostrophes), single other characters.
 * "won't" reads as "will not", "can't" as "can not", "Spain's" as "Spain" and "'s".
 */
export function tokenize(text: string): TermToken[] {
  return tokensOfNormalised(normalise(text));
}

/** tokenize of a text already normalised (normalise), for a caller that needs the normalised text as well. */
export function tokensOfNormalised(normalised: string): TermToken[] {
  const out: TermToken[] = [];
  // exec with lastIndex rather than matchAll: the same matches without an iterator and a copy of the expression per call.
  TOKEN_RE.lastIndex = 0;
  for (let match = TOKEN_RE.exec(normalised); match; match = TOKEN_RE.exec(normalised)) {
    const raw = match[0];
    // Most tokens have no apostrophe, and both readings need one.
    const apostrophe = raw.includes("'");
    const negation = apostrophe ? /^(\p{L}+)n't$/iu.exec(raw) : null;
    const clitic = apostrophe ? /^(\p{L}+)'(s|re|ve|ll|d|m)$/iu.exec(raw) : null;
    if (negation) {
      const base = negation[1].toLowerCase() === 'wo' ? 'will' : negation[1].toLowerCase() === 'ca' ? 'can' : negation[1];
      out.push({ raw: base, lower: base.toLowerCase() }, { raw: 'not', lower: 'not' });
    } else if (clitic) {
      out.push({ raw: clitic[1], lower: clitic[1].toLowerCase() }, { raw: `'${clitic[2]}`, lower: `'${clitic[2].toLowerCase()}` });
    } else {
      out.push({ raw, lower: raw.toLowerCase() });
    }
  }
  return out;
}
