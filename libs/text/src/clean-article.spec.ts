import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean-article.js';
import { applyEdits, mapToSource } from './edits.js';
import { FURNITURE_STRINGS, loadSeeds, seed } from './seed-fixtures.js';
import type { CleanResult } from './types.js';

const ARTICLE_HTML = `<!doctype html>
<html><head><title>Europol | News</title><style>.ad { color: red }</style></head>
<body>
  <a href="#main">Skip to main content</a>
  <header>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
    <h1>Europol hits IS propaganda &amp; servers</h1>
    <p class="byline">By Jane Doe</p>
  </header>
  <script>window.dataLayer = ["Advertisement"];</script>
  <main id="main"><article>
    <figure><img src="hq.jpg" alt="HQ"><figcaption>The Europol headquarters in The Hague. (AP Photo/Mike Corder)</figcaption></figure>
    <p>Police seized   servers in <b>eight</b> countries on April 25, 2018, Europol said.The operation lasted two days.</p>
    <div class="advertisement">Advertisement<br>Buy a phone</div>
    <p>Experts identified more than 26,000 items&nbsp;of propaganda.</p>
    <aside class="related"><h3>Related</h3><p>Another story</p></aside>
    <h2>Aim to disrupt</h2>
    <p>“We will not stop,” said Rob Wainwright, executive director of Europol.</p>
  </article></main>
  <footer><p>© 2018 News Corp</p><a href="/privacy">Privacy</a></footer>
</body></html>`;

// A CMS export: furniture inside the markup itself rather than in dedicated elements.
const CMS_HTML = `<div class="story">
<p>Advertisement</p>
<p>A man suspected of spreading IS propaganda was arrested in Spain.READ MORE: Who is the most wanted terrorist?</p>
<p>Click to play video: 'Tackling terrorism threat online'</p><p>Tackling terrorism threat online</p>
<p>National police forces fanned...</p>
<p>The action that began Nov. 21 appeared to have an immediate effect.</p>
<p>____</p>
<p>Sponsored content</p>
<p>Page not found</p><p>The content you requested does not exist.</p>
</div>`;

function expectConsistent(result: CleanResult) {
  expect(applyEdits(result.sourceText, result.edits)).toBe(result.text);
  let previousEnd = 0;
  let delta = 0;
  for (const edit of result.edits) {
    expect(result.sourceText.slice(edit.start, edit.end)).toBe(edit.removed);
    expect(edit.start).toBeGreaterThanOrEqual(previousEnd);
    expect(edit.at).toBe(edit.start + delta);
    expect(result.text.slice(edit.at, edit.at + edit.inserted.length)).toBe(edit.inserted);
    expect(edit.removed !== '' || edit.inserted !== '').toBe(true);
    delta += edit.inserted.length - edit.removed.length;
    previousEnd = edit.end;
  }
  let segmentEnd = 0;
  for (const segment of result.segments) {
    expect(segment.start).toBeGreaterThanOrEqual(segmentEnd);
    expect(segment.end).toBeGreaterThan(segment.start);
    expect(segment.end).toBeLessThanOrEqual(result.text.length);
    expect(result.text.slice(segment.start, segment.end).trim()).toBe(result.text.slice(segment.start, segment.end));
    segmentEnd = segment.end;
  }
}

const inputs = [
  ...loadSeeds().map((s) => [s.file, s.text] as const),
  ['article.html', ARTICLE_HTML] as const,
  ['cms-export.html', CMS_HTML] as const,
];

