/** A word, number or punctuation mark of a text, as written and in lower case. */
export interface TermToken {
  raw: string;
  lower: string;
}

/** Typography that differs between outlets but carries no meaning. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u201e«»]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\b(co)-(?=ordinat|operat)/gi, '$1')
    .replace(/\bU\.S\.A\.?/g, 'USA')
    .replace(/\bU\.S\.(?=[\s,;:)"']|$)/g, 'US')
    .replace(/\bU\.K\.(?=[\s,;:)"']|$)/g, 'UK')
    .replace(/\bE\.U\.(?=[\s,;:)"']|$)/g, 'EU');
}

const TOKEN_RE = /\d+(?:[.,]\d+)*|\p{L}+(?:'\p{L}+)*|\S/gu;

/**
 * The normalised text's tokens: numbers, words (with inner apostrophes), single other characters.
 * "won't" reads as "will not", "can't" as "can not", "Spain's" as "Spain" and "'s".
 */
export function tokenize(text: string): TermToken[] {
  const out: TermToken[] = [];
  for (const match of normalise(text).matchAll(TOKEN_RE)) {
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
