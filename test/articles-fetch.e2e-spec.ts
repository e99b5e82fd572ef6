import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

const NEWS_PAGE = `<!doctype html><html><head>
<title>Port raid | The Harbour Courier</title>
<meta property="og:title" content="Police raid port warehouses in Rotterdam">
<meta property="article:published_time" content="2024-05-03T09:30:00+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Police raid port warehouses in Rotterdam","datePublished":"2024-05-03T09:30:00+02:00","author":[{"@type":"Person","name":"Marta Jansen"}]}</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<div class="ad-slot advertisement">Advertisement: Cheap flights to Lisbon from 19 euros</div>
<main><article>
<h1>Police raid port warehouses in Rotterdam</h1>
<p class="byline">By Marta Jansen</p>
<p>Dutch police searched 14 warehouses in the port of Rotterdam on Friday and seized 2.3 tonnes of cocaine hidden in banana crates, the public prosecutor's office said.</p>
<figure><img src="/crates.jpg" alt=""><figcaption>Customs officers unload crates at the Maasvlakte terminal. (Photo: Harbour Courier)</figcaption></figure>
<p>Eight people were arrested, among them two dock workers, prosecutors said. The raid followed a two-year investigation with Belgian and Colombian police.</p>
<p>The port handled 439 million tonnes of cargo last year, making it the largest port in Europe, according to the port authority.</p>
<aside class="related-stories"><h3>Related stories</h3><ul><li><a href="/a">Antwerp seizes record haul</a></li><li><a href="/b">Football club signs new striker</a></li></ul></aside>
</article></main>
<footer>© 2024 The Harbour Courier. All rights reserved. Privacy | Cookies</footer>
</body></html>`;

