import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

const article = (n: number) => ({
  content: `Police in Rotterdam seized ${n + 10} servers on 3 May 2024, the prosecutor's office said.\n\nThe servers hosted ${n + 2000} accounts, Europol said.`,
  url: `https://batch.test/story-${n}`,
  title: `Story ${n}`,
});

describe('batch ingest', () => {
  let t: TestApp;
  let editor: { Authorization: string };
  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.auth('editor');
  });
  afterAll(() => t?.close());

  it('answers one result per item in order, and a bad item does not undo the good ones', async () => {
    const items = [article(1), { content: '   \n\n  ', url: 'https://batch.test/empty' }, { content: 'x', publishedOn: 'yesterday' }, article(2)];
    const res = await t.http.post('/api/v1/articles/batch').set(editor).send({ items }).expect(200);
    expect(res.body.results.map((r: { index: number; status: number }) => [r.index, r.status])).toEqual([[0, 201], [1, 422], [2, 400], [3, 201]]);
    expect(res.body.results[1].problem.type).toBe('/problems/empty-article');
    expect(res.body.results[2].problem.type).toBe('/problems/validation-failed');
    expect(res.body).toMatchObject({ created: 2, unchanged: 0, failed: 2 });
    expect(res.body.results[0].claims).toBeGreaterThan(0);

    const stored = await t.http.get(`/api/v1/articles/${res.body.results[3].id}`).set(editor).expect(200);
    expect(stored.body.url).toBe('https://batch.test/story-2');
    const empty = await t.dataSource.query(`SELECT count(*)::int AS n FROM article WHERE url = 'https://batch.test/empty'`);
    expect(empty[0].n).toBe(0);
    const audit = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'article.created' AND entity_id = ANY($1)`, [[res.body.results[0].id, res.body.results[3].id]]);
    expect(audit[0].n).toBe(2);
  });

  it('is idempotent per item: by URL and content hash, and by content alone without a URL', async () => {
    const noUrl = { content: 'Customs officers found 2.3 tonnes of cocaine in Antwerp on 12 March 2023, the ministry said.' };
    const first = await t.http.post('/api/v1/articles/batch').set(editor).send({ items: [article(3), noUrl] }).expect(200);
    expect(first.body.results.map((r: { status: number }) => r.status)).toEqual([201, 201]);
    const changed = { ...article(4), url: article(3).url };
    const again = await t.http.post('/api/v1/articles/batch').set(editor).send({ items: [article(3), noUrl, changed] }).expect(200);
    expect(again.body.results.map((r: { status: number }) => r.status)).toEqual([200, 200, 201]);
    expect(again.body.results[0].id).toBe(first.body.results[0].id);
    expect(again.body.results[1].id).toBe(first.body.results[1].id);
    expect(again.body.results[2]).toMatchObject({ id: first.body.results[0].id, revisionNumber: 2 });
  });

  it('answers 200 with the article sent before without a URL when the same content comes with a URL it does not know, alone or in a batch', async () => {
    const content = 'Divers recovered 31 crates of stolen bronze from the Scheldt near Antwerp on 4 April 2024, the police said.';
    const urlLess = await t.http.post('/api/v1/articles').set(editor).send({ content }).expect(201);
    const single = await t.http.post('/api/v1/articles').set(editor).send({ content, url: 'https://batch.test/bronze' }).expect(200);
    expect(single.body).toMatchObject({ id: urlLess.body.id, revision: { id: urlLess.body.revision.id } });
    const batch = await t.http.post('/api/v1/articles/batch').set(editor).send({ items: [{ content, url: 'https://batch.test/bronze-2' }] }).expect(200);
    expect(batch.body).toMatchObject({ created: 0, unchanged: 1 });
    expect(batch.body.results[0]).toMatchObject({ status: 200, id: urlLess.body.id, revisionNumber: 1 });
    const copies = await t.dataSource.query(`SELECT a.id, a.url FROM article a JOIN revision r ON r.id = a.current_revision_id WHERE r.content_hash = $1`, [urlLess.body.revision.contentHash]);
    expect(copies).toEqual([{ id: urlLess.body.id, url: null }]);
    // Different content under a new URL is a new article, as before.
    await t.http.post('/api/v1/articles').set(editor).send({ content: `${content} Two men were arrested.`, url: 'https://batch.test/bronze' }).expect(201);
  });

  it('writes items naming the same article in request order, also with writes in flight on a server: the last is current, and one copy is made', async () => {
    const story = (n: number) => `Police in Ghent held ${n} men on 2 May 2024 after a raid on a warehouse, prosecutors said.`;
    const url = 'https://batch.test/ghent';
    const items = [
      article(10),
      ...[1, 2, 3, 4].map((n) => ({ content: story(n), url })),
      { content: story(50) },
      { content: story(50) },
      { content: story(50) },
      { content: story(50), url: 'https://batch.test/ghent-copy' },
    ];
    const res = await t.http.post('/api/v1/articles/batch').set(editor).send({ items }).expect(200);
    expect(res.body.results.map((r: { status: number; revisionNumber: number }) => [r.status, r.revisionNumber])).toEqual([
      [201, 1], [201, 1], [201, 2], [201, 3], [201, 4], [201, 1], [200, 1], [200, 1], [200, 1],
    ]);
    const revisions = await t.dataSource.query(`SELECT r.number, r.original FROM article a JOIN revision r ON r.article_id = a.id WHERE a.url = $1 ORDER BY r.number`, [url]);
    expect(revisions.map((r: { original: string }) => r.original)).toEqual([1, 2, 3, 4].map(story));
    const copies = new Set(res.body.results.slice(5).map((r: { id: string }) => r.id));
    expect(copies.size).toBe(1);
  });

  it('makes one article of the same URL-less content sent by two batches at once (on a server too): the second answers 200 with it, as a repeat does', async () => {
    // A few rounds: on a server, two writes of one content at once each found no article and each made one.
    for (let round = 0; round < 4; round++) {
      const item = { content: `Harbour police in Ghent seized ${round + 40} jet skis on 9 June 2024, the city said.` };
      const answers = await Promise.all([0, 1].map(() => t.http.post('/api/v1/articles/batch').set(editor).send({ items: [item] }).expect(200)));
      const results = answers.map((a) => a.body.results[0]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 201]);
      expect(results[1].id).toBe(results[0].id);
      const copies = await t.dataSource.query(`SELECT count(*)::int AS n FROM article a JOIN revision r ON r.id = a.current_revision_id WHERE r.content_hash = $1`, [results[0].contentHash]);
      expect(copies[0].n).toBe(1);
    }
  });

  it('takes NDJSON, one article a line', async () => {
    const body = [article(5), article(6)].map((a) => JSON.stringify(a)).join('\n') + '\n';
    const res = await t.http.post('/api/v1/articles/batch').set(editor).set('Content-Type', 'application/x-ndjson').send(body).expect(200);
    expect(res.body.results.map((r: { status: number }) => r.status)).toEqual([201, 201]);
  });

  it('refuses an NDJSON body with a line that is not JSON, naming the line, and writes nothing', async () => {
    const body = `${JSON.stringify(article(7))}\n{not json\n`;
    const res = await t.http.post('/api/v1/articles/batch').set(editor).set('Content-Type', 'application/x-ndjson').send(body).expect(400);
    expect(res.body.type).toBe('/problems/malformed-json');
    expect(res.body.detail).toContain('Line 2');
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM article WHERE url = $1`, [article(7).url]);
    expect(rows[0].n).toBe(0);
  });

  it('refuses more than 500 items and viewers', async () => {
    const items = Array.from({ length: 501 }, () => ({ content: 'x' }));
    const res = await t.http.post('/api/v1/articles/batch').set(editor).send({ items }).expect(400);
    expect(res.body.type).toBe('/problems/validation-failed');
    await t.http.post('/api/v1/articles/batch').set(await t.auth('viewer')).send({ items: [article(8)] }).expect(403);
  });

  it('answers 422 empty-article for a single article with nothing left after cleaning, and stores nothing', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM article`);
    const res = await t.http.post('/api/v1/articles').set(editor).send({ content: '<nav>Home | World</nav><div class="advertisement">Advertisement</div>' }).expect(422);
    expect(res.body.type).toBe('/problems/empty-article');
    await t.http.post('/api/v1/articles').set(editor).send({ content: ' \n\t ' }).expect(422);
    const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM article`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers 422 empty-article for content of invisible marks only (zero-width spaces, a byte-order mark), alone, in a batch and as a revision', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM article`);
    const invisible = '\u200b\u200b\u2060\ufeff';
    const single = await t.http.post('/api/v1/articles').set(editor).send({ content: invisible }).expect(422);
    expect(single.body.type).toBe('/problems/empty-article');
    const html = await t.http.post('/api/v1/articles').set(editor).send({ content: '<p>&#8203;\u200c</p>', format: 'html' }).expect(422);
    expect(html.body.type).toBe('/problems/empty-article');
    const batch = await t.http.post('/api/v1/articles/batch').set(editor).send({ items: [{ content: invisible, url: 'https://batch.test/invisible' }] }).expect(200);
    expect(batch.body.results[0]).toMatchObject({ status: 422, problem: { type: '/problems/empty-article' } });
    const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM article`);
    expect(after[0].n).toBe(before[0].n);
    const created = await t.http.post('/api/v1/articles').set(editor).send({ content: article(9).content }).expect(201);
    const revision = await t.http.post(`/api/v1/articles/${created.body.id}/revisions`).set(editor).send({ content: invisible }).expect(422);
    expect(revision.body.type).toBe('/problems/empty-article');
  });
});
