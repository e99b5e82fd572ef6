import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, signIn, startBrowserApp, type BrowserApp } from './support/browser-app.js';
import { browserAvailable, SKIP_NOTICE } from './support/chromium.js';

// Two editors at one desk (issue 17): what one writes about a claim the other sees without reloading.

const available = browserAvailable();

describe.skipIf(!available)(available ? 'the desk as a team in Chromium (issue 17)' : `the desk as a team in Chromium — ${SKIP_NOTICE}`, () => {
  let t: BrowserApp;
  let ana: string;
  let ben: string;
  let articleId: string;
  let claimId: string;
  const admin = () => ({ Authorization: `Bearer ${t.adminToken}` });

  beforeAll(async () => {
    t = await startBrowserApp();
    [ana, ben] = await Promise.all([t.token('Ana (desk)', 'editor'), t.token('Ben (desk)', 'editor')]);
    articleId = await t.articleNamed('seize servers');
    const claims = await t.http.get(`/api/v1/articles/${articleId}/claims`).set(admin()).expect(200);
    claimId = claims.body.items[0].id;
  }, 120_000);
  afterAll(() => t?.close());

  it('shows a comment by one editor live in the other editor’s claim panel', async () => {
    const [anaPage, benPage] = await Promise.all([t.newPage(), t.newPage()]);
    await Promise.all([signIn(anaPage, t.baseUrl, ana), signIn(benPage, t.baseUrl, ben)]);
    const url = `${t.baseUrl}/#/articles/${articleId}?claim=${claimId}`;
    await Promise.all([anaPage.goto(url), benPage.goto(url)]);
    await Promise.all([anaPage.getByText('No comments yet.').waitFor(), benPage.getByText('No comments yet.').waitFor()]);

    // Only what the editor typed is sent; a blank comment is refused in the form, not by a 400.
    await benPage.getByRole('button', { name: 'Comment' }).click();
    await benPage.getByRole('alert').filter({ hasText: 'Write something first.' }).waitFor();
    await benPage.getByLabel('Add a comment').fill('Can someone call the prosecutor’s office before we decide?');
    await benPage.getByRole('button', { name: 'Comment' }).click();
    await benPage.locator('.comments li', { hasText: 'prosecutor’s office' }).waitFor();
    await expect.poll(() => benPage.getByLabel('Add a comment').inputValue()).toBe('');

    // Ana did nothing: the live stream brought it.
    const seen = anaPage.locator('.comments li', { hasText: 'prosecutor’s office' });
    await seen.waitFor({ timeout: 5_000 });
    expect(await seen.locator('.comment-meta').textContent()).toContain('Ben (desk)');
    expect(await axeViolations(anaPage), 'discussion at 1280 px').toEqual([]);
    if (process.env.SCREENSHOTS) {
      await seen.scrollIntoViewIfNeeded();
      await anaPage.screenshot({ path: `${process.env.SCREENSHOTS}/discussion.png` });
    }
    await anaPage.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(anaPage), 'discussion at 390 px').toEqual([]);

    const stored = await t.http.get(`/api/v1/claims/${claimId}/comments`).set(admin()).expect(200);
    expect(stored.body.items.map((c: { author: string; body: string }) => [c.author, c.body])).toEqual([['Ben (desk)', 'Can someone call the prosecutor’s office before we decide?']]);
  });

  it('shows a claim another outlet already checked and takes its verdict in one click', async () => {
    // The Europol quote is reported by several seed outlets, one with "[Isis]" inserted.
    const quoted = await t.http.get('/api/v1/claims').query({ q: 'punched a big hole in the capability', limit: 50 }).set(admin()).expect(200);
    const [first, second] = (quoted.body.items as Array<{ id: string; articleId: string; version: number }>).filter((c, i, all) => all.findIndex((x) => x.articleId === c.articleId) === i);
    expect(second, 'the quote is extracted in two seed reports').toBeDefined();
    // The earlier decision cites a third report.
    const articles = (await t.http.get('/api/v1/articles').set(admin()).expect(200)).body.items as Array<{ id: string }>;
    const third = articles.find((a) => a.id !== first.articleId && a.id !== second.articleId)!;
    const source = await t.http.get(`/api/v1/articles/${third.id}`).set(admin()).expect(200);
    const exact = (source.body.text as string).match(/[A-Z][^.\n]{30,}?\./)![0];
    const start = source.body.text.indexOf(exact);
    const cite = { articleId: third.id, start, end: start + exact.length, stance: 'supports' };
    await t.http.put(`/api/v1/claims/${first.id}/verdict`).set({ Authorization: `Bearer ${ana}` }).send({ verdict: 'verified', note: 'Europol press release.', citations: [cite] }).expect(200);

    const page = await t.newPage();
    await signIn(page, t.baseUrl, ben);
    await page.goto(`${t.baseUrl}/#/articles/${second.articleId}?claim=${second.id}`);
    const banner = page.locator('.already-checked');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Ana (desk)');
    expect(await axeViolations(page), 'already checked at 1280 px').toEqual([]);
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/already-checked.png` });
    await page.getByRole('button', { name: /Apply the same verdict/ }).click();
    await page.locator('.current-verdict').waitFor();
    await expect.poll(async () => (await t.http.get(`/api/v1/claims/${second.id}`).set(admin())).body.status).toBe('verified');
    const decided = await t.http.get(`/api/v1/claims/${second.id}`).set(admin()).expect(200);
    expect(decided.body.verdict.note).toContain(first.id);
    expect(decided.body.verdict.decidedBy).toBe('Ben (desk)');
    expect(await banner.count()).toBe(0);
  });

  it('tells an editor with the claim open that another editor assigned it to them, not only that it changed', async () => {
    const claim = (await t.http.get(`/api/v1/articles/${articleId}/claims`).set(admin()).expect(200)).body.items[2];
    const anaId = (await t.http.get('/api/v1/tokens/me').set({ Authorization: `Bearer ${ana}` }).expect(200)).body.id;
    const page = await t.newPage();
    await signIn(page, t.baseUrl, ana);
    await page.goto(`${t.baseUrl}/#/articles/${articleId}?claim=${claim.id}`);
    await page.locator('.claim-panel .history li').first().waitFor();
    await t.http.put(`/api/v1/claims/${claim.id}/assignee`).set({ Authorization: `Bearer ${ben}` }).send({ tokenId: anaId }).expect(200);
    await page.locator('.assignment .assignee-now', { hasText: 'Ana (desk)' }).waitFor({ timeout: 5_000 });
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('Ben (desk) assigned you this claim.');
    expect(await page.locator('#announcer').textContent()).not.toContain('changed this claim');
  });

  it('lets a viewer read the discussion but offers no way to write', async () => {
    const viewer = await t.token('Vera (viewer)', 'viewer');
    const page = await t.newPage();
    await signIn(page, t.baseUrl, viewer);
    await page.goto(`${t.baseUrl}/#/articles/${articleId}?claim=${claimId}`);
    await page.locator('.comments li').first().waitFor();
    expect(await page.getByLabel('Add a comment').count()).toBe(0);
  });
});
