import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean-article.js';
import { loadSeeds, seed } from './seed-fixtures.js';
import { splitSentences } from './split-sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe(splitSentences.name, () => {
  it('returns exact, trimmed offsets', () => {
    const text = '  First sentence here.   Second one follows!\n\nThird?  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['First sentence here.', 'Second one follows!', 'Third?']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('ends a sentence at every line break', () => {
    expect(texts('European police crackdown deals blow\nThis Friday, Dec. 2, 2016 file photo shows the headquarters.\nA concerted crackdown.')).toEqual([
      'European police crackdown deals blow',
      'This Friday, Dec. 2, 2016 file photo shows the headquarters.',
      'A concerted crackdown.',
    ]);
  });

  it.each([
    'The action that began Nov. 21 appeared to have an immediate effect.',
    'This Friday, Dec. 2, 2016 file photo shows the headquarters of Europol.',
    'Authorities of Canada and the U.S. and coordinated by the unit.',
    'He moved to St. Louis in the spring.',
    'Mr. Smith met Dr. Jones at 9 a.m. on Tuesday.',
    'Growth was 2.5 percent last year.',
  ])('keeps "%s" whole', (sentence) => {
    expect(texts(sentence)).toEqual([sentence]);
  });

  it('splits after a closing quote that ends a sentence', () => {
    expect(texts('supporters “to back up archives, videos etc.” One of the arms posted on Nov. 21.')).toEqual([
      'supporters “to back up archives, videos etc.”',
      'One of the arms posted on Nov. 21.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n ')).toEqual([]);
  });

  it.each(loadSeeds().map((s) => [s.file, s.text]))('never crosses a paragraph or line in %s', (_file, source) => {
    const { text } = cleanArticle(source);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(5);
    for (const span of spans) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(span.text).not.toContain('\n');
      expect(span.text).toBe(span.text.trim());
    }
  });

  it('splits the cleaned 003 body into its sentences', () => {
    const sentences = texts(cleanArticle(seed('003').text).text);
    expect(sentences).toContain('A man suspected of spreading IS propaganda was arrested in Spain.');
    expect(sentences).toContain('Telegram’s encrypted communications app has often been used by extremists.');
    expect(sentences).toContain('The action that began Nov. 21 appeared to have an immediate effect.');
    expect(sentences).toContain('“We will see how they recuperate.”');
  });
});
