import { describe, expect, it } from 'vitest';
import {
  errorPageTail,
  FURNITURE_LINES,
  furnitureCandidates,
  furnitureLines,
  promoInsertions,
  separators,
  videoEmbeds,
  type EditCandidate,
} from './furniture-rules.js';
import { splitLines } from './lines.js';

const removedBy = (text: string, edits: EditCandidate[]) => edits.map((e) => text.slice(e.start, e.end));

describe('furniture lines', () => {
  it.each([
    ['Advertisement', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Sponsored content', 'advertisement'],
    ['AdChoices', 'advertisement'],
    ['Skip to main content', 'navigation'],
    ['  skip to main content\t', 'navigation'],
  ])('removes the whole line "%s" as %s', (line, reason) => {
    const text = `Body one.\n${line}\nBody two.`;
    const [edit] = furnitureLines(splitLines(text));
    expect(removedBy(text, [edit])).toEqual([`${line}\n`]);
    expect(edit.reason).toBe(reason);
  });

  it('keeps furniture words that are part of a sentence', () => {
    const text = 'The Advertisement Standards Authority ruled.\nSponsored content is labelled.';
    expect(furnitureLines(splitLines(text))).toEqual([]);
  });

  it('takes the blank line after a furniture paragraph so no gap is left', () => {
    const text = 'Advertisement\n\nHeadline';
    expect(removedBy(text, furnitureLines(splitLines(text)))).toEqual(['Advertisement\n\n']);
  });

  it('is data-driven', () => {
    expect(FURNITURE_LINES.length).toBeGreaterThanOrEqual(4);
    for (const rule of FURNITURE_LINES) expect(rule.pattern.flags).toContain('i');
  });
});

describe('video embeds', () => {
  it("removes a \"Click to play video: 'Title'\" line and the title line repeated under it", () => {
    const text = "Before.\nClick to play video: 'Tackling terrorism threat online'\nTackling terrorism threat online\nAfter.";
    const edits = videoEmbeds(splitLines(text));
    expect(removedBy(text, edits)).toEqual(["Click to play video: 'Tackling terrorism threat online'\nTackling terrorism threat online\n"]);
    expect(edits[0].reason).toBe('video-embed');
  });

  it('keeps the next line when it does not repeat the title', () => {
    const text = "Click to play video: 'A'\nA different sentence.";
    expect(removedBy(text, videoEmbeds(splitLines(text)))).toEqual(["Click to play video: 'A'\n"]);
  });
});

describe('promo insertions', () => {
  it('cuts a READ MORE widget glued after a sentence and rejoins the text that follows', () => {
    const text = 'arrested in Spain.READ MORE: After ISIS leader’s death, who is the world’s most wanted terrorist?\nTelegram’s app';
    const edits = promoInsertions(splitLines(text));
    expect(removedBy(text, edits)).toEqual(['READ MORE: After ISIS leader’s death, who is the world’s most wanted terrorist?\n']);
    expect(edits[0].reason).toBe('related-link');
  });

  it('cuts a WATCH widget that interrupted a word, looking past the video embed lines', () => {
    const text = "prosecutor Patrick WilWATCH: Tackling the terrorism threat online (2017)\u00a0\nClick to play video: 'Tackling terrorism threat online'\nTackling terrorism threat online\nlocx said that";
    const edits = furnitureCandidates(text).filter((e) => e.reason === 'video-embed');
    const cleaned = text.slice(0, edits[0].start) + text.slice(edits.at(-1)!.end);
    expect(cleaned).toBe('prosecutor Patrick Willocx said that');
  });

  it('keeps the line break when the widget ends a paragraph', () => {
    const text = 'End of story.READ MORE: Something else\n\nNext paragraph.';
    expect(removedBy(text, promoInsertions(splitLines(text)))).toEqual(['READ MORE: Something else']);
  });

  it('removes a whole "Read more:" line', () => {
    const text = 'One.\nRead more: other story\nTwo.';
    expect(removedBy(text, promoInsertions(splitLines(text)))).toEqual(['Read more: other story\n']);
  });

  it('ignores lower-case "watch:" inside prose', () => {
    const text = 'Three things to watch: inflation, jobs and rates.';
    expect(promoInsertions(splitLines(text))).toEqual([]);
  });
});

describe('error page tail', () => {
  it('removes everything from a "Page not found" line to the end', () => {
    const text = 'Story.\n\nPage not found\n\nThe content you requested does not exist.';
    const edits = errorPageTail(text, splitLines(text));
    expect(removedBy(text, edits)).toEqual(['Page not found\n\nThe content you requested does not exist.']);
    expect(edits[0].reason).toBe('error-page');
  });

  it('leaves "page not found" in a sentence alone', () => {
    const text = 'Users saw a page not found error.';
    expect(errorPageTail(text, splitLines(text))).toEqual([]);
  });
});

describe('separators', () => {
  it('removes a separator line', () => {
    const text = 'One.\n____\nTwo.';
    expect(removedBy(text, separators(splitLines(text)))).toEqual(['____\n']);
  });

  it('turns an underscore run between story and credit into a paragraph break', () => {
    const text = 'last posted on Nov. 21.____Associated Press writer contributed.';
    const [edit] = separators(splitLines(text));
    expect(edit).toMatchObject({ inserted: '\n\n', reason: 'separator' });
    expect(text.slice(edit.start, edit.end)).toBe('____');
  });
});

