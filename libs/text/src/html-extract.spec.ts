import { describe, expect, it } from 'vitest';
import { extractHtmlText, looksLikeHtml } from './html-extract.js';

const sliceOf = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end);

describe(extractHtmlText.name, () => {
  it('turns paragraphs into paragraph breaks and <br> into line breaks', () => {
    expect(extractHtmlText('<p>One</p><p>Two<br>Three</p>').text).toBe('One\n\nTwo\nThree');
  });

  it('collapses source whitespace as a browser does and keeps inline elements inline', () => {
    expect(extractHtmlText('<p>  Police   seized\n servers in <b>eight</b>countries </p>').text).toBe('Police seized servers in eightcountries');
  });

  it('keeps the text of elements named like properties of Object', () => {
    expect(extractHtmlText('<p>One <constructor>two</constructor> <tostring>three</tostring></p>').text).toBe('One two three');
  });

  it('decodes entities', () => {
    expect(extractHtmlText('<p>Q&amp;A &ldquo;quoted&rdquo; 5&nbsp;km</p>').text).toBe('Q&A “quoted” 5\u00a0km');
  });

  it('drops script, style, noscript, template and hidden elements entirely', () => {
    const html = '<head><title>T</title></head><p>Kept</p><script>x()</script><style>p{}</style><noscript>JS</noscript><template><p>t</p></template><p hidden>h</p><p aria-hidden="true">a</p>';
    expect(extractHtmlText(html).text).toBe('Kept');
  });

  it('reports nav, footer, aside and ad blocks as removal hints without dropping their text', () => {
    const html = '<nav><a>Home</a></nav><p>Story.</p><div class="ad-slot">Buy</div><aside>Related</aside><footer>© 2018</footer>';
    const { text, removals } = extractHtmlText(html);
    expect(removals.map((r) => [r.reason, sliceOf(text, r)])).toEqual([
      ['navigation', 'Home'],
      ['advertisement', 'Buy'],
      ['related-link', 'Related'],
      ['navigation', '© 2018'],
    ]);
  });

  it('does not mistake class names that merely contain "ad" for ads', () => {
    expect(extractHtmlText('<div class="header shadow lead">Text</div>').removals).toEqual([]);
  });

  it('marks headings, figcaptions and bylines as segment hints', () => {
    const html = '<h1>Title</h1><p class="byline">By Jane Doe</p><figure><img alt="x"><figcaption>Caption here</figcaption></figure><p>Body.</p>';
    const { text, segments } = extractHtmlText(html);
    expect(segments.map((s) => [s.kind, sliceOf(text, s)])).toEqual([
      ['headline', 'Title'],
      ['byline', 'By Jane Doe'],
      ['caption', 'Caption here'],
    ]);
  });

  it('is deterministic', () => {
    const html = '<article><h1>A</h1><p>B <i>c</i></p><ul><li>d</li><li>e</li></ul></article>';
    expect(extractHtmlText(html)).toEqual(extractHtmlText(html));
    expect(extractHtmlText(html).text).toBe('A\n\nB c\n\nd\ne');
  });
});

describe(looksLikeHtml.name, () => {
  it('recognises markup', () => {
    expect(looksLikeHtml('<p>Text</p>')).toBe(true);
    expect(looksLikeHtml('<!DOCTYPE html><html></html>')).toBe(true);
  });

  it('does not treat comparisons or plain text as HTML', () => {
    expect(looksLikeHtml('Turnout was < 40% and > 30%.')).toBe(false);
    expect(looksLikeHtml('Plain article text.')).toBe(false);
  });
});