describe('articles fetched by URL', () => {
  let t: TestApp;
  let server: Server;
  let base: string;
  let editor: { Authorization: string };
  let closedPort: number;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/news/raid') return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(NEWS_PAGE);
      if (req.url === '/news/published-by') return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(NEWS_PAGE.replace('"author":[', '"publisher":{"@type":"Organization","name":"The Harbour Courier"},"author":['));
      if (req.url === '/news/site-name') return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(NEWS_PAGE.replace('<title>', '<meta property="og:site_name" content="Harbour Courier Online"><title>').replace('Rotterdam on Friday', 'Rotterdam on Thursday'));
      if (req.url === '/hop') return void res.writeHead(302, { Location: '/news/raid' }).end();
      if (req.url === '/to-metadata') return void res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (req.url === '/to-private') return void res.writeHead(301, { Location: 'http://10.1.2.3/admin' }).end();
      if (req.url === '/logo.png') return void res.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      if (req.url === '/loop') return void res.writeHead(302, { Location: '/loop' }).end();
      if (req.url === '/to-nowhere') return void res.writeHead(302, { Location: 'http://[fe80::1%eth0]/' }).end();
      if (req.url === '/nul') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<title>Null\u0000byte</title><p>Dutch police searched 14 warehouses\u0000 in the port on Friday, prosecutors said.</p>');
      res.writeHead(404, { 'Content-Type': 'text/html' }).end('<p>Not here</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    base = `http://127.0.0.1:${port}`;
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
    closedPort = (spare.address() as AddressInfo).port;
    await new Promise((resolve) => spare.close(resolve));
    t = await startTestApp({ env: { FETCH_ALLOWED_HOSTS: `127.0.0.1:${port}, 127.0.0.1:${closedPort}` } });
    editor = await t.auth('editor');
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('fetches the page, keeps its HTML as the original and extracts clean text and metadata', async () => {
    const url = `${base}/news/raid`;
    const res = await t.http.post('/api/v1/articles').set(editor).send({ url, outlet: 'The Harbour Courier' }).expect(201);
    expect(res.body).toMatchObject({ url, title: 'Police raid port warehouses in Rotterdam', author: 'Marta Jansen', publishedOn: '2024-05-03', outlet: 'The Harbour Courier' });
    expect(res.body.original).toBe(NEWS_PAGE);
    expect(res.body.revision.format).toBe('page');
    expect(res.body.text).toContain('Dutch police searched 14 warehouses in the port of Rotterdam on Friday');
    expect(res.body.text).toContain('the largest port in Europe');
    for (const junk of ['Cheap flights', 'Home', 'Related stories', 'Football club', 'All rights reserved']) expect(res.body.text).not.toContain(junk);
    const claims = await t.http.get(`/api/v1/articles/${res.body.id}/claims`).set(editor).expect(200);
    expect(claims.body.items.length).toBeGreaterThan(0);
    for (const claim of claims.body.items) expect(claim.text).not.toMatch(/Customs officers unload|Photo:|Cheap flights/);
  });

  it('takes the outlet from the page’s JSON-LD publisher or og:site_name when the request gives none', async () => {
    const ld = await t.http.post('/api/v1/articles').set(editor).send({ url: `${base}/news/published-by` }).expect(201);
    expect(ld.body).toMatchObject({ outlet: 'The Harbour Courier', author: 'Marta Jansen', title: 'Police raid port warehouses in Rotterdam' });
    const og = await t.http.post('/api/v1/articles').set(editor).send({ url: `${base}/news/site-name` }).expect(201);
    expect(og.body.outlet).toBe('Harbour Courier Online');
  });

  it('follows a redirect on an allowed host, and a second fetch of an unchanged page changes nothing', async () => {
    const res = await t.http.post('/api/v1/articles').set(editor).send({ url: `${base}/hop` }).expect(201);
    expect(res.body.text).toContain('2.3 tonnes of cocaine');
    await t.http.post('/api/v1/articles').set(editor).send({ url: `${base}/hop` }).expect(200);
  });

  it('refuses loopback addresses that are not listed, and redirects into private or metadata ranges', async () => {
    const port = Number(new URL(base).port);
    for (const url of [`http://127.0.0.1:${port + 1}/news/raid`, `http://127.0.0.2:${port}/news/raid`, `http://[::1]:${port}/news/raid`, `http://localhost:${port}/news/raid`, `${base}/to-metadata`, `${base}/to-private`]) {
      const res = await t.http.post('/api/v1/articles').set(editor).send({ url }).expect(422);
      expect(res.body.type, url).toBe('/problems/url-not-allowed');
    }
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM article WHERE url LIKE '%to-metadata' OR url LIKE '%to-private'`);
    expect(rows[0].n).toBe(0);
  });

  it('answers a clear 422 for a page that is not HTML, missing, unreachable or redirecting forever', async () => {
    const cases: Array<[string, RegExp]> = [
      [`${base}/logo.png`, /image\/png, not an HTML page/],
      [`${base}/missing`, /answered 404/],
      [`${base}/loop`, /more than 5 redirects/],
      [`${base}/to-nowhere`, /redirects to "http:\/\/\[fe80::1%eth0\]\/", which is not a URL/],
      [`http://127.0.0.1:${closedPort}/news`, /connection was refused/],
    ];
    for (const [url, detail] of cases) {
      const res = await t.http.post('/api/v1/articles').set(editor).send({ url }).expect(422);
      expect(res.body.type).toBe('/problems/fetch-failed');
      expect(res.body.detail).toMatch(detail);
    }
  });

  it('fetches batch items that carry only a URL, each with its own result', async () => {
    const res = await t.http.post('/api/v1/articles/batch').set(editor).send({ items: [{ url: `${base}/news/raid` }, { url: `${base}/to-private` }] }).expect(200);
    expect(res.body.results.map((r: { status: number }) => r.status)).toEqual([200, 422]);
    expect(res.body.results[1].problem.type).toBe('/problems/url-not-allowed');
  });

  it('takes a host without a dot (an intranet CMS) as a URL and leaves the decision to the address guard', async () => {
    // Read as a URL, not refused as malformed: an unlisted name that resolves nowhere is a fetch failure.
    const res = await t.http.post('/api/v1/articles').set(editor).send({ url: 'http://factdesk-no-such-cms.invalid/a' }).expect(422);
    expect(res.body.type).toBe('/problems/fetch-failed');
    const bare = await t.http.post('/api/v1/articles').set(editor).send({ url: 'http://factdesk-no-such-cms:8080/a' });
    expect(bare.status).toBe(422);
    // isURL takes these, Node's URL parser does not (an invalid punycode label, a zone id): still a 400, not a 500.
    for (const url of ['ftp://cms/a', 'cms/a', 'http://', 'http://⒈a/', 'http://[fe80::1%eth0]/']) {
      const bad = await t.http.post('/api/v1/articles').set(editor).send({ url }).expect(400);
      expect(bad.body.detail, url).toMatch(/absolute http or https URL/);
    }
  });

  it('stores a fetched page with NUL bytes, read as U+FFFD as an HTML parser reads them', async () => {
    const res = await t.http.post('/api/v1/articles').set(editor).send({ url: `${base}/nul` }).expect(201);
    expect(res.body.title).toBe('Null byte');
    expect(res.body.original).not.toContain('\u0000');
    expect(res.body.original).toContain('warehouses\uFFFD in the port');
  });

  it('says once what is wrong with a value that is neither a URL nor one Node parses', async () => {
    // isURL and URL.canParse both refuse these; the reader should still see the sentence once.
    for (const url of ['not a url', 'ftp://cms/a']) {
      const res = await t.http.post('/api/v1/articles').set(editor).send({ url }).expect(400);
      expect(res.body.detail, url).toBe('url: url must be an absolute http or https URL');
      expect(res.body.errors, url).toEqual([{ field: 'url', messages: ['url must be an absolute http or https URL'] }]);
    }
  });

  it('needs content or a URL', async () => {
    const res = await t.http.post('/api/v1/articles').set(editor).send({ title: 'Nothing' }).expect(400);
    expect(res.body.type).toBe('/problems/validation-failed');
    await t.http.post('/api/v1/articles').set(editor).send({ url: null }).expect(400);
  });
});
