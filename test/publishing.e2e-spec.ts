import { Readable } from 'node:stream';
import FeedParser from 'feedparser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Entries as a feed reader sees them: feedparser gives `description` as HTML, which the reader renders. */
async function readFeed(xml: string): Promise<Array<{ title: string; shown: string; html: string }>> {
  const parser = new FeedParser({});
  const items: FeedParser.Item[] = [];
  parser.on('readable', () => {
    for (let item = parser.read(); item; item = parser.read()) items.push(item);
  });
  await new Promise<void>((resolve, reject) => {
    parser.on('end', resolve).on('error', reject);
    Readable.from([xml]).pipe(parser);
  });
  const rendered = (html: string) => DomUtils.textContent(parseDocument(html, { decodeEntities: true }));
  return items.map((item) => ({ title: rendered(item.title), shown: rendered(item.description), html: item.description }));
}

describe('publishing ClaimReviews and corrections', () => {
  let t: TestApp;
  let editor: { Authorization: string };
  let claim: { id: string; version: number };
  let supporting: object;
  let contradicting: object;

  beforeAll(async () => {
    t = await startTestApp({ env: { NEWSROOM_NAME: 'Example Desk', NEWSROOM_URL: 'https://desk.example.org', PUBLIC_URL: 'https://api.desk.example.org' } });
    editor = await t.auth('editor');
    const article = await t.http
      .post('/api/v1/articles')
      .set(editor)
      .send({ content: 'Europol said the two-day operation was led by Belgian prosecutors.', url: 'https://news.example.com/takedown', outlet: 'Example News', publishedOn: '2018-04-27' })
      .expect(201);
    const source = await t.http.post('/api/v1/articles').set(editor).send({ content: 'The operation was led by Belgian prosecutors. It was not led by French prosecutors.' }).expect(201);
    supporting = { articleId: source.body.id, start: 0, end: 44, stance: 'supports' };
    contradicting = { articleId: source.body.id, start: 46, end: 83, stance: 'contradicts' };
    const created = await t.http.post('/api/v1/claims').set(editor).send({ articleId: article.body.id, quote: { exact: 'the two-day operation was led by Belgian prosecutors' } }).expect(201);
    claim = created.body;
  });
  afterAll(() => t?.close());

  it('dates an empty corrections feed by when the desk began, not 1970, the same on every request', async () => {
    const first = await t.http.get('/corrections.atom').expect(200);
    const updated = /<updated>([^<]+)<\/updated>/.exec(first.text)![1];
    expect(Date.now() - Date.parse(updated)).toBeLessThan(10 * 60_000);
    expect((await t.http.get('/corrections.atom').expect(200)).text).toBe(first.text);
  });

  it('refuses to publish an undecided claim', async () => {
    const res = await t.http.post(`/api/v1/claims/${claim.id}/publish`).set(editor).expect(422);
    expect(res.body.type).toBe('/problems/not-decided');
  });

  it('publishes a decided claim as ClaimReview JSON-LD with every field, readable without a token', async () => {
    await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).send({ verdict: 'verified', note: 'Two reports agree.', citations: [supporting] }).expect(200);
    const published = await t.http.post(`/api/v1/claims/${claim.id}/publish`).set(editor).expect(200);
    expect(published.body.publishedAt).not.toBeNull();
    const res = await t.http.get(`/api/v1/claims/${claim.id}/claim-review`).expect(200);
    expect(res.body).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://api.desk.example.org/reviews/${claim.id}`,
      claimReviewed: 'the two-day operation was led by Belgian prosecutors',
      author: { '@type': 'Organization', name: 'Example Desk', url: 'https://desk.example.org' },
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'Verified' },
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'CreativeWork', url: 'https://news.example.com/takedown' },
        firstAppearance: { '@type': 'CreativeWork', url: 'https://news.example.com/takedown' },
        author: { '@type': 'Organization', name: 'Example News' },
        datePublished: '2018-04-27',
      },
    });
    expect(Date.parse(res.body.datePublished)).not.toBeNaN();
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const asked = await t.http.get(`/api/v1/claims/${claim.id}/claim-review`).set('Accept', 'application/ld+json').expect(200);
    expect(asked.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(asked.body).toEqual(res.body);
    const list = await t.http.get('/api/v1/claim-reviews').expect(200);
    expect(list.body.items.map((r: { url: string }) => r.url)).toEqual([res.body.url]);
  });

  it('treats changing a published verdict as a correction that needs a public note', async () => {
    const current = await t.http.get(`/api/v1/claims/${claim.id}`).set(editor).expect(200);
    const noNote = await t.http
      .put(`/api/v1/claims/${claim.id}/verdict`)
      .set(editor)
      .set('If-Match', current.headers.etag)
      .send({ verdict: 'disputed', citations: [contradicting], reason: 'Re-read the sources.' })
      .expect(422);
    expect(noNote.body.type).toBe('/problems/correction-note-required');
    // A note of zero-width characters would put an empty correction in the public feeds.
    const invisibleNote = await t.http
      .put(`/api/v1/claims/${claim.id}/verdict`)
      .set(editor)
      .set('If-Match', current.headers.etag)
      .send({ verdict: 'disputed', citations: [contradicting], reason: 'Re-read the sources.', correctionNote: '\u200b' })
      .expect(422);
    expect(invisibleNote.body.type).toBe('/problems/correction-note-required');
    await t.http
      .put(`/api/v1/claims/${claim.id}/verdict`)
      .set(editor)
      .set('If-Match', current.headers.etag)
      .send({ verdict: 'disputed', citations: [contradicting], reason: 'Re-read the sources.', correctionNote: 'We first rated this verified; a source contradicts it.' })
      .expect(200);
    const review = await t.http.get(`/api/v1/claims/${claim.id}/claim-review`).expect(200);
    expect(review.body.reviewRating.alternateName).toBe('Disputed');
  });

  it('lists the correction in JSON and Atom without a token, newest first', async () => {
    const json = await t.http.get('/api/v1/corrections').expect(200);
    expect(json.body.items).toHaveLength(1);
    expect(json.body.items[0]).toMatchObject({ claimId: claim.id, previousVerdict: 'verified', verdict: 'disputed', note: 'We first rated this verified; a source contradicts it.' });
    const atom = await t.http.get('/corrections.atom').expect(200);
    expect(atom.headers['content-type']).toContain('application/atom+xml');
    expect(atom.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(atom.text).toContain('We first rated this verified; a source contradicts it.');
    const history = await t.http.get(`/api/v1/claims/${claim.id}/history`).set(editor).expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual(['claim.created', 'verdict.decided', 'claim.published', 'verdict.corrected', 'correction.published']);
  });

  it('shows feed readers the literal characters of notes and claims, never markup', async () => {
    const tricky = await t.http.post('/api/v1/claims').set(editor).send({ text: 'Rates for A & B <i>differ</i> by 5 < 6.' }).expect(201);
    await t.http.put(`/api/v1/claims/${tricky.body.id}/verdict`).set(editor).send({ verdict: 'verified', citations: [supporting] }).expect(200);
    await t.http.post(`/api/v1/claims/${tricky.body.id}/publish`).set(editor).expect(200);
    const note = 'A & B <i>differ</i> <script>alert(1)</script> ]]> done';
    const current = await t.http.get(`/api/v1/claims/${tricky.body.id}`).set(editor).expect(200);
    await t.http
      .put(`/api/v1/claims/${tricky.body.id}/verdict`)
      .set(editor)
      .set('If-Match', current.headers.etag)
      .send({ verdict: 'disputed', citations: [contradicting], reason: 'Re-read.', correctionNote: note })
      .expect(200);
    const atom = await t.http.get('/corrections.atom').expect(200);
    const [entry] = await readFeed(atom.text);
    expect(entry.shown).toBe(note);
    expect(entry.title).toBe('Correction: “Rates for A & B <i>differ</i> by 5 < 6.” is now disputed (was verified)');
    expect(entry.html).not.toMatch(/<(i|script)>/);
  });

  it('leaks nothing unpublished through the public feeds', async () => {
    const other = await t.http.post('/api/v1/claims').set(editor).send({ text: 'An unpublished claim about Europol.' }).expect(201);
    const first = await t.http.put(`/api/v1/claims/${other.body.id}/verdict`).set(editor).send({ verdict: 'unsupported', note: 'internal note' }).expect(200);
    await t.http.put(`/api/v1/claims/${other.body.id}/verdict`).set(editor).set('If-Match', first.headers.etag).send({ verdict: 'verified', citations: [supporting], reason: 'changed' }).expect(200);
    await t.http.get(`/api/v1/claims/${other.body.id}/claim-review`).expect(404);
    const reviews = await t.http.get('/api/v1/claim-reviews').expect(200);
    const corrections = await t.http.get('/api/v1/corrections').expect(200);
    const atom = await t.http.get('/corrections.atom').expect(200);
    for (const body of [JSON.stringify(reviews.body), JSON.stringify(corrections.body), atom.text]) {
      expect(body).not.toContain('An unpublished claim');
      expect(body).not.toContain('internal note');
    }
  });

  it('answers a reader following a bad review link with an HTML 404 page, and a JSON client with problem+json', async () => {
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
    const unpublished = await t.http.post('/api/v1/claims').set(editor).send({ text: 'The raid was planned for two years.' }).expect(201);
    for (const id of [unpublished.body.id, '00000000-0000-4000-8000-000000000000']) {
      const page = await t.http.get(`/reviews/${id}`).set('Accept', browser).expect(404);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('private, no-store');
      expect(page.headers.vary).toMatch(/Accept/);
      const text = DomUtils.textContent(parseDocument(page.text));
      expect(text).toContain('No published fact check at this address');
      expect(text).not.toContain('/problems/not-found');
      const json = await t.http.get(`/reviews/${id}`).set('Accept', 'application/json').expect(404);
      expect(json.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(json.body.type).toBe('/problems/not-found');
      const any = await t.http.get(`/reviews/${id}`).set('Accept', '*/*').expect(404);
      expect(any.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    // A link cut short is as much a dead end for a reader.
    const cut = await t.http.get('/reviews/00000000-0000-4000').set('Accept', browser).expect(400);
    expect(cut.headers['content-type']).toMatch(/^text\/html/);
    expect((await t.http.get('/reviews/00000000-0000-4000').expect(400)).body.type).toBe('/problems/malformed-id');
  });

  it('serves a public review page with the ClaimReview JSON-LD, whose datePublished stays and whose dateModified dates the correction', async () => {
    // A claim that quotes markup must not end the JSON-LD script or add one.
    const created = await t.http.post('/api/v1/claims').set(editor).send({ text: 'Belgian prosecutors led it </script><script>alert(1)</script> & <!-- more.' }).expect(201);
    const id = created.body.id;
    await t.http.get(`/reviews/${id}`).expect(404);
    const decided = await t.http.put(`/api/v1/claims/${id}/verdict`).set(editor).send({ verdict: 'verified', note: 'Two reports agree & say so.', citations: [supporting] }).expect(200);
    await t.http.post(`/api/v1/claims/${id}/publish`).set(editor).set('If-Match', decided.headers.etag).expect(200);

    const jsonLdOf = (html: string) => {
      const scripts = DomUtils.getElementsByTagName('script', parseDocument(html).children);
      expect(scripts.map((s) => s.attribs.type)).toEqual(['application/ld+json']);
      return JSON.parse(DomUtils.textContent(scripts[0]));
    };
    const first = await t.http.get(`/reviews/${id}`).expect(200);
    expect(first.headers['content-type']).toMatch(/^text\/html/);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const before = jsonLdOf(first.text);
    expect(before).toMatchObject({ '@type': 'ClaimReview', url: `https://api.desk.example.org/reviews/${id}`, claimReviewed: created.body.text, reviewRating: { alternateName: 'Verified' } });
    expect(before).not.toHaveProperty('dateModified');
    const page = DomUtils.textContent(parseDocument(first.text));
    expect(page).toContain(created.body.text);
    expect(page).toContain('Rating: Verified');
    expect(page).toContain('Two reports agree & say so.');
    expect(page).toContain('The operation was led by Belgian prosecutors');
    // The cited article has no title and no outlet: named by its opening words, as rationales name it.
    expect(page).toContain('Supports the claim — "The operation was led by Belgian prosecutors."');
    expect(page).toContain('No corrections.');
    expect(DomUtils.getElementsByTagName('style', parseDocument(first.text).children)).toHaveLength(1);

    await new Promise((resolve) => setTimeout(resolve, 20));
    const current = await t.http.get(`/api/v1/claims/${id}`).set(editor).expect(200);
    await t.http
      .put(`/api/v1/claims/${id}/verdict`)
      .set(editor)
      .set('If-Match', current.headers.etag)
      .send({ verdict: 'disputed', citations: [contradicting], reason: 'Re-read.', correctionNote: 'We first rated this verified.' })
      .expect(200);
    const after = await t.http.get(`/reviews/${id}`).expect(200);
    const corrected = jsonLdOf(after.text);
    expect(corrected.datePublished).toBe(before.datePublished);
    expect(Date.parse(corrected.dateModified)).toBeGreaterThan(Date.parse(before.datePublished));
    expect(corrected.reviewRating.alternateName).toBe('Disputed');
    expect(DomUtils.textContent(parseDocument(after.text))).toContain('Verified → Disputed. We first rated this verified.');
    const api = await t.http.get(`/api/v1/claims/${id}/claim-review`).expect(200);
    expect(api.body).toEqual(corrected);
  });
});
