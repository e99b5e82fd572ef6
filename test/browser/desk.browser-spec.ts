import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, signIn, startBrowserApp, type BrowserApp, type ClaimRow } from './support/browser-app.js';
import { browserAvailable, SKIP_NOTICE } from './support/chromium.js';

// What a new editor ran into on a full day at the desk (issue 15), each pinned by a test.

const available = browserAvailable();

/** Relative luminance and contrast ratio (WCAG 2) of two computed `rgb(...)` colours. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe.skipIf(!available)(available ? 'the desk in Chromium (issue 15)' : `the desk in Chromium — ${SKIP_NOTICE}`, () => {
  let t: BrowserApp;
  let ana: string;
  let seizeId: string;
  let sourceId: string;
  let sourceText: string;
  let sourceRevision: string;
  let claims: ClaimRow[];
  const admin = () => ({ Authorization: `Bearer ${t.adminToken}` });

  beforeAll(async () => {
    t = await startBrowserApp();
    ana = await t.token('Ana (desk)', 'editor');
    [seizeId, sourceId] = await Promise.all([t.articleNamed('seize servers'), t.articleNamed('Security Affairs')]);
    const source = await t.http.get(`/api/v1/articles/${sourceId}`).set(admin()).expect(200);
    sourceText = source.body.text;
    sourceRevision = source.body.revision.id;
    const list = await t.http.get(`/api/v1/articles/${seizeId}/claims`).query({ limit: 200 }).set(admin()).expect(200);
    claims = (list.body.items as ClaimRow[]).sort((a, b) => a.selector.position.start - b.selector.position.start);
  }, 120_000);
  afterAll(() => t?.close());

  /** Evidence pinned to `count` real sentences of another seed article, so nothing depends on ranking. */
  async function pinEvidence(page: Page, claimId: string, count = 1) {
    const spans: Array<{ start: number; end: number }> = [];
    for (const m of sourceText.matchAll(/[A-Z][^.\n]{30,}?\./g)) if (spans.length < count) spans.push({ start: m.index, end: m.index + m[0].length });
    expect(spans).toHaveLength(count);
    await page.route(`**/api/v1/claims/${claimId}/evidence`, (route) =>
      route.fulfill({
        json: {
          suggestion: { verdict: 'verified', confidence: 0.8, rationale: ['Another report of the operation says the servers were seized.'] },
          evidence: spans.map((s) => ({ articleId: sourceId, revisionId: sourceRevision, ...s, text: sourceText.slice(s.start, s.end), stance: 'supports', score: 0.9, reasons: ['same event'] })),
        },
      }),
    );
  }

  async function openClaim(page: Page, claim: ClaimRow) {
    await page.goto(`${t.baseUrl}/#/articles/${seizeId}?claim=${claim.id}`);
    await page.locator('.claim-panel .history li').first().waitFor();
  }

  it('verifies, publishes and corrects a claim with a public note from the dashboard alone; the correction is in /corrections.atom', async () => {
    const claim = claims[3];
    const page = await t.newPage();
    await pinEvidence(page, claim.id);
    await signIn(page, t.baseUrl, ana);
    await openClaim(page, claim);
    await page.getByRole('checkbox', { name: /Cite passage 1/ }).check();
    await page.getByRole('button', { name: /Verified/ }).click();
    await expect.poll(() => page.locator('.message-area .success').textContent()).toContain('Verified');

    // Publishing asks once more, in place; Cancel leaves the claim unpublished.
    await page.getByRole('button', { name: 'Publish this verdict' }).click();
    expect(await page.locator('.publish-confirm').textContent()).toContain('public review page');
    expect(await axeViolations(page), 'publish confirmation').toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200)).body.publishedAt).toBeNull();
    await page.getByRole('button', { name: 'Publish this verdict' }).click();
    await page.getByRole('button', { name: 'Yes, publish' }).click();
    await page.locator('.current-verdict .published').waitFor();
    const published = await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200);
    expect(published.body.publishedAt).not.toBeNull();

    // The correction form of a published claim, axe-checked at both widths.
    const note = 'We first rated this verified; the only other report does not date the seizure.';
    await page.getByLabel(/Reason for the correction/).fill('Re-read the sources.');
    expect(await axeViolations(page), 'correction form at 1280 px').toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page), 'correction form at 390 px').toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Without the public note the dashboard asks for it instead of sending a request the API refuses.
    await page.getByRole('button', { name: /Unsupported/ }).click();
    await expect.poll(() => page.locator('.message-area .field-error').textContent()).toContain('public correction note');
    await page.getByLabel(/Public correction note/).fill(note);
    await page.getByRole('button', { name: /Unsupported/ }).click();
    await expect.poll(() => page.locator('.message-area .success').textContent()).toContain('Unsupported');

    const stored = await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200);
    expect(stored.body.verdict).toMatchObject({ verdict: 'unsupported', reason: 'Re-read the sources.' });
    const atom = await t.http.get('/corrections.atom').expect(200);
    expect(atom.text).toContain(note);
  });

  it('keeps the selected claim’s badge legible while the pointer is still on it', async () => {
    const page = await t.newPage();
    await signIn(page, t.baseUrl, ana);
    await page.goto(`${t.baseUrl}/#/articles/${seizeId}`);
    const badge = page.locator(`[data-badge="${claims[0].id}"]`);
    await badge.click();
    await page.locator(`[data-badge="${claims[0].id}"][aria-current="true"]`).waitFor();
    const colours = (await page.evaluate(`(() => {
      const style = getComputedStyle(document.querySelector('[data-badge="${claims[0].id}"]'));
      return { fg: style.color, bg: style.backgroundColor };
    })()`)) as { fg: string; bg: string };
    expect(contrast(colours.fg, colours.bg)).toBeGreaterThanOrEqual(4.5);
    await page.locator('.claim-panel .history li').first().waitFor();
    expect(await axeViolations(page), 'a claim selected at 1280 px').toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page), 'a claim selected at 390 px').toEqual([]);
  });

  it('never lets the idle selection hint cover article text, at 1280×800 and on the 390 px bottom sheet', async () => {
    for (const [viewport, route] of [
      [{ width: 1280, height: 800 }, `#/articles/${seizeId}`],
      [{ width: 390, height: 844 }, `#/articles/${seizeId}?claim=${claims[0].id}`],
    ] as const) {
      const page = await t.newPage(viewport);
      await signIn(page, t.baseUrl, ana);
      await page.goto(`${t.baseUrl}/${route}`);
      await page.locator('.article-text').waitFor();
      await page.locator('.selection-bar .hint').waitFor();
      const covered: number[] = [];
      for (const y of [300, 500, 700]) {
        await page.evaluate(`window.scrollTo(0, ${y})`);
        await page.waitForTimeout(50);
        // Text lines of the article under the bar while the bar is on screen.
        const lines = await page.evaluate(`(() => {
          const bar = document.querySelector('.selection-bar').getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(document.querySelector('.article-text'));
          return [...range.getClientRects()].filter((r) => r.width > 0 && bar.bottom > 0 && r.top < bar.bottom - 1 && r.bottom > bar.top + 1).length;
        })()`);
        covered.push(lines as number);
      }
      expect(covered, `text lines under the hint at ${viewport.width} px`).toEqual([0, 0, 0]);
    }
  });

  it('offers the evidence’s articles first for citing by quote, and never the claim’s own article', async () => {
    // An almost empty article, newest of all, so a picker that takes the first listed would pick it.
    await t.http.post('/api/v1/articles').set(admin()).send({ content: 'A stub.', format: 'text', title: 'AAA empty test article' }).expect(201);
    const claim = claims[4];
    const page = await t.newPage();
    await pinEvidence(page, claim.id);
    await signIn(page, t.baseUrl, ana);
    await openClaim(page, claim);
    await page.locator('.passage-card').first().waitFor();
    const picker = page.getByLabel('Article', { exact: true });
    await expect.poll(() => picker.inputValue()).toBe(sourceId);
    const offered = await picker.locator('option').evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));
    expect(offered).not.toContain(seizeId);
    expect(offered.length).toBeGreaterThan(1);
  });

  it('keeps each verdict button on one line at 1280 and 390 px', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const page = await t.newPage(viewport);
      await signIn(page, t.baseUrl, ana);
      await openClaim(page, claims[0]);
      // The vertical centres of the icon, the word and the key hint: on one line they are level.
      const spreads = (await page.evaluate(`[...document.querySelectorAll('.verdict-buttons .verdict')].map((b) => {
        const centres = [...b.childNodes].filter((n) => n.textContent.trim()).map((n) => {
          const range = document.createRange();
          range.selectNodeContents(n);
          const r = n.nodeType === Node.TEXT_NODE ? range.getBoundingClientRect() : n.getBoundingClientRect();
          return (r.top + r.bottom) / 2;
        });
        return Math.max(...centres) - Math.min(...centres);
      })`)) as number[];
      expect(spreads).toHaveLength(3);
      for (const spread of spreads) expect(spread, `verdict button lines at ${viewport.width} px`).toBeLessThan(8);
    }
  });

  it('says once, in one place, that a token given at sign-in is wrong', async () => {
    const page = await t.newPage();
    await page.goto(`${t.baseUrl}/`);
    await page.locator('#token').fill('fd_not-a-real-token');
    await page.keyboard.press('Enter');
    await page.locator('#token-error').waitFor();
    await page.waitForTimeout(200);
    expect(await page.locator('#token-error').textContent()).toBe('That token is unknown or has been revoked.');
    expect(await page.locator('.notice').count()).toBe(0);
    expect(await axeViolations(page), 'sign-in error at 1280 px').toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page), 'sign-in error at 390 px').toEqual([]);
  });

  it('draws an article whose claims are all open as an empty bar, not a full one', async () => {
    const created = await t.http
      .post('/api/v1/articles')
      .set(admin())
      .send({ content: 'Police seized 27 servers in Canada on 25 April 2018. The operation cost 3 million euros, the ministry said.', format: 'text', title: 'All open progress' })
      .expect(201);
    const summary = await t.http.get('/api/v1/articles').query({ q: 'All open progress' }).set(admin()).expect(200);
    expect(summary.body.items[0].progress.total).toBeGreaterThan(0);
    expect(summary.body.items[0].progress.open).toBe(summary.body.items[0].progress.total);
    const page = await t.newPage();
    await signIn(page, t.baseUrl, ana);
    await page.goto(`${t.baseUrl}/#/articles/${created.body.id}`);
    await page.locator('.progress .bar').waitFor();
    // The share of the bar painted in a dark fill (what reads as "done").
    const filled = await page.evaluate(`(() => {
      const bar = document.querySelector('.progress .bar');
      const dark = [...bar.children].filter((c) => (getComputedStyle(c).backgroundColor.match(/[\\d.]+/g) || ['255', '255', '255']).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) < 600);
      return dark.reduce((sum, c) => sum + c.getBoundingClientRect().width, 0) / bar.getBoundingClientRect().width;
    })()`);
    expect(filled).toBe(0);
  });

  it('writes every date and time in one format', async () => {
    const claim = claims[5];
    const current = await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200);
    await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(admin()).set('If-Match', current.headers.etag).send({ verdict: 'unsupported', note: 'Nothing else reports it.' }).expect(200);
    const page = await t.newPage();
    await signIn(page, t.baseUrl, ana);
    await openClaim(page, claim);
    await page.locator('.current-verdict time').waitFor();
    const texts = await page.locator('.claim-panel time').allTextContents();
    const shapes = texts.map((text) => text.replace(/\d+/g, '0').replace(/\p{L}+/gu, 'a'));
    expect(shapes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(shapes).size).toBe(1);
  });

  it('gives every listed evidence passage a key, and the help lists that key', async () => {
    const claim = claims[6];
    const page = await t.newPage();
    await pinEvidence(page, claim.id, 10);
    await signIn(page, t.baseUrl, ana);
    await openClaim(page, claim);
    await expect.poll(() => page.locator('.passage-card').count()).toBe(10);
    const keys = await page.locator('.passage-card .cite-row kbd').allTextContents();
    expect(keys).toHaveLength(10);
    await page.keyboard.press(keys[9]);
    expect(await page.getByRole('checkbox', { name: /Cite passage 10/ }).isChecked()).toBe(true);
    await page.keyboard.press('?');
    const help = page.locator('dialog[open]');
    await help.waitFor();
    const passageKeys = await help.locator('div', { hasText: 'evidence passage' }).locator('dt').textContent();
    // "1 – 9, 0" lists 1 to 9 and 0.
    const listed = passageKeys!.split(',').flatMap((part) => {
      const [from, to = from] = part.split('–').map((k) => Number(k.trim()));
      return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
    });
    expect(listed.sort()).toEqual([...keys].sort());
    expect(await axeViolations(page), 'help dialog with ten passages at 1280 px').toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page), 'help dialog with ten passages at 390 px').toEqual([]);
  });

  it('names an article without outlet, author or title by its opening words, as evidence does, without stray separators or ids', async () => {
    const created = await t.http.post('/api/v1/articles').set(admin()).send({ content: 'Europol said 5 servers were seized in Canada on 25 April 2018.', format: 'text' }).expect(201);
    const name = '"Europol said 5 servers were seized in Canada on 25 April…"';
    const page = await t.newPage();
    await signIn(page, t.baseUrl, ana);
    await page.goto(`${t.baseUrl}/#/articles/${created.body.id}`);
    await page.locator('.article-text').waitFor();
    expect(await page.locator('.article > .meta').textContent()).toBe('revision 1');
    expect(await page.locator('#article-title').textContent()).toBe(name);
    await page.goto(`${t.baseUrl}/#/`);
    await page.locator(`.article-list a[href$="${created.body.id}"]`).waitFor();
    expect(await page.locator(`.article-list a[href$="${created.body.id}"]`).textContent()).toBe(name);
  });

  it('counts one claim as "1 claim", and names a source known by its opening words in one pair of quotation marks', async () => {
    const one = await t.http.post('/api/v1/articles').set(admin()).send({ content: 'Police seized 27 servers in Canada on 25 April 2018, the ministry said.', format: 'text', title: 'Single claim wording' }).expect(201);
    const summary = await t.http.get('/api/v1/articles').query({ q: 'Single claim wording' }).set(admin()).expect(200);
    expect(summary.body.items[0].progress.total).toBe(1);
    const untitled = await t.http.post('/api/v1/articles').set(admin()).send({ content: 'Investigators in Ottawa said 27 servers were seized on 25 April 2018.', format: 'text' }).expect(201);
    const name = '"Investigators in Ottawa said 27 servers were seized on 25…"';
    const claim = claims[7];
    const page = await t.newPage();
    await page.route(`**/api/v1/claims/${claim.id}/evidence`, (route) =>
      route.fulfill({
        json: {
          suggestion: { verdict: 'verified', confidence: 0.8, rationale: ['Another report says the servers were seized.'] },
          evidence: [{ articleId: untitled.body.id, revisionId: untitled.body.revision.id, start: 0, end: untitled.body.text.length, text: untitled.body.text, stance: 'supports', score: 0.9, reasons: ['same event'] }],
        },
      }),
    );
    await signIn(page, t.baseUrl, ana);
    const card = page.locator('.article-list li', { has: page.locator(`a[href$="${one.body.id}"]`) });
    await page.locator('#article-search').fill('Single claim wording');
    await expect.poll(() => card.locator('.progress-text').textContent(), { timeout: 5_000 }).toMatch(/^1 claim: /);
    await page.goto(`${t.baseUrl}/#/articles/${one.body.id}`);
    await expect.poll(() => page.locator('.progress-text').textContent()).toMatch(/^1 claim: /);
    await openClaim(page, claim);
    await expect.poll(() => page.locator('.passage-source a').textContent()).toBe(`Open in ${name}`);
  });

  it('orders the queue on the server and pages through all of it, past the first thousand claims', async () => {
    // Many quiet claims first, then the most check-worthy one last: a queue sorted over the first 1,000 never shows it.
    await t.dataSource.query(
      `INSERT INTO claim (text, kind, kinds, score, signals, origin, version, created_by)
       SELECT 'Filler claim number ' || n, 'statement', '{statement}', 0.01, '[]', 'editor', 1, 'test' FROM generate_series(1, 1100) n`,
    );
    const top = await t.http.post('/api/v1/claims').set(admin()).send({ text: 'Europol said 27 servers were seized in 2018.' }).expect(201);
    await t.dataSource.query(`UPDATE claim SET score = 0.999 WHERE id = $1`, [top.body.id]);
    const open = Number((await t.dataSource.query(`SELECT count(*) AS n FROM claim WHERE status = 'open'`))[0].n);

    const page = await t.newPage();
    await signIn(page, t.baseUrl, ana);
    await page.locator('.queue-list li').first().waitFor();
    expect(await page.locator('.queue-list li .claim-text').first().textContent()).toBe(top.body.text);
    const more = page.getByRole('button', { name: 'Show more' });
    while (await more.count()) {
      const before = await page.locator('.queue-list li').count();
      await more.click();
      await expect.poll(() => page.locator('.queue-list li').count()).toBeGreaterThan(before);
    }
    expect(await page.locator('.queue-list li').count()).toBe(open);
    const scores = (await page.locator('.queue-list .score').allTextContents()).map((s) => Number.parseInt(s, 10));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  }, 120_000);

  it('after the live stream drops, catches up on what it missed without reloading the article', async () => {
    const claim = claims[7];
    const server = t.app.getHttpServer() as import('node:http').Server;
    const streams: import('node:net').Socket[] = [];
    const track = (req: import('node:http').IncomingMessage) => req.url?.startsWith('/api/v1/events') && streams.push(req.socket);
    server.on('request', track);
    try {
      const page = await t.newPage();
      await signIn(page, t.baseUrl, ana);
      await page.goto(`${t.baseUrl}/#/articles/${seizeId}`);
      await page.locator('.live-live').waitFor();
      await page.locator(`[data-badge="${claim.id}"].st-open`).waitFor();
      await page.waitForTimeout(500); // the first connection's resync reload settles
      const reloads: string[] = [];
      page.on('request', (r) => r.url().includes(`/api/v1/articles/${seizeId}/claims`) && reloads.push(r.url()));

      // The connection drops; while it is down another editor decides a claim of this article.
      streams.forEach((socket) => socket.destroy());
      await page.locator('.live-connecting').waitFor();
      const current = await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200);
      await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(admin()).set('If-Match', current.headers.etag).send({ verdict: 'unsupported', note: 'Decided while Ana was offline.' }).expect(200);

      await page.locator('.live-live').waitFor({ timeout: 8_000 });
      await page.locator(`[data-badge="${claim.id}"].st-unsupported`).waitFor({ timeout: 3_000 });
      await page.waitForTimeout(500);
      expect(reloads).toEqual([]);
    } finally {
      server.off('request', track);
    }
  }, 60_000);

  it('shows the desk overview: decisions per day as a chart readable by keyboard and without colour, at 1280 and 390 px, axe-clean', async () => {
    const claim = claims[8];
    const current = await t.http.get(`/api/v1/claims/${claim.id}`).set(admin()).expect(200);
    await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set({ Authorization: `Bearer ${ana}` }).set('If-Match', current.headers.etag).send({ verdict: 'unsupported', note: 'For the overview.' }).expect(200);
    const stats = await t.http.get('/api/v1/stats').set(admin()).expect(200);
    const today = stats.body.decidedPerDay.at(-1);
    const editor = stats.body.decisionsPerEditor.find((e: { editor: string }) => e.editor === 'Ana (desk)');
    expect(editor.decisions).toBeGreaterThan(0);

    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const page = await t.newPage(viewport);
      await signIn(page, t.baseUrl, ana);
      await page.getByRole('link', { name: 'Overview' }).click();
      await page.locator('.chart-bar').first().waitFor();
      expect(await page.locator('.chart-bar').count()).toBe(stats.body.decidedPerDay.length);
      // The chart fills its card; where it must scroll (a phone), it opens at today, not at the oldest day.
      const fit = await page.evaluate(`(() => { const s = document.querySelector('.chart-scroll'); const svg = s.querySelector('svg'); return { card: s.clientWidth, svg: svg.getBoundingClientRect().width, scrollable: s.scrollWidth > s.clientWidth, atEnd: s.scrollLeft + s.clientWidth >= s.scrollWidth - 2 }; })()`) as { card: number; svg: number; scrollable: boolean; atEnd: boolean };
      expect(fit.svg).toBeGreaterThanOrEqual(fit.card - 1);
      if (fit.scrollable) expect(fit.atEnd).toBe(true);
      // The numbers are in words on every bar, and the legend names each pattern.
      expect(await page.locator('.chart-bar').last().getAttribute('aria-label')).toContain(`${today.unsupported} unsupported`);
      expect(await page.locator('.chart .legend').textContent()).toMatch(/Verified.*Disputed.*Unsupported/);
      expect(await page.locator('.hbars li', { hasText: 'Ana (desk)' }).textContent()).toContain(String(editor.decisions));
      // Keyboard: Tab reaches the days of the chart.
      let focused = '';
      for (let i = 0; i < 40 && !focused.includes('chart-bar'); i++) {
        await page.keyboard.press('Tab');
        focused = String(await page.evaluate(`document.activeElement.getAttribute('class') || ''`));
      }
      expect(focused).toContain('chart-bar');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
      expect(await axeViolations(page), `overview at ${viewport.width} px`).toEqual([]);
    }
  });

  it('draws the most check-worthy claims strongly and the rest quietly, and the selected one unmistakably', async () => {
    const scored = (await t.http.get(`/api/v1/articles/${seizeId}/claims`).query({ limit: 200 }).set(admin()).expect(200)).body.items as Array<ClaimRow & { score: number }>;
    const byScore = [...scored].sort((a, b) => b.score - a.score);
    const [top, bottom] = [byScore[0], byScore[byScore.length - 1]];
    expect(top.score).toBeGreaterThan(bottom.score);
    const page = await t.newPage();
    await signIn(page, t.baseUrl, ana);
    await page.goto(`${t.baseUrl}/#/articles/${seizeId}`);
    await page.locator('.article-text').waitFor();
    const look = (id: string) => page.evaluate(`(() => {
      const s = getComputedStyle(document.querySelector('mark[data-claim-id="${id}"]'));
      return { bg: s.backgroundColor, outline: s.outlineStyle };
    })()`) as Promise<{ bg: string; outline: string }>;
    const transparent = (bg: string) => bg === 'transparent' || bg === 'rgba(0, 0, 0, 0)';
    expect(transparent((await look(top.id)).bg)).toBe(false);
    expect(transparent((await look(bottom.id)).bg)).toBe(true);
    const quiet = await page.locator('mark.claim.quiet').count();
    expect(quiet).toBeGreaterThan((await page.locator('mark.claim').count()) / 2);

    await page.locator(`[data-badge="${bottom.id}"]`).click();
    await page.locator('#claim-heading').waitFor();
    await page.mouse.move(0, 0);
    const selected = await look(bottom.id);
    expect(transparent(selected.bg)).toBe(false);
    expect(selected.outline).toBe('solid');
  });

  it('pages the article list on the server, and its filters and search reach every article, not only those loaded', async () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ content: `Harbour police in Ostend counted ${i + 10} boats on 2 June 2024, the mayor said.`, title: `Harbour count ${i}` }));
    const batch = await t.http.post('/api/v1/articles/batch').set(admin()).send({ items }).expect(200);
    const oldest = batch.body.results[0].id as string;
    const claim = (await t.http.get(`/api/v1/articles/${oldest}/claims`).set(admin()).expect(200)).body.items[0];
    const citation = { articleId: sourceId, start: 0, end: 40, stance: 'contradicts' };
    await t.http.put(`/api/v1/claims/${claim.id}/verdict`).set(admin()).send({ verdict: 'disputed', note: 'The harbour office counted fewer.', citations: [citation] }).expect(200);
    const total = Number((await t.dataSource.query(`SELECT count(*) AS n FROM article`))[0].n);

    const page = await t.newPage();
    await signIn(page, t.baseUrl, ana);
    const cards = page.locator('.article-list .card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(50);
    expect(await page.getByRole('link', { name: 'Harbour count 0', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Show more articles' }).click();
    await expect.poll(() => cards.count()).toBe(Math.min(total, 100));

    const disputed = Number((await t.dataSource.query(`SELECT count(DISTINCT a.id) AS n FROM article a JOIN claim c ON c.revision_id = a.current_revision_id WHERE c.status = 'disputed'`))[0].n);
    expect(disputed).toBeLessThan(50);
    await page.locator('#article-filter').selectOption('disputed');
    await expect.poll(() => cards.count()).toBe(disputed);
    await page.getByRole('link', { name: 'Harbour count 0', exact: true }).waitFor();

    await page.locator('#article-filter').selectOption('all');
    // Words of the text, in other forms ("boat", "ostend"), found in every one of the 60 and nowhere else.
    // The newest 50 of the whole desk are harbour articles too: wait for the search's own answer.
    const answered = page.waitForResponse((r) => r.url().includes('/api/v1/articles?') && new URL(r.url()).searchParams.get('q') === 'boat ostend');
    await page.locator('#article-search').fill('boat ostend');
    await answered;
    // React renders the answer before the next frame.
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    expect(await cards.count()).toBe(50);
    await page.getByRole('button', { name: 'Show more articles' }).click();
    await expect.poll(() => cards.count()).toBe(60);
    expect(await page.getByRole('button', { name: 'Show more articles' }).count()).toBe(0);
  }, 120_000);

  it('drops a Show more answer that arrives after the search changed, keeping only the search’s articles', async () => {
    const ferries = Array.from({ length: 3 }, (_, i) => ({ content: `Ferry captains in Dover reported ${i + 4} near misses on 9 May 2024, the coastguard said.`, title: `Dover ferry ${i}` }));
    const trams = Array.from({ length: 55 }, (_, i) => ({ content: `Tram inspectors in Ghent fined ${i + 20} riders on 3 July 2024, the operator said.`, title: `Ghent tram ${i}` }));
    await t.http.post('/api/v1/articles/batch').set(admin()).send({ items: [...ferries, ...trams] }).expect(200);

    const page = await t.newPage();
    // The unfiltered list’s second page is held until the search has answered.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === '/api/v1/articles' && url.searchParams.has('cursor'),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await signIn(page, t.baseUrl, ana);
    const cards = page.locator('.article-list .card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(50);
    const secondPage = page.waitForResponse((r) => new URL(r.url()).searchParams.has('cursor'));
    await page.getByRole('button', { name: 'Show more articles' }).click();

    const answered = page.waitForResponse((r) => r.url().includes('/api/v1/articles?') && new URL(r.url()).searchParams.get('q') === 'dover ferry');
    await page.locator('#article-search').fill('dover ferry');
    await answered;
    await expect.poll(() => cards.count()).toBe(3);
    release();
    await secondPage;
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    expect(await cards.locator('h2').allTextContents()).toEqual(['Dover ferry 2', 'Dover ferry 1', 'Dover ferry 0']);
    expect(await page.getByRole('button', { name: 'Show more articles' }).count()).toBe(0);
  }, 120_000);
});
