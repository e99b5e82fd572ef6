import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

// Claims already checked (issue 17): a claim that reappears elsewhere finds the desk's earlier decision.

describe('claims already checked', () => {
  let t: TestApp;
  let editor: { Authorization: string };
  let source: { id: string; text: string };

  const article = async (content: string, outlet: string, title: string | null = `${outlet} report`) => (await t.http.post('/api/v1/articles').set(editor).send({ content, outlet, title: title ?? undefined }).expect(201)).body;
  const claimOn = async (a: { id: string }, exact: string) => (await t.http.post('/api/v1/claims').set(editor).send({ articleId: a.id, quote: { exact } }).expect((r) => expect([200, 201]).toContain(r.status))).body;
  const verify = async (claim: { id: string; version: number }, exact: string) => {
    const start = source.text.indexOf(exact);
    return (
      await t.http
        .put(`/api/v1/claims/${claim.id}/verdict`)
        .set(editor)
        .send({ verdict: 'verified', note: 'Port records agree.', citations: [{ articleId: source.id, start, end: start + exact.length, stance: 'supports' }] })
        .expect(200)
    ).body;
  };
  const related = async (id: string) => (await t.http.get(`/api/v1/claims/${id}/related`).set(editor).expect(200)).body.items as Array<{ claim: { id: string; verdict: { citations: unknown[] } }; article: { outlet: string; name: string } | null; similarity: number }>;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.auth('editor');
    source = await article('Port records show that 40 ships docked in March. The harbour authority runs 12 cranes.', 'Port Gazette');
  });
  afterAll(() => t?.close());

  it('links a claim in a newly ingested article to the earlier decision, which it can take in one step', async () => {
    // Untitled: named as rationales name it, by its outlet.
    const first = await article('The harbour authority said 40 ships docked in March. Trade rose.', 'Daily Tide', null);
    const earlier = await verify(await claimOn(first, 'The harbour authority said 40 ships docked in March.'), '40 ships docked in March');

    // The same fact, reported by another outlet with other attribution, arrives later and is extracted.
    const later = await article('According to the harbour authority, 40 ships docked in March. Fishermen were not surprised.', 'Evening Wharf');
    const claims = (await t.http.get(`/api/v1/articles/${later.id}/claims`).set(editor).expect(200)).body.items as Array<{ id: string; text: string; version: number }>;
    const repeat = claims.find((c) => c.text.includes('40 ships docked in March'));
    expect(repeat, JSON.stringify(claims.map((c) => c.text))).toBeDefined();

    const links = await related(repeat!.id);
    expect(links.map((l) => l.claim.id)).toEqual([earlier.id]);
    expect(links[0].article?.outlet).toBe('Daily Tide');
    expect(links[0].article?.name).toBe('Daily Tide');
    expect(links[0].claim.verdict.citations).toHaveLength(1);

    // Apply the same verdict: the earlier verdict's citations, pinned to the revisions it read.
    const citations = (links[0].claim.verdict.citations as Array<Record<string, unknown>>).map(({ articleId, revisionId, start, end, stance }) => ({ articleId, revisionId, start, end, stance }));
    const applied = await t.http
      .put(`/api/v1/claims/${repeat!.id}/verdict`)
      .set(editor)
      .send({ verdict: 'verified', note: `Already checked: claim ${earlier.id}.`, citations })
      .expect(200);
    expect(applied.body.status).toBe('verified');
    // And the link is mutual once both are decided.
    expect((await related(earlier.id)).map((l) => l.claim.id)).toEqual([repeat!.id]);
  });

  it('links a repeat whose attribution describes the same source at more length, not one naming another source', async () => {
    const first = await article('The ferry line carries 900 passengers a day, according to the Port Board.', 'Quay Times');
    const earlier = await verify(await claimOn(first, 'The ferry line carries 900 passengers a day, according to the Port Board.'), 'The harbour authority runs 12 cranes');
    const later = await article('The ferry line carries 900 passengers a day, according to a statement from the Dutch regulator Port Board.', 'Canal Post');
    const repeat = await claimOn(later, 'The ferry line carries 900 passengers a day, according to a statement from the Dutch regulator Port Board.');
    expect((await related(repeat.id)).map((l) => l.claim.id)).toContain(earlier.id);
    const other = await article('The ferry line carries 900 passengers a day, according to the Dutch regulator Rijkswaterstaat.', 'Dyke News');
    const another = await claimOn(other, 'The ferry line carries 900 passengers a day, according to the Dutch regulator Rijkswaterstaat.');
    expect((await related(another.id)).map((l) => l.claim.id)).not.toContain(earlier.id);
  });

  it('never links a near-repeat with a different number, date or name, nor an undecided claim or one of the same article', async () => {
    const first = await article('The harbour authority runs 12 cranes. Dock workers went on strike on 3 May 2024. Norwegian tankers were refused.', 'Daily Tide');
    await verify(await claimOn(first, 'The harbour authority runs 12 cranes.'), 'The harbour authority runs 12 cranes');
    const sameArticle = await claimOn(first, 'Dock workers went on strike on 3 May 2024.');
    await verify(sameArticle, '40 ships docked in March');
    await verify(await claimOn(first, 'Norwegian tankers were refused.'), '40 ships docked in March');

    const other = await article('The harbour authority runs 14 cranes. Dock workers went on strike on 4 May 2024. Danish tankers were refused. The harbour authority runs 12 cranes.', 'Evening Wharf');
    for (const [exact, linked] of [
      ['The harbour authority runs 14 cranes.', 0],
      ['Dock workers went on strike on 4 May 2024.', 0],
      ['Danish tankers were refused.', 0],
      ['The harbour authority runs 12 cranes.', 1],
    ] as const) {
      const claim = await claimOn(other, exact);
      expect((await related(claim.id)).length, exact).toBe(linked);
    }
    // An undecided repeat is not "already checked"; the same article's own claims are not repeats.
    const open = await claimOn(first, 'Dock workers went on strike on 3 May 2024.');
    expect(await related(open.id)).toEqual([]);
    const standalone = (await t.http.post('/api/v1/claims').set(editor).send({ text: 'Dock workers went on strike on 3 May 2024.' }).expect(201)).body;
    expect((await related(standalone.id)).map((l) => l.claim.id)).toEqual([sameArticle.id]);
  });

  it('answers unknown and malformed ids with problem+json', async () => {
    const unknown = await t.http.get('/api/v1/claims/6f1c2d1e-8a8b-4c1e-9a57-1f2b3c4d5e6f/related').set(editor).expect(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    await t.http.get('/api/v1/claims/not-a-uuid/related').set(editor).expect(400);
    await t.http.get('/api/v1/claims/6f1c2d1e-8a8b-4c1e-9a57-1f2b3c4d5e6f/related').expect(401);
  });
});