describe(cleanArticle.name, () => {
  describe.each(inputs)('%s', (_name, input) => {
    const result = cleanArticle(input);

    it('replays its edits from sourceText to text exactly', () => {
      expectConsistent(result);
    });

    it('removes all page furniture', () => {
      for (const furniture of FURNITURE_STRINGS) expect(result.text).not.toContain(furniture);
    });

    it('leaves no untidy whitespace', () => {
      expect(result.text).toBe(result.text.trim());
      expect(result.text).not.toMatch(/\n{3,}/);
      for (const line of result.text.split('\n')) expect(line).toBe(line.trim());
    });

    it('maps every kept character back to the same source character', () => {
      const inserted = new Set(result.edits.flatMap((e) => Array.from({ length: e.inserted.length }, (_, i) => e.at + i)));
      for (let offset = 0; offset < result.text.length; offset++) {
        if (!inserted.has(offset)) expect(result.sourceText[mapToSource(result.edits, offset)]).toBe(result.text[offset]);
      }
    });

    it('is deterministic', () => {
      expect(cleanArticle(input)).toEqual(result);
    });
  });

  describe('plain text', () => {
    it('keeps the input verbatim as sourceText', () => {
      const { text } = seed('002');
      const result = cleanArticle(text);
      expect(result.format).toBe('text');
      expect(result.sourceText).toBe(text);
    });

    it('handles empty input', () => {
      expect(cleanArticle('')).toEqual({ format: 'text', sourceText: '', text: '', edits: [], segments: [] });
    });

    it('normalises Windows line endings as whitespace edits', () => {
      const result = cleanArticle('First line here.\r\nAdvertisement\r\nSecond line here.\r\n\r\n\r\nThird paragraph.');
      expect(result.text).toBe('First line here.\nSecond line here.\n\nThird paragraph.');
      expectConsistent(result);
    });

    it('leaves an already clean article untouched', () => {
      const { text } = seed('000');
      expect(cleanArticle(text)).toMatchObject({ text, edits: [] });
    });

    it('splits glued sentences with one space and keeps abbreviations and decimals', () => {
      const { text } = cleanArticle(seed('003').text);
      expect(text).toContain('officials said Monday. A four-day operation');
      expect(text).toContain('foreign terrorist fighters.” The action');
      expect(text).toContain('“We will see how they recuperate.” The operation');
      expect(text).toContain('This Friday, Dec. 2, 2016 file photo');
      expect(text).toContain('began Nov. 21 appeared');
      expect(cleanArticle('Growth was 2.5 percent in the U.S. last year, e.g. in Ohio at 9 a.m. on Nov. 21.').edits).toEqual([]);
    });

    it('cuts the READ MORE widget and the video embed, leaving a sentence boundary', () => {
      const { text, edits } = cleanArticle(seed('003').text);
      expect(text).toContain('was arrested in Spain. Telegram’s encrypted communications app');
      const reasons = edits.filter((e) => e.removed.includes('READ MORE') || e.removed.includes('What the death')).map((e) => e.reason);
      expect(reasons).toEqual(['related-link', 'video-embed']);
    });

    it('rejoins a word the WATCH widget interrupted without inserting a space', () => {
      const { text } = cleanArticle(seed('003').text);
      expect(text).toContain('Belgian prosecutor Patrick Willocx said that Islamic State propaganda');
    });

    it('turns the separator before the AP credit into a paragraph break', () => {
      const { text, edits } = cleanArticle(seed('003').text);
      expect(text.endsWith('last posted on Nov. 21.\n\nAssociated Press writer Bassem Mroue in Beirut contributed.')).toBe(true);
      expect(edits.find((e) => e.removed === '____')).toMatchObject({ inserted: '\n\n', reason: 'separator' });
    });

    it('removes the "Page not found" tail', () => {
      const { text, edits } = cleanArticle(seed('004').text);
      expect(text.endsWith('(FRANCE 24 with AP)')).toBe(true);
      expect(edits.find((e) => e.reason === 'error-page')?.removed).toMatch(/^Page not found\n\nThe content you requested/);
    });

    it('keeps the truncated teaser as text, marked so it is never a claim', () => {
      const source = seed('001').text;
      const { text, segments } = cleanArticle(source);
      const teaser = segments.find((s) => s.kind === 'teaser');
      expect(teaser && text.slice(teaser.start, teaser.end)).toBe('National police forces fanned...');
      expect(text.split('\n\n')).toHaveLength(source.split(/\n{2,}/).length);
      expect(text).toContain('the European Union Member States, Canada and the U.S. and coordinated');
    });

    it('records trimmed tabs and collapsed blank lines as whitespace edits', () => {
      const { text, edits } = cleanArticle(seed('002').text);
      expect(text.startsWith('European and US police hit the Islamic State propaganda machine\nEuropean law enforcement')).toBe(true);
      expect(edits.filter((e) => e.reason === 'whitespace').map((e) => e.removed)).toContain('\n\t\t\t\t\t');
    });
  });

  describe('restore', () => {
    it('keeps the text of a restored removal', () => {
      const source = seed('003').text;
      const ad = cleanArticle(source).edits.find((e) => e.reason === 'advertisement')!;
      const restored = cleanArticle(source, { restore: [{ start: ad.start, end: ad.end }] });
      expect(restored.text.startsWith('Advertisement\n\nEuropean police crackdown')).toBe(true);
      expect(restored.edits.some((e) => e.start === ad.start && e.end === ad.end)).toBe(false);
      expectConsistent(restored);
    });

    it('can undo a single sentence split', () => {
      const source = seed('003').text;
      const split = cleanArticle(source).edits.find((e) => e.reason === 'sentence-split')!;
      const restored = cleanArticle(source, { restore: [{ start: split.start, end: split.end }] });
      expect(restored.text).toContain('said Monday.A four-day');
      expect(restored.edits.filter((e) => e.reason === 'sentence-split')).toHaveLength(cleanArticle(source).edits.filter((e) => e.reason === 'sentence-split').length - 1);
      expectConsistent(restored);
    });

    it('ignores ranges that match no edit', () => {
      const source = seed('004').text;
      expect(cleanArticle(source, { restore: [{ start: 1, end: 3 }] })).toEqual(cleanArticle(source));
    });
  });

  describe('html', () => {
    const result = cleanArticle(ARTICLE_HTML);

    it('detects HTML and extracts its text as sourceText', () => {
      expect(result.format).toBe('html');
      expect(result.sourceText).toContain('Police seized servers in eight countries');
      expect(result.sourceText).not.toContain('dataLayer');
      expect(result.sourceText).not.toContain('color: red');
    });

    it('records nav, ads, related asides and the footer as furniture edits', () => {
      const removed = result.edits.filter((e) => e.reason !== 'whitespace' && e.reason !== 'sentence-split').map((e) => [e.reason, e.removed.trim()]);
      expect(removed).toEqual([
        ['navigation', 'Skip to main content'],
        ['navigation', 'Home\nWorld'],
        ['advertisement', 'Advertisement\nBuy a phone'],
        ['related-link', 'Related\n\nAnother story'],
        ['navigation', '© 2018 News Corp\n\nPrivacy'],
      ]);
    });

    it('marks headline, byline, caption and subhead from the markup', () => {
      expect(result.segments.map((s) => [s.kind, result.text.slice(s.start, s.end)])).toEqual([
        ['headline', 'Europol hits IS propaganda & servers'],
        ['byline', 'By Jane Doe'],
        ['caption', 'The Europol headquarters in The Hague. (AP Photo/Mike Corder)'],
        ['headline', 'Aim to disrupt'],
      ]);
    });

    it('applies the plain-text rules to the extracted text', () => {
      expect(result.text).toContain('Europol said. The operation lasted two days.');
      expect(cleanArticle(CMS_HTML).text).toBe(
        'A man suspected of spreading IS propaganda was arrested in Spain.\n\nNational police forces fanned...\n\nThe action that began Nov. 21 appeared to have an immediate effect.',
      );
    });

    it('keeps every line of a transcript, interrupted speech included', () => {
      const transcript = 'We will build the plant in 2019 and...\nLet me finish.\nThe plant will employ 4,000 people...\n\nWait...';
      const { text, edits } = cleanArticle(transcript);
      expect(text).toBe(transcript);
      expect(edits).toEqual([]);
    });

    it('honours an explicit format', () => {
      expect(cleanArticle('<p>Tags shown as text</p>', { format: 'text' }).text).toBe('<p>Tags shown as text</p>');
      expect(cleanArticle('Plain', { format: 'html' }).format).toBe('html');
    });
  });
});
