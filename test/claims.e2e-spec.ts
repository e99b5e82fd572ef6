import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('claims', () => {
  let t: TestApp;
  let editor: { Authorization: string };
  let articleId: string;
  let text: string;
  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.auth('editor');
    const content =
      'Europol said the operation was led by Belgian prosecutors. The operation targeted Amaq.\n\n' +
      'Police in Canada seized servers. Police in Canada also seized data on 25 April 2018.';
    const res = await t.http.post('/api/v1/articles').set(editor).send({ content, title: 'Claims fixture' }).expect(201);
    articleId = res.body.id;
    text = res.body.text;
  });
  afterAll(() => t?.close());

  it('creates a claim from a quote and returns the same claim for the same span', async () => {
    const quote = { exact: 'led by Belgian prosecutors' };
    const first = await t.http.post('/api/v1/claims').set(editor).send({ articleId, quote }).expect(201);
    expect(first.body.origin).toBe('editor');
    expect(first.body.selector.position.start).toBe(text.indexOf(quote.exact));
    expect(first.body.selector.quote.exact).toBe(quote.exact);
    expect(first.body.selector.quote.prefix).toBe(text.slice(Math.max(0, text.indexOf(quote.exact) - 32), text.indexOf(quote.exact)));
    const again = await t.http.post('/api/v1/claims').set(editor).send({ articleId, position: first.body.selector.position }).expect(200);
    expect(again.body.id).toBe(first.body.id);
  });

  it('creates a claim from a position in UTF-16 code units', async () => {
    const start = text.indexOf('The operation targeted Amaq.');
    const res = await t.http.post('/api/v1/claims').set(editor).send({ articleId, position: { start, end: start + 28 } });
    expect([200, 201]).toContain(res.status);
    expect(res.body.text).toBe('The operation targeted Amaq.');
  });

  it('uses prefix or suffix to pick one of several occurrences and says when a quote is ambiguous', async () => {
    const ambiguous = await t.http.post('/api/v1/claims').set(editor).send({ articleId, quote: { exact: 'Police in Canada' } }).expect(422);
    expect(ambiguous.body.type).toBe('/problems/quote-ambiguous');
    const picked = await t.http.post('/api/v1/claims').set(editor).send({ articleId, quote: { exact: 'Police in Canada', suffix: ' also' } }).expect(201);
    expect(picked.body.selector.position.start).toBe(text.lastIndexOf('Police in Canada'));
  });

  it('answers 422 with a clear message for a quote that is not in the article', async () => {
    const res = await t.http.post('/api/v1/claims').set(editor).send({ articleId, quote: { exact: 'led by French prosecutors' } }).expect(422);
    expect(res.body.type).toBe('/problems/quote-not-found');
    expect(res.body.detail).toContain('led by French prosecutors');
  });

  it('answers 422 for a position outside the text', async () => {
    const res = await t.http.post('/api/v1/claims').set(editor).send({ articleId, position: { start: 5, end: 100_000 } }).expect(422);
    expect(res.body.type).toBe('/problems/span-out-of-range');
  });

  it('answers 422 span-out-of-range for a position inside an emoji, and never stores half of one', async () => {
    // An emoji is two UTF-16 code units; "e" + U+0301 is a combining sequence of two single units.
    // 31 units between 🎉 and "Brussels": a 32-unit prefix of "Brussels" would start on 🎉's low half.
    const content = `Cafe\u0301 owners said 😀 prices rose by 10 percent. 🎉${'x'.repeat(30)} Brussels agreed.`;
    const article = await t.http.post('/api/v1/articles').set(editor).send({ content, title: 'Emoji fixture' }).expect(201);
    const body: string = article.body.text;
    const smile = body.indexOf('😀');
    const inside = await t.http.post('/api/v1/claims').set(editor).send({ articleId: article.body.id, position: { start: smile + 1, end: smile + 12 } }).expect(422);
    expect(inside.body.type).toBe('/problems/span-out-of-range');
    expect(inside.body.detail).toContain(`offset ${smile + 1} splits a surrogate pair`);
    const endInside = await t.http.post('/api/v1/claims').set(editor).send({ articleId: article.body.id, position: { start: 0, end: smile + 1 } }).expect(422);
    expect(endInside.body.detail).toContain('surrogate pair');

    const brussels = body.indexOf('Brussels');
    expect(body.slice(brussels - 33, brussels - 31)).toBe('🎉');
    const claim = await t.http.post('/api/v1/claims').set(editor).send({ articleId: article.body.id, position: { start: brussels, end: brussels + 8 } }).expect(201);
    expect(claim.body.selector.quote.prefix).toBe(`${'x'.repeat(30)} `);

    // Around a combining accent every offset is valid text, so a span ending before it is accepted.
    const accent = body.indexOf('\u0301');
    expect(accent).toBeGreaterThan(0);
    const cafe = await t.http.post('/api/v1/claims').set(editor).send({ articleId: article.body.id, position: { start: 0, end: accent + 1 } }).expect(201);
    expect(cafe.body.text).toBe('Cafe\u0301');
  });

  it('creates a standalone claim an editor types', async () => {
    const res = await t.http.post('/api/v1/claims').set(editor).send({ text: 'Europol is based in The Hague.' }).expect(201);
    expect(res.body.articleId).toBeNull();
    expect(res.body.selector).toBeNull();
    expect(res.body.status).toBe('open');
  });

  it('sends a created claim’s version as its ETag, so it can be decided with If-Match straight away', async () => {
    const created = await t.http.post('/api/v1/claims').set(editor).send({ text: 'Europol has 1,000 staff in The Hague.' }).expect(201);
    expect(created.headers.etag).toBe(`"${created.body.version}"`);
    const again = await t.http.post('/api/v1/claims').set(editor).send({ articleId, quote: { exact: 'The operation targeted Amaq.' } });
    expect(again.headers.etag).toBe(`"${again.body.version}"`);
    await t.http.put(`/api/v1/claims/${created.body.id}/verdict`).set(editor).set('If-Match', created.headers.etag).send({ verdict: 'unsupported', note: 'No source yet.', citations: [] }).expect(200);
  });

  it('refuses a standalone claim whose text is blank or invisible, and stores nothing', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM claim`);
    for (const text of ['     ', '\u200b\u200f\u202e\u200b', ' \t\n \u00a0 ']) {
      const res = await t.http.post('/api/v1/claims').set(editor).send({ text }).expect(400);
      expect(res.body.type).toBe('/problems/validation-failed');
      expect(res.body.detail).toContain('text must not be blank');
    }
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM claim`)).toEqual(before);
  });

  it('rejects a request that mixes selector forms or names no article', async () => {
    await t.http.post('/api/v1/claims').set(editor).send({ articleId, quote: { exact: 'Amaq' }, text: 'x y z' }).expect(400);
    await t.http.post('/api/v1/claims').set(editor).send({ quote: { exact: 'Amaq' } }).expect(400);
    await t.http.post('/api/v1/claims').set(editor).send({ articleId: '00000000-0000-4000-8000-000000000000', quote: { exact: 'Amaq' } }).expect(404);
  });

  it('filters the claim list by article, status and text, with cursor pagination', async () => {
    const byArticle = await t.http.get(`/api/v1/claims?articleId=${articleId}&limit=200`).set(editor).expect(200);
    expect(byArticle.body.items.length).toBeGreaterThan(2);
    expect(byArticle.body.items.every((c: { articleId: string }) => c.articleId === articleId)).toBe(true);
    const byText = await t.http.get('/api/v1/claims?q=belgian').set(editor).expect(200);
    expect(byText.body.items.length).toBeGreaterThan(0);
    expect(byText.body.items.every((c: { text: string }) => /belgian/i.test(c.text))).toBe(true);
    const open = await t.http.get('/api/v1/claims?status=verified').set(editor).expect(200);
    expect(open.body.items).toEqual([]);
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const res: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await t.http.get(`/api/v1/claims?limit=2${cursor ? `&cursor=${cursor}` : ''}`).set(editor).expect(200);
      for (const c of res.body.items) {
        expect(seen.has(c.id)).toBe(false);
        seen.add(c.id);
      }
      cursor = res.body.nextCursor;
    } while (cursor);
    const all = await t.http.get('/api/v1/claims?limit=200').set(editor).expect(200);
    expect(seen.size).toBe(all.body.items.length);
    await t.http.get('/api/v1/claims?status=maybe').set(editor).expect(400);
  });

  it('returns a claim with its version as ETag, and its history', async () => {
    const list = await t.http.get(`/api/v1/articles/${articleId}/claims`).set(editor).expect(200);
    const claim = list.body.items[0];
    const res = await t.http.get(`/api/v1/claims/${claim.id}`).set(editor).expect(200);
    expect(res.headers.etag).toBe(`"${claim.version}"`);
    const history = await t.http.get(`/api/v1/claims/${claim.id}/history`).set(editor).expect(200);
    expect(history.body[0].action).toBe('claim.created');
    await t.http.get('/api/v1/claims/00000000-0000-4000-8000-000000000000/history').set(editor).expect(404);
  });
});
