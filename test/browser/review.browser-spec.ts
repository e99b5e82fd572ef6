import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, signIn, startBrowserApp, type BrowserApp } from './support/browser-app.js';
import { browserAvailable, SKIP_NOTICE } from './support/chromium.js';

// Issue 17, done when: two editors, under the default REVIEW_REQUIRED. A is assigned a claim, decides
// it, cannot approve it; B approves; only then can it be published; a comment by B appears live for A.

const available = browserAvailable();

describe.skipIf(!available)(available ? 'assignment and review by two editors in Chromium (issue 17)' : `assignment and review in Chromium — ${SKIP_NOTICE}`, () => {
  let t: BrowserApp;
  let ana: string;
  let ben: string;
  let articleId: string;
  let claim: { id: string; text: string };
  const admin = () => ({ Authorization: `Bearer ${t.adminToken}` });

  beforeAll(async () => {
    t = await startBrowserApp({ env: { REVIEW_REQUIRED: 'true' } });
    [ana, ben] = await Promise.all([t.token('Ana (desk)', 'editor'), t.token('Ben (desk)', 'editor')]);
    articleId = await t.articleNamed('seize servers');
    claim = (await t.http.get(`/api/v1/articles/${articleId}/claims`).set(admin()).expect(200)).body.items[1];
  }, 120_000);
  afterAll(() => t?.close());

  it('walks a claim from assignment through decision and a second editor’s approval to publication', async () => {
    const [anaPage, benPage] = await Promise.all([t.newPage(), t.newPage()]);
    await Promise.all([signIn(anaPage, t.baseUrl, ana), signIn(benPage, t.baseUrl, ben)]);
    const mine = anaPage.getByRole('region', { name: 'My claims' });
    await mine.getByText('Nothing is assigned to you.').waitFor();

    // Ben hands the claim to Ana, from the keyboard.
    const claimUrl = `${t.baseUrl}/#/articles/${articleId}?claim=${claim.id}`;
    await benPage.goto(claimUrl);
    await benPage.getByLabel('Assign to').selectOption({ label: 'Ana (desk)' });
    await benPage.getByRole('button', { name: 'Assign', exact: true }).press('Enter');
    await benPage.locator('.assignment .assignee-now', { hasText: 'Ana (desk)' }).waitFor();

    // Ana's desk shows it without a reload, and says so.
    const link = mine.getByRole('link', { name: claim.text });
    await link.waitFor({ timeout: 5_000 });
    await expect.poll(() => anaPage.locator('#announcer').textContent()).toContain('Ben (desk) assigned you a claim.');
    expect(await axeViolations(anaPage), 'desk with my queues at 1280 px').toEqual([]);
    await link.click();

    await anaPage.getByRole('button', { name: /Unsupported/ }).click();
    await expect.poll(() => anaPage.locator('.message-area .success').textContent()).toContain('Unsupported');
    const verdict = anaPage.locator('.current-verdict');
    await verdict.getByText('Awaiting review').waitFor();
    await verdict.getByText('You decided this verdict: another editor must review it').waitFor();
    expect(await verdict.getByRole('button', { name: 'Approve for publication' }).count()).toBe(0);
    expect(await verdict.getByRole('button', { name: 'Publish this verdict' }).count()).toBe(0);
    expect(await axeViolations(anaPage), 'awaiting review at 1280 px').toEqual([]);
    // Nor can she approve it past the dashboard.
    const decided = await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200);
    const self = await t.http.post(`/api/v1/claims/${claim.id}/review`).set({ Authorization: `Bearer ${ana}` }).set('If-Match', decided.headers.etag).send({ approve: true }).expect(403);
    expect(self.body.type).toBe('/problems/self-review');
    const early = await t.http.post(`/api/v1/claims/${claim.id}/publish`).set({ Authorization: `Bearer ${ana}` }).set('If-Match', decided.headers.etag).expect(409);
    expect(early.body.type).toBe('/problems/review-required');

    // Ben finds it in his review queue and approves it.
    await benPage.goto(`${t.baseUrl}/#/`);
    const queue = benPage.getByRole('region', { name: 'Awaiting my review' });
    await queue.getByRole('link', { name: claim.text }).click();
    const approve = benPage.getByRole('button', { name: 'Approve for publication' });
    await approve.waitFor();
    expect(await axeViolations(benPage), 'review form at 1280 px').toEqual([]);
    await benPage.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(benPage), 'review form at 390 px').toEqual([]);
    await approve.focus();
    await benPage.keyboard.press('Enter');
    await benPage.locator('.current-verdict').getByText('Approved').waitFor();

    // Ana's panel takes the approval live; only now is there a Publish button.
    const publish = verdict.getByRole('button', { name: 'Publish this verdict' });
    await publish.waitFor({ timeout: 5_000 });
    expect(await verdict.textContent()).toContain('Ben (desk)');
    await publish.click();
    await verdict.getByRole('button', { name: 'Yes, publish' }).click();
    await verdict.locator('.published').waitFor();
    const published = await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200);
    expect(published.body).toMatchObject({ review: { status: 'approved', reviewedBy: 'Ben (desk)' }, assignee: { name: 'Ana (desk)' } });
    expect(published.body.publishedAt).not.toBeNull();
    const history = await t.http.get(`/api/v1/claims/${claim.id}/history`).set(admin()).expect(200);
    expect(history.body.map((e: { action: string; actor: string }) => `${e.action} ${e.actor}`)).toEqual(
      expect.arrayContaining(['claim.assigned Ben (desk)', 'verdict.decided Ana (desk)', 'verdict.reviewed Ben (desk)', 'claim.published Ana (desk)']),
    );

    // Ben's comment reaches Ana's open panel without a reload.
    await benPage.getByLabel('Add a comment').fill('Approved: the ministry never gave a figure.');
    await benPage.getByRole('button', { name: 'Comment' }).click();
    const seen = anaPage.locator('.comments li', { hasText: 'the ministry never gave a figure' });
    await seen.waitFor({ timeout: 5_000 });
    expect(await seen.locator('.comment-meta').textContent()).toContain('Ben (desk)');

    // Ana corrects the published verdict; Ben's review queue says it is a correction, not a first verdict.
    const current = await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200);
    await t.http
      .put(`/api/v1/claims/${claim.id}/verdict`)
      .set({ Authorization: `Bearer ${ana}` })
      .set('If-Match', current.headers.etag)
      .send({ verdict: 'unsupported', note: 'Still no figure.', citations: [], reason: 'Re-read the statement.', correctionNote: 'We re-read the statement.' })
      .expect(200);
    await benPage.goto(`${t.baseUrl}/#/`);
    const item = benPage.getByRole('region', { name: 'Awaiting my review' }).getByRole('listitem').filter({ hasText: claim.text });
    await expect.poll(() => item.textContent(), { timeout: 5_000 }).toContain('correction of a published verdict');
  });
});
