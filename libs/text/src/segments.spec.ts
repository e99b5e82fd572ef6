import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean-article.js';
import { detectSegments, isHeadlineLike } from './segments.js';
import { loadSeeds, seed } from './seed-fixtures.js';
import type { SegmentKind } from './types.js';

function segmentsOf(source: string, kind?: SegmentKind): string[] {
  const { text, segments } = cleanArticle(source);
  return segments.filter((s) => !kind || s.kind === kind).map((s) => text.slice(s.start, s.end));
}

describe(detectSegments.name, () => {
  it.each(loadSeeds().map((s) => [s.file, s] as const))('finds the headline the manifest records for %s', (_file, s) => {
    const { text, segments } = cleanArticle(s.text);
    const first = segments[0];
    if (s.title) expect(first && first.start === 0 && first.kind === 'headline' ? text.slice(first.start, first.end) : null).toBe(s.title);
    else expect(segments.some((seg) => seg.kind === 'headline' && seg.start === 0)).toBe(false);
  });

  it('does not take a first line that ends in a full stop for a headline', () => {
    expect(segmentsOf(seed('000').text)).toEqual([]);
  });

  it('marks photo captions', () => {
    expect(segmentsOf(seed('003').text, 'caption')).toEqual([
      'This Friday, Dec. 2, 2016 file photo shows the headquarters of Europol in The Hague, Netherlands. (AP Photo/Mike Corder, File)',
    ]);
    expect(segmentsOf(seed('004').text, 'caption')).toEqual([
      'Lex Van Lieshout, AFP | Exterior of the Europol headquarters, the alliance of the European Union police and a multinational research organisation, in The Hague, Netherlands on July 1, 2011.',
    ]);
  });

  it('marks bylines, signatures and source tags', () => {
    expect(segmentsOf(seed('002').text, 'byline')).toEqual(['Pierluigi\u00a0Paganini', '(Security Affairs\u00a0– Europol, online terrorist propaganda)']);
    expect(segmentsOf(seed('003').text, 'byline')).toEqual(['Associated Press writer Bassem Mroue in Beirut contributed.']);
    expect(segmentsOf(seed('004').text, 'byline')).toEqual(['(FRANCE 24 with AP)']);
  });

  it('marks subheads inside the body as headlines', () => {
    expect(segmentsOf(seed('004').text, 'headline')).toEqual([
      'European and US police seize servers used by IS group propaganda sites',
      "IS group's ability to broadcast jihadist material 'not changed'",
      "Aim to 'destabilise this apparatus'",
    ]);
  });

  it('flags the spliced-in tennis item in 001 as off-topic', () => {
    expect(segmentsOf(seed('001').text, 'off-topic')).toEqual([
      'More woe for Djokovic as French Open looms\nNovak Djokovic reacts during his match against Martin Klizan at the Barcelona Open on April 25, 2018. I got more popular especially in my country and nearly every match I played I was as a favourite.',
    ]);
  });

  it.each(loadSeeds().filter((s) => !s.file.startsWith('001')).map((s) => [s.file, s.text]))('flags nothing off-topic in %s', (_file, text) => {
    expect(segmentsOf(text, 'off-topic')).toEqual([]);
  });

  it('flags an unrelated block by vocabulary, not by a word list', () => {
    const article = [
      'City council approves new budget',
      'The city council approved a budget of $4 million for road repairs on Tuesday, the mayor said.',
      'Council members debated the road repair budget for three hours before the vote.',
      'The mayor said road repairs would begin in the spring and the council would review the budget in June.',
      'Real Madrid beat Barcelona 3-1 at the Bernabeu as Vinicius Junior scored twice and Jude Bellingham added a late goal for Carlo Ancelotti.',
      'Residents asked the council to include repairs to bridges in next year’s budget.',
    ].join('\n\n');
    expect(segmentsOf(article, 'off-topic')).toEqual([
      'Real Madrid beat Barcelona 3-1 at the Bernabeu as Vinicius Junior scored twice and Jude Bellingham added a late goal for Carlo Ancelotti.',
    ]);
  });

  it('lets segments from HTML markup win over the line heuristics', () => {
    const text = 'Headline\n\nBody sentence one here.';
    expect(detectSegments(text, [{ start: 0, end: 8, kind: 'caption' }])).toEqual([{ start: 0, end: 8, kind: 'caption' }]);
  });
});

describe(isHeadlineLike.name, () => {
  it.each([
    ['European police crackdown deals ‘huge’ blow to online ISIS propaganda', true],
    ["European Union police action has 'punched big hole in ISIL propaganda'", true],
    ['IS broadcasts in several languages.', false],
    ['Europol said:', false],
    ['Short', false],
  ])('"%s" → %s', (line, expected) => {
    expect(isHeadlineLike(line)).toBe(expected);
  });
});
