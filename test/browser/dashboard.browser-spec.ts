import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, signIn, startBrowserApp, type BrowserApp, type ClaimRow } from './support/browser-app.js';
import { browserAvailable, SKIP_NOTICE } from './support/chromium.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const SEIZE_TITLE = 'European and US police seize servers used by IS group propaganda sites';
// Stops before a no-break space that the seed has after "data to".
const SOURCE_PASSAGE = 'The authorities seized the servers and are analyzing data';

const available = browserAvailable();

describe.skipIf(!available)(available ? 'dashboard in Chromium' : `dashboard in Chromium — ${SKIP_NOTICE}`, () => {
  let t: BrowserApp;
  let ana: string;
  let ben: string;
  let vera: string;
  let seizeId: string;
  let sourceId: string;
  let otherId: string;
  let claims: ClaimRow[];
  const admin = () => ({ Authorization: `Bearer ${t.adminToken}` });

  beforeAll(async () => {
    t = await startBrowserApp();
    [ana, ben, vera] = await Promise.all([t.token('Ana (desk)', 'editor'), t.token('Ben (desk)', 'editor'), t.token('Vera (viewer)', 'viewer')]);
    [seizeId, sourceId, otherId] = await Promise.all([t.articleNamed('seize servers'), t.articleNamed('Security Affairs'), t.articleNamed('punched big hole')]);
    const list = await t.http.get(`/api/v1/articles/${seizeId}/claims`).query({ limit: 200 }).set(admin()).expect(200);
    claims = (list.body.items as ClaimRow[]).sort((a, b) => a.selector.position.start - b.selector.position.start);
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);
  afterAll(() => t?.close());

  /** Evidence for a claim, pinned to one real passage of another seed article, so the test does not depend on ranking. */
  async function pinEvidence(page: Page, claimId: string) {
    const source = await t.http.get(`/api/v1/articles/${sourceId}`).set(admin()).expect(200);
    const start = source.body.text.indexOf(SOURCE_PASSAGE);
    expect(start).toBeGreaterThan(-1);
    await page.route(`**/api/v1/claims/${claimId}/evidence`, (route) =>
      route.fulfill({
        json: {
          suggestion: { verdict: 'verified', confidence: 0.8, rationale: ['Another report of the operation says the servers were seized.'] },
          evidence: [{ articleId: sourceId, revisionId: source.body.revision.id, start, end: start + SOURCE_PASSAGE.length, text: SOURCE_PASSAGE, stance: 'supports', score: 0.9, reasons: ['same event: servers seized'] }],
        },
      }),
    );
  }

  it('signs in, opens a seed article and verifies a claim with a citation using only the keyboard; another dashboard sees it live', async () => {
    const watcher = await t.newPage();
    await signIn(watcher, t.baseUrl, ben);
    await watcher.goto(`${t.baseUrl}/#/articles/${seizeId}`);
    await watcher.locator('.live-live').waitFor();

    const page = await t.newPage();
    const [claim] = claims;
    await pinEvidence(page, claim.id);
    await signIn(page, t.baseUrl, ana);
    await expect.poll(() => page.locator('.who').textContent()).toContain('Ana (desk)');
    await page.getByRole('link', { name: SEIZE_TITLE }).click();
    await page.locator('.article-text').waitFor();
    await page.locator('.live-live').waitFor();

    await page.keyboard.press('j');
    await expect.poll(() => page.locator('#claim-heading').textContent()).toContain(`Claim 1 of ${claims.length}`);
    await expect.poll(() => page.locator('.claim-quote').textContent()).toBe(claim.text);
    await page.locator('.passage-card').first().waitFor();
    await page.keyboard.press('1');
    expect(await page.getByRole('checkbox', { name: /Cite passage 1/ }).isChecked()).toBe(true);
    await page.keyboard.press('n');
    await page.keyboard.type('Security Affairs reports the same seizure.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('v');
    await page.locator('.message-area .success').waitFor();
    const savedAt = Date.now();

    const decided = page.locator('.history li[data-action="verdict.decided"]');
    await decided.waitFor();
    expect(await decided.textContent()).toMatch(/Decided: ✓ Verified by Ana \(desk\)/);
    expect(await decided.textContent()).toContain('Security Affairs reports the same seizure.');
    expect(await page.locator(`[data-badge="${claim.id}"]`).getAttribute('class')).toContain('st-verified');

    await watcher.locator(`[data-badge="${claim.id}"].st-verified`).waitFor({ timeout: 2_000 });
    expect(Date.now() - savedAt).toBeLessThan(2_000);

    const stored = await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200);
    expect(stored.body.verdict).toMatchObject({ verdict: 'verified', decidedBy: 'Ana (desk)', note: 'Security Affairs reports the same seizure.' });
    expect(stored.body.verdict.citations).toEqual([expect.objectContaining({ articleId: sourceId, stance: 'supports', quote: SOURCE_PASSAGE })]);

    // The emptied form below is for changing the verdict, and says the saved one kept its citation and note.
    expect(await page.locator('.decide h3').textContent()).toBe('Change the verdict');
    const form = await page.locator('.decide').textContent();
    expect(form).toContain('The current verdict stands with its citation and its note.');
    expect(form).toContain('No citations for a new verdict yet.');
    expect(form).not.toContain('No citations yet.');
    expect(await page.locator('.current-verdict .citations li').count()).toBe(1);
  });

  it('shows a viewer the claim, its evidence and history but no verdict buttons, and signs out', async () => {
    const page = await t.newPage();
    await signIn(page, t.baseUrl, vera);
    await page.goto(`${t.baseUrl}/#/articles/${seizeId}?claim=${claims[0].id}`);
    await page.locator('.claim-panel .history').waitFor();
    expect(await page.locator('.role').textContent()).toBe('viewer');
    expect(await page.locator('.verdict-buttons').count()).toBe(0);
    expect(await page.locator('.cite-quote').count()).toBe(0);
    expect(await page.locator('.selection-bar').count()).toBe(0);
    await page.keyboard.press('v');
    await page.waitForTimeout(300);
    expect(await page.locator('.message-area').textContent()).toBe('');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('#token').waitFor();
    expect(await page.locator('.notice').textContent()).toBe('Signed out.');
    expect(await page.evaluate(`localStorage.getItem('factdesk.token')`)).toBeNull();
    await page.reload();
    await page.locator('#token').waitFor();
  });

  it('on a 412 shows what the other editor changed, and re-applies only with a reason', async () => {
    const claim = claims[1];
    const page = await t.newPage();
    await signIn(page, t.baseUrl, ana);
    await page.goto(`${t.baseUrl}/#/articles/${seizeId}?claim=${claim.id}`);
    await page.locator('.cite-quote').waitFor();
    await page.locator('.live-live').waitFor();

    // Ana drafts: a citation by quote and a note.
    await page.getByLabel('Article', { exact: true }).selectOption(sourceId);
    await page.getByLabel('Words from that article').fill('The authorities seized the servers');
    await page.getByRole('button', { name: 'Add citation' }).click();
    await expect.poll(() => page.locator('.decide .citations li').count()).toBe(1);
    await page.keyboard.press('n');
    await page.keyboard.type('No other report dates the start to 2015.');
    await page.keyboard.press('Escape');

    // Meanwhile Ben decides through the API.
    const other = await t.http.get(`/api/v1/articles/${otherId}`).set(admin()).expect(200);
    const start = other.body.text.indexOf('Digital evidence and servers were seized');
    const current = await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200);
    await t.http
      .put(`/api/v1/claims/${claim.id}/verdict`)
      .set({ Authorization: `Bearer ${ben}` })
      .set('If-Match', current.headers.etag)
      .send({ verdict: 'verified', note: 'Ben checked it.', citations: [{ articleId: otherId, start, end: start + 40, stance: 'supports' }] })
      .expect(200);

    // The live stream warns her without touching her draft ...
    await page.locator('.notice.warn', { hasText: 'Ben (desk)' }).waitFor({ timeout: 2_000 });
    // ... and deciding anyway gets a 412, shown as both decisions side by side.
    await page.keyboard.press('u');
    const dialog = page.locator('dialog.conflict');
    await dialog.waitFor();
    expect(await dialog.locator('section', { hasText: 'Their change' }).textContent()).toMatch(/Verified by Ben \(desk\)/);
    expect(await dialog.locator('section', { hasText: 'Yours' }).textContent()).toContain('No other report dates the start to 2015.');
    const reapply = dialog.getByRole('button', { name: /Re-apply mine/ });
    expect(await reapply.isDisabled()).toBe(true);
    expect(await axeViolations(page), 'conflict dialog at 1280 px').toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page), 'conflict dialog at 390 px').toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await dialog.getByLabel(/Reason for replacing their verdict/).fill('The 2015 start is in no other report.');
    await reapply.click();
    await page.locator('.message-area .success').waitFor();
    expect(await dialog.count()).toBe(0);

    const corrected = page.locator('.history li[data-action="verdict.corrected"]');
    await corrected.waitFor();
    expect(await corrected.textContent()).toMatch(/Corrected: ✓ Verified → \? Unsupported by Ana \(desk\)/);
    expect(await corrected.textContent()).toContain('Reason: The 2015 start is in no other report.');
    const stored = await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200);
    expect(stored.body.verdict).toMatchObject({ verdict: 'unsupported', decidedBy: 'Ana (desk)', reason: 'The 2015 start is in no other report.' });
  });

  it('keeps the other editor’s decision when asked, discarding the draft and writing nothing', async () => {
    const claim = claims[2];
    const page = await t.newPage();
    await signIn(page, t.baseUrl, ana);
    await page.goto(`${t.baseUrl}/#/articles/${seizeId}?claim=${claim.id}`);
    await page.locator('.decide').waitFor();
    await page.locator('.live-live').waitFor();
    await page.keyboard.press('n');
    await page.keyboard.type('Draft that will be dropped.');
    await page.keyboard.press('Escape');

    const current = await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200);
    await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set({ Authorization: `Bearer ${ben}` }).set('If-Match', current.headers.etag).send({ verdict: 'unsupported', note: 'Ben: nothing found.' }).expect(200);

    await page.locator('.notice.warn', { hasText: 'Ben (desk)' }).waitFor({ timeout: 2_000 });
    await page.getByRole('button', { name: 'Review their change' }).click();
    await page.getByRole('button', { name: 'Keep theirs (discard my draft)' }).click();
    await page.locator('.message-area .success').waitFor();
    expect(await page.locator('.current-verdict').textContent()).toContain('Ben (desk)');
    expect(await page.getByLabel(/^Note/).inputValue()).toBe('');
    const stored = await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200);
    expect(stored.body.version).toBe(current.body.version + 1);
    expect(stored.body.verdict.decidedBy).toBe('Ben (desk)');
  });

  it('renders article text as text and creates a claim from selected text', async () => {
    const content = 'Europol said <img src=x onerror="window.__pwned=1"> that 5 servers were seized in Canada on 25 April 2018.';
    const created = await t.http.post('/api/v1/articles').set(admin()).send({ content, format: 'text', title: 'Markup in a source' }).expect(201);
    const page = await t.newPage();
    await signIn(page, t.baseUrl, ana);
    await page.goto(`${t.baseUrl}/#/articles/${created.body.id}`);
    await page.locator('.article-text').waitFor();
    expect(await page.locator('.article-text img').count()).toBe(0);
    expect(await page.locator('.article-text').textContent()).toContain('<img src=x onerror=');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();

    const phrase = '5 servers were seized in Canada';
    const before = await page.locator('[data-badge]').count();
    await page.evaluate(`(() => {
      const root = document.querySelector('.article-text');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(${JSON.stringify(phrase)});
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + ${phrase.length});
        const selection = document.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error('phrase not rendered');
    })()`);
    await expect.poll(() => page.locator('.selected-quote').textContent()).toBe(`“${phrase}”`);
    await page.keyboard.press('c');
    await expect.poll(() => page.locator('.claim-quote').textContent()).toBe(phrase);
    expect(await page.locator('[data-badge]').count()).toBe(before + 1);
    const stored = await t.http.get(`/api/v1/articles/${created.body.id}/claims`).set(admin()).expect(200);
    expect(stored.body.items.some((c: ClaimRow) => c.text === phrase && c.selector.position.start === created.body.text.indexOf(phrase))).toBe(true);
  });

  it('adds an article from the desk by pasting it, opens it with its claims, and says what is wrong with a bad address', async () => {
    const page = await t.newPage();
    await signIn(page, t.baseUrl, ana);
    await page.getByText('Add an article').click();
    await page.getByLabel('Address of the page').fill('ftp://archive.example.org/story');
    await page.getByRole('button', { name: 'Add to the desk' }).click();
    expect(await page.locator('#add-article-error').textContent()).toContain('absolute http or https URL');

    await page.getByLabel('pasted text or HTML').check();
    await page.locator('#add-url').fill('');
    await page.getByRole('button', { name: 'Add to the desk' }).click();
    expect(await page.locator('#add-article-error').textContent()).toBe('Paste the article’s text or HTML.');
    await page.locator('#add-content').fill('<h1>Ghent bridge closed</h1><p>The city of Ghent closed 3 bridges on Monday after a 40-tonne barge struck one of them, the mayor said.</p>');
    await page.locator('#add-outlet').fill('Flanders Post');
    await page.getByRole('button', { name: 'Add to the desk' }).click();
    await page.locator('.article-text').waitFor();
    expect(await page.locator('.article-text').textContent()).toContain('closed 3 bridges on Monday');
    expect(await page.locator('mark.claim').count()).toBeGreaterThan(0);
    const stored = await t.http.get('/api/v1/articles').query({ q: 'Ghent bridge closed' }).set(admin()).expect(200);
    expect(stored.body.items[0]).toMatchObject({ title: 'Ghent bridge closed', outlet: 'Flanders Post' });

    const viewer = await t.newPage();
    await signIn(viewer, t.baseUrl, vera);
    await viewer.locator('.article-list').waitFor();
    expect(await viewer.getByText('Add an article').count()).toBe(0);
  });

  it('points to the add form on an empty desk only for those who see the form', async () => {
    const emptyDesk = async (token: string) => {
      const page = await t.newPage();
      await page.route(
        (url) => url.pathname === '/api/v1/articles',
        (route) => (route.request().method() === 'GET' ? route.fulfill({ json: { items: [], nextCursor: null } }) : route.continue()),
      );
      await signIn(page, t.baseUrl, token);
      return (await page.locator('.articles .state-empty').textContent()) ?? '';
    };
    expect(await emptyDesk(ana)).toContain('Add one above');
    const forViewer = await emptyDesk(vera);
    expect(forViewer).toContain('No articles yet.');
    expect(forViewer).not.toContain('Add one above');
    expect(forViewer).not.toContain('npm run ingest');
  });

  it('has no accessibility violation of any impact, and fits 1280×800 and 390 px wide', async () => {
    const wide = await t.newPage({ width: 1280, height: 800 });
    await signIn(wide, t.baseUrl, ana);
    await wide.locator('.queue-list').waitFor();
    await wide.getByText('Add an article').click();
    await wide.getByLabel('pasted text or HTML').check();
    expect(await axeViolations(wide), 'home').toEqual([]);
    await wide.goto(`${t.baseUrl}/#/articles/${seizeId}?claim=${claims[0].id}`);
    await wide.locator('.claim-panel .history li').first().waitFor();
    await wide.getByLabel(/Show removed page furniture/).check();
    expect(await axeViolations(wide), 'article view').toEqual([]);
    await wide.screenshot({ path: `${ARTIFACTS}article-view.png` });
    await wide.keyboard.press('?');
    await wide.locator('dialog[open]').waitFor();
    expect(await axeViolations(wide), 'help dialog').toEqual([]);

    const narrow = await t.newPage({ width: 390, height: 844 });
    await signIn(narrow, t.baseUrl, ana);
    await narrow.locator('.queue-list').waitFor();
    expect(await narrow.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await axeViolations(narrow), 'home at 390 px').toEqual([]);
    await narrow.goto(`${t.baseUrl}/#/articles/${seizeId}?claim=${claims[0].id}`);
    await narrow.locator('.claim-panel .history li').first().waitFor();
    expect(await narrow.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await axeViolations(narrow), 'article view at 390 px').toEqual([]);
    await narrow.keyboard.press('?');
    await narrow.locator('dialog[open]').waitFor();
    expect(await axeViolations(narrow), 'help dialog at 390 px').toEqual([]);
    await narrow.keyboard.press('Escape');
    await narrow.screenshot({ path: `${ARTIFACTS}article-view-390.png` });

    // A claim further down, selected on the phone, is shown above the bottom sheet, not behind it.
    const last = claims[claims.length - 1];
    await narrow.goto(`${t.baseUrl}/#/articles/${seizeId}?claim=${last.id}`);
    await narrow.locator('.claim-panel .history li').first().waitFor();
    await expect
      .poll(() => narrow.evaluate(`(() => {
        const mark = document.querySelector('[data-claim-id="${last.id}"]').getBoundingClientRect();
        const sheet = document.querySelector('.panel.has-claim').getBoundingClientRect();
        return mark.top >= 0 && mark.top < sheet.top;
      })()`))
      .toBe(true);
  });
});
