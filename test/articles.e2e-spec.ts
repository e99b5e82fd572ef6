import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

const FURNITURE = ['Advertisement', 'Sponsored content', 'AdChoices', 'Skip to main content', 'Click to play video', 'READ MORE', 'WATCH:', 'Page not found', 'Djokovic'];

describe('articles', () => {
  let t: TestApp;
  let editor: { Authorization: string };
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    editor = await t.auth('editor');
  });
  afterAll(() => t?.close());

  it('lists the five seed articles, each with extracted claims and none of the page furniture', async () => {
    const res = await t.http.get('/api/v1/articles').set(editor).expect(200);
    expect(res.body.items).toHaveLength(5);
    expect(res.body.nextCursor).toBeNull();
    for (const article of res.body.items) {
      expect(article.progress.total).toBeGreaterThan(0);
      const claims = await t.http.get(`/api/v1/articles/${article.id}/claims?limit=200`).set(editor).expect(200);
      expect(claims.body.items.length).toBe(article.progress.total);
      for (const claim of claims.body.items) {
        for (const junk of FURNITURE) expect(claim.text).not.toContain(junk);
      }
    }
  });

  it('keeps the original exactly and records every cleaning edit with offsets and reason', async () => {
    const list = await t.http.get('/api/v1/articles?q=crackdown').set(editor).expect(200);
    expect(list.body.items).toHaveLength(1);
    const res = await t.http.get(`/api/v1/articles/${list.body.items[0].id}`).set(editor).expect(200);
    const a = res.body;
    expect(a.original).toContain('Click to play video');
    expect(a.text).not.toContain('Click to play video');
    expect(a.text).toContain('said Monday. A four-day operation');
    const reasons = new Set(a.edits.map((e: { reason: string }) => e.reason));
    expect(reasons).toContain('advertisement');
    expect(reasons).toContain('video-embed');
    for (const e of a.edits) expect(a.sourceText.slice(e.start, e.end)).toBe(e.removed);
    expect(a.segments.some((s: { kind: string }) => s.kind === 'byline' || s.kind === 'caption')).toBe(true);
    expect(a.revision.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ingests HTML, keeping the markup as the original and extracting claims from the text', async () => {
    const html = '<html><body><nav>Home | World</nav><article><h1>Raid in Rotterdam</h1><p>Dutch police seized 14 servers in Rotterdam on 3 May 2024, prosecutors said.</p><div class="advertisement">Advertisement</div><p>The servers hosted 2,300 accounts.</p></article><script>track()</script></body></html>';
    const res = await t.http.post('/api/v1/articles').set(editor).send({ content: html, title: 'Raid' }).expect(201);
    expect(res.body.revision.format).toBe('html');
    expect(res.body.original).toBe(html);
    expect(res.body.text).toContain('Dutch police seized 14 servers in Rotterdam');
    expect(res.body.text).not.toContain('<p>');
    expect(res.body.text).not.toContain('track()');
    expect(res.body.progress.total).toBeGreaterThan(0);
  });

  it('reads the title, author and date of posted HTML from its markup when the request leaves them out', async () => {
    const page = '<html><head><title>Port raid | Harbour Courier</title><meta name="author" content="Marta Jansen"><meta property="article:published_time" content="2024-05-03T09:30:00+02:00"></head><body><p>Dutch police searched 14 warehouses in the port on Friday, prosecutors said.</p></body></html>';
    const read = await t.http.post('/api/v1/articles').set(editor).send({ content: page }).expect(201);
    expect(read.body).toMatchObject({ title: 'Port raid | Harbour Courier', author: 'Marta Jansen', publishedOn: '2024-05-03' });
    const given = await t.http.post('/api/v1/articles').set(editor).send({ content: page.replace('14', '15'), title: 'Given', publishedOn: '2024-05-04' }).expect(201);
    expect(given.body).toMatchObject({ title: 'Given', author: 'Marta Jansen', publishedOn: '2024-05-04' });
    const fragment = await t.http.post('/api/v1/articles').set(editor).send({ content: '<h1>Antwerp port  drug bust</h1><p>Belgian customs seized 11 tonnes of cocaine in Antwerp, prosecutors said.</p>', outlet: 'Flanders Post' }).expect(201);
    expect(fragment.body).toMatchObject({ title: 'Antwerp port drug bust', outlet: 'Flanders Post', author: null });
    const text = await t.http.post('/api/v1/articles').set(editor).send({ content: 'Antwerp port drug bust\n\nBelgian customs seized 12 tonnes of cocaine in Antwerp, prosecutors said.' }).expect(201);
    expect(text.body.title).toBeNull();
  });

  it('leaves out page metadata no field can hold instead of failing: an impossible date, NUL, half a surrogate pair', async () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Bad\u0000title', author: 'Half \ud800 pair' });
    const page = `<html><head><script type="application/ld+json">${ld}</script><meta property="article:published_time" content="2023-02-30"></head><body><p>Customs seized 9 tonnes of cocaine in Hamburg, prosecutors said.</p></body></html>`;
    const res = await t.http.post('/api/v1/articles').set(editor).send({ content: page }).expect(201);
    expect(res.body).toMatchObject({ title: 'Bad title', author: 'Half pair', publishedOn: null });
  });

  it('returns the existing article unchanged when the same URL and content are posted again', async () => {
    const body = { content: 'Europol said 26,000 items were referred to nine providers.', url: 'https://news.test/a1' };
    const first = await t.http.post('/api/v1/articles').set(editor).send(body).expect(201);
    const again = await t.http.post('/api/v1/articles').set(editor).send(body).expect(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.revision.id).toBe(first.body.revision.id);
  });

  it('makes a new revision when changed text is posted for the same URL, and old claims stay on the old revision', async () => {
    const url = 'https://news.test/a2';
    const first = await t.http.post('/api/v1/articles').set(editor).send({ content: 'The operation lasted two days, Europol said on Friday.', url }).expect(201);
    const second = await t.http.post('/api/v1/articles').set(editor).send({ content: 'The operation lasted three days, Europol said on Friday.', url }).expect(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.revision.number).toBe(2);
    expect(second.body.revisionCount).toBe(2);
    expect(second.body.revision.contentHash).not.toBe(first.body.revision.contentHash);
    const old = await t.http.get(`/api/v1/articles/${first.body.id}/revisions/${first.body.revision.id}`).set(editor).expect(200);
    expect(old.body.text).toContain('two days');
    const oldClaims = await t.http.get(`/api/v1/articles/${first.body.id}/claims?revisionId=${first.body.revision.id}`).set(editor).expect(200);
    const newClaims = await t.http.get(`/api/v1/articles/${first.body.id}/claims`).set(editor).expect(200);
    expect(oldClaims.body.items.every((c: { revisionId: string }) => c.revisionId === first.body.revision.id)).toBe(true);
    expect(newClaims.body.items.every((c: { revisionId: string }) => c.revisionId === second.body.revision.id)).toBe(true);
  });

  it('lets an editor undo a removal: a new revision keeps the restored text', async () => {
    const content = 'Advertisement\n\nPolice in Spain arrested one man on Nov. 21, officials said.';
    const created = await t.http.post('/api/v1/articles').set(editor).send({ content }).expect(201);
    const ad = created.body.edits.find((e: { reason: string }) => e.reason === 'advertisement');
    expect(ad).toBeDefined();
    const restored = await t.http.post(`/api/v1/articles/${created.body.id}/revisions`).set(editor).send({ restore: [{ start: ad.start, end: ad.end }] }).expect(201);
    expect(restored.body.text).toContain('Advertisement');
    expect(restored.body.restored).toEqual([{ start: ad.start, end: ad.end }]);
    const again = await t.http.post(`/api/v1/articles/${created.body.id}/revisions`).set(editor).send({ restore: [{ start: ad.start, end: ad.end }] }).expect(200);
    expect(again.body.revision.id).toBe(restored.body.revision.id);
    await t.http.post(`/api/v1/articles/${created.body.id}/revisions`).set(editor).send({ restore: [{ start: 0, end: 1 }] }).expect(400);
  });

  it('pages through articles with a cursor and rejects a forged cursor', async () => {
    const page1 = await t.http.get('/api/v1/articles?limit=2').set(editor).expect(200);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await t.http.get(`/api/v1/articles?limit=2&cursor=${page1.body.nextCursor}`).set(editor).expect(200);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[1].id);
    const bad = await t.http.get('/api/v1/articles?cursor=not-a-cursor').set(editor).expect(400);
    expect(bad.body.type).toBe('/problems/malformed-cursor');
  });

  it('answers 404 for an unknown article and 400 for a malformed id', async () => {
    const missing = await t.http.get('/api/v1/articles/00000000-0000-4000-8000-000000000000').set(editor).expect(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const malformed = await t.http.get('/api/v1/articles/123').set(editor).expect(400);
    expect(malformed.body.type).toBe('/problems/malformed-id');
  });

  it('rejects an article without content and changes nothing', async () => {
    const before = await t.http.get('/api/v1/articles?limit=200').set(editor);
    const res = await t.http.post('/api/v1/articles').set(editor).send({ title: 'empty' }).expect(400);
    expect(res.body.errors.some((e: { field: string }) => e.field === 'content')).toBe(true);
    const after = await t.http.get('/api/v1/articles?limit=200').set(editor);
    expect(after.body.items.length).toBe(before.body.items.length);
  });

  it('names each article as evidence names it: its title, else outlet and date, else its opening words', async () => {
    const text = 'Europol said the two-day operation against the propaganda outlet was led by Belgian prosecutors.';
    const titled = await t.http.post('/api/v1/articles').set(editor).send({ content: `${text} It lasted two days.`, title: 'Europol takedown', outlet: 'FRANCE 24' }).expect(201);
    expect(titled.body.name).toBe('Europol takedown');
    const untitled = await t.http.post('/api/v1/articles').set(editor).send({ content: text, format: 'text' }).expect(201);
    const opening = '"Europol said the two-day operation against the propaganda…"';
    expect(untitled.body.name).toBe(opening);

    const list = await t.http.get('/api/v1/articles?limit=200').set(editor).expect(200);
    const listed = (id: string) => list.body.items.find((a: { id: string }) => a.id === id)?.name;
    expect(listed(titled.body.id)).toBe('Europol takedown');
    expect(listed(untitled.body.id)).toBe(opening);
    expect((await t.http.get(`/api/v1/articles/${untitled.body.id}`).set(editor).expect(200)).body.name).toBe(opening);

    // The name follows the metadata: an outlet and date name an untitled article before its words do.
    const dated = await t.http.patch(`/api/v1/articles/${untitled.body.id}`).set(editor).send({ outlet: 'Reuters', publishedOn: '2018-04-05' }).expect(200);
    expect(dated.body.name).toBe('Reuters, 5 Apr 2018');
    const revision = await t.http.get(`/api/v1/articles/${untitled.body.id}/revisions/${untitled.body.revision.id}`).set(editor).expect(200);
    expect(revision.body.name).toBe('Reuters, 5 Apr 2018');
  });

  it('refuses a blank title, outlet or author (an article named "   " everywhere), on creation and correction', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM article`);
    for (const field of ['title', 'outlet', 'author']) {
      const res = await t.http.post('/api/v1/articles').set(editor).send({ content: 'Firefighters in Leuven rescued 12 people on Sunday.', [field]: '  \u200b ' }).expect(400);
      expect(res.body.detail).toContain(`${field} must not be blank`);
    }
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM article`)).toEqual(before);
    const article = (await t.http.get('/api/v1/articles?limit=1').set(editor).expect(200)).body.items[0];
    await t.http.patch(`/api/v1/articles/${article.id}`).set(editor).send({ title: '   ' }).expect(400);
    expect((await t.http.get(`/api/v1/articles/${article.id}`).set(editor).expect(200)).body.name).toBe(article.name);
  });

  it('finds articles by the words of their text in any form, and filters by claim progress on the server', async () => {
    const story = await t.http.post('/api/v1/articles').set(editor).send({ content: 'Teachers in Riverton walked out on Monday over a 3 percent pay offer, the union said.' }).expect(201);
    const source = await t.http.post('/api/v1/articles').set(editor).send({ content: 'The union said the Riverton pay offer was 2 percent, not 3 percent.', outlet: 'Riverton Gazette' }).expect(201);
    const ids = async (query: string) => (await t.http.get(`/api/v1/articles?${query}`).set(editor).expect(200)).body.items.map((a: { id: string }) => a.id);
    expect(await ids('q=teacher')).toEqual([story.body.id]);
    expect(await ids('q=riverton%20teachers')).toEqual([story.body.id]);
    expect(await ids('q=riverton')).toEqual([source.body.id, story.body.id]);
    expect(await ids('q=riverton%20tigers')).toEqual([]);
    // Stop words alone match no text ("was" and "not" are in the second story).
    expect(await ids('q=was%20not')).toEqual([]);

    const claims = (await t.http.get(`/api/v1/articles/${story.body.id}/claims`).set(editor).expect(200)).body.items;
    expect(claims.length).toBeGreaterThan(0);
    expect(await ids('q=riverton&progress=open')).toEqual([source.body.id, story.body.id]);
    expect(await ids('q=riverton&progress=checked')).toEqual([]);
    const [first, ...rest] = claims;
    await t.http.put(`/api/v1/claims/${first.id}/verdict`).set(editor).send({ verdict: 'disputed', note: 'The union’s own figure differs.', citations: [{ articleId: source.body.id, start: 0, end: 40, stance: 'contradicts' }] }).expect(200);
    for (const claim of rest) await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(editor).send({ verdict: 'unsupported', note: 'No source.', citations: [] }).expect(200);
    expect(await ids('q=riverton&progress=disputed')).toEqual([story.body.id]);
    expect(await ids('q=riverton&progress=checked')).toEqual([story.body.id]);
    expect(await ids('q=riverton&progress=open')).toEqual([source.body.id]);
    const bad = await t.http.get('/api/v1/articles?progress=finished').set(editor).expect(400);
    expect(bad.body.type).toBe('/problems/validation-failed');
  });
});
