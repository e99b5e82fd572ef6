import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean-article.js';
import { pageMetadata } from './web-page.js';

describe(pageMetadata.name, () => {
  it('prefers JSON-LD NewsArticle, then og:* and article:published_time', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"Ferry strike ends","author":{"name":"Ana Ruiz"},"datePublished":"2023-11-07T10:00:00Z"}]}</script>';
    expect(pageMetadata(`<html><head>${ld}<meta property="og:title" content="Other"></head></html>`)).toEqual({ title: 'Ferry strike ends', author: 'Ana Ruiz', publishedOn: '2023-11-07' });
    const og = '<meta property="og:title" content="Ferry strike ends"><meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2023-11-07T10:00:00+01:00">';
    expect(pageMetadata(`<html><head><title>x</title>${og}</head></html>`)).toEqual({ title: 'Ferry strike ends', author: 'Ana Ruiz', publishedOn: '2023-11-07' });
  });

  it('reads the outlet from JSON-LD publisher.name, else og:site_name, as storable text and never a URL', () => {
    const ld = (publisher: unknown) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry strike ends', publisher })}</script>`;
    const site = '<meta property="og:site_name" content="Harbour Courier (site)">';
    expect(pageMetadata(`<html><head>${ld({ '@type': 'Organization', name: 'The Harbour Courier' })}${site}</head></html>`)).toEqual({ title: 'Ferry strike ends', outlet: 'The Harbour Courier' });
    expect(pageMetadata(`<html><head>${ld([{ name: ' ' }, { name: 'Agence Port' }])}</head></html>`).outlet).toBe('Agence Port');
    expect(pageMetadata(`<html><head>${ld('Flanders Post')}</head></html>`).outlet).toBe('Flanders Post');
    expect(pageMetadata(`<html><head><title>x</title>${site}</head></html>`).outlet).toBe('Harbour Courier (site)');
    expect(pageMetadata(`<html><head>${ld({ name: 'Bad\u0000name' })}</head></html>`).outlet).toBe('Bad name');
    expect(pageMetadata(`<html><head>${ld({ name: 'https://courier.example/' })}</head></html>`).outlet).toBeUndefined();
    expect(pageMetadata(`<html><head>${ld({ name: 'x'.repeat(250) })}</head></html>`).outlet).toHaveLength(200);
    expect(pageMetadata('<html><head><title>No outlet</title></head></html>')).toEqual({ title: 'No outlet' });
  });

  it('passes over a publisher that cannot name an outlet (a URL, invisible marks) to the next one, then og:site_name', () => {
    const ld = (publisher: unknown) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry strike ends', publisher })}</script>`;
    const site = '<meta property="og:site_name" content="Harbour Courier">';
    expect(pageMetadata(`<html><head>${ld({ name: 'https://courier.example/' })}${site}</head></html>`).outlet).toBe('Harbour Courier');
    expect(pageMetadata(`<html><head>${ld([{ name: '\u200b' }, { name: 'Agence Port' }])}</head></html>`).outlet).toBe('Agence Port');
    expect(pageMetadata(`<html><head>${ld({ name: '\u200b\u2060' })}${site}</head></html>`).outlet).toBe('Harbour Courier');
  });

  it('names a fragment without a head by its first heading, spaces collapsed', () => {
    expect(pageMetadata('<h1>Antwerp port\n  drug bust</h1><p>Text.</p><h1>Second</h1>')).toEqual({ title: 'Antwerp port drug bust' });
    expect(pageMetadata('<p>No heading at all.</p>')).toEqual({});
  });

  it('falls back to <title> and ignores a broken JSON-LD block', () => {
    expect(pageMetadata('<html><head><title>Only a title</title><script type="application/ld+json">{oops</script></head></html>')).toEqual({ title: 'Only a title' });
  });
});

describe('cleanArticle with format page', () => {
  it('cleans a fragment or plain text sent as a page like HTML instead of failing', () => {
    expect(cleanArticle('l,', { format: 'page' }).text).toBe('l,');
    expect(cleanArticle('<p>Only a paragraph</p>', { format: 'page' }).text).toBe('Only a paragraph');
  });

  it('keeps the main story and drops the page around it', () => {
    const story = '<p>The ferry operator said 1,200 crossings were cancelled during the 9-day strike, which ended on Tuesday after unions accepted a 4 percent pay rise.</p>'.repeat(3);
    const page = `<html><body><nav>Home | News | Sport</nav><div class="sidebar"><p>Most read: celebrity wedding pictures</p></div><article><h1>Ferry strike ends</h1>${story}</article><footer>Contact us</footer></body></html>`;
    const { format, text } = cleanArticle(page, { format: 'page' });
    expect(format).toBe('page');
    expect(text).toContain('1,200 crossings were cancelled');
    expect(text).not.toMatch(/Home \| News|Contact us/);
  });
});

describe('pageMetadata on metadata a database cannot store', () => {
  it('drops a date that is not a calendar day, and year 0', () => {
    for (const content of ['2023-02-30', '2023-04-31', '0000-01-01', '2023-13-01']) {
      expect(pageMetadata(`<meta property="article:published_time" content="${content}"><p>Text.</p>`).publishedOn, content).toBeUndefined();
    }
    expect(pageMetadata('<meta property="article:published_time" content="2024-02-29T08:00:00Z">').publishedOn).toBe('2024-02-29');
  });

  it('reads a title or author without NUL, control characters or unpaired surrogates', () => {
    const ld = (headline: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(headline)},"author":"A\\u0000B"}</script>`;
    expect(pageMetadata(ld('Bad\u0000title'))).toMatchObject({ title: 'Bad title', author: 'A B' });
    expect(pageMetadata(ld('Half \ud800 pair')).title).toBe('Half pair');
    // Nothing visible left: the next source of a title is read instead.
    expect(pageMetadata(`${ld('\u0000\u200b')}<title>Port raid</title>`).title).toBe('Port raid');
  });

  it('cuts a long title without leaving half of a surrogate pair', () => {
    const title = `${'a'.repeat(499)}😀 and more`;
    const read = pageMetadata(`<title>${title}</title>`).title!;
    expect(read).toBe('a'.repeat(499));
    expect(/[\ud800-\udfff]/.test(read)).toBe(false);
  });
});
